import GRDB

extension DataStore {
    /// Grants of ACTIVE requests (a frozen copy of what was granted) and the API keys bound to them.
    static func registerGrantsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10-grants") { db in
            try db.execute(sql: """
                CREATE TABLE "grants" (
                    "id" INTEGER PRIMARY KEY,
                    "request_id" INTEGER NOT NULL UNIQUE REFERENCES "sharing_requests" ("id"),
                    "datasets" TEXT NOT NULL,
                    "period_from" TEXT NOT NULL,
                    "period_to" TEXT NOT NULL,
                    "created_at" TEXT NOT NULL,
                    "revoked_at" TEXT
                ) STRICT;
                ALTER TABLE "api_keys" ADD COLUMN "grant_id" INTEGER REFERENCES "grants" ("id");
                """)
        }
    }
}
