import GRDB

extension DataStore {
    /// Self-registrations (CONTRACT 3.11): one a user, pending until a DATA_CONTROLLER decides.
    static func registerRegistrationsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v11-registrations") { db in
            try db.execute(sql: """
                CREATE TABLE "registrations" (
                    "id" INTEGER PRIMARY KEY,
                    "user_id" INTEGER NOT NULL UNIQUE REFERENCES "users" ("id"),
                    "organisation" TEXT NOT NULL,
                    "email" TEXT NOT NULL,
                    "state" TEXT NOT NULL CHECK ("state" IN ('PENDING', 'APPROVED', 'REJECTED')),
                    "created_at" TEXT NOT NULL,
                    "decided_at" TEXT,
                    "decided_by" INTEGER REFERENCES "users" ("id"),
                    "note" TEXT
                ) STRICT;
                """)
        }
    }
}
