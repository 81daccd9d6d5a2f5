import GRDB

extension DataStore {
    /// Which records with personal data each request released, by the request's id in the audit trail, so that a
    /// person can see who read their records (`DataStore.personalReads`).
    static func registerPersonalReadsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v15-personal-reads") { db in
            try db.execute(sql: """
                CREATE TABLE "personal_reads" (
                    "request_id" TEXT NOT NULL,
                    "dataset" TEXT NOT NULL,
                    "record_id" TEXT NOT NULL
                ) STRICT;
                CREATE INDEX "personal_reads_record" ON "personal_reads" ("dataset", "record_id");
                CREATE INDEX "audit_request" ON "audit" ("request_id");
                """)
        }
    }
}
