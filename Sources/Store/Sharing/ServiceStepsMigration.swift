import GRDB

extension DataStore {
    /// Steps nobody takes: a request's period ending is recorded as a step of the service itself, with no user, so
    /// the history's `user_id` may be null. SQLite cannot drop a NOT NULL, so the table is copied into a new one.
    static func registerServiceStepsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v13-service-steps") { db in
            try db.execute(sql: """
                CREATE TABLE "sharing_request_history_new" (
                    "seq" INTEGER PRIMARY KEY,
                    "request_id" INTEGER NOT NULL REFERENCES "sharing_requests" ("id"),
                    "at" TEXT NOT NULL,
                    "user_id" INTEGER REFERENCES "users" ("id"),
                    "role" TEXT NOT NULL,
                    "action" TEXT NOT NULL,
                    "note" TEXT,
                    "state" TEXT NOT NULL
                ) STRICT;
                INSERT INTO "sharing_request_history_new" SELECT * FROM "sharing_request_history";
                DROP INDEX "sharing_request_history_request";
                DROP TABLE "sharing_request_history";
                ALTER TABLE "sharing_request_history_new" RENAME TO "sharing_request_history";
                CREATE INDEX "sharing_request_history_request" ON "sharing_request_history" ("request_id", "seq");
                """)
        }
    }
}
