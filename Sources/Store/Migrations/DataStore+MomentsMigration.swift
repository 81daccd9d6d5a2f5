import GRDB

extension DataStore {
    /// Migration `v7-moments-as-text`: the moments that `v2-identity` and `v4-invitations` kept as Unix seconds (REAL)
    /// become ISO 8601 text in UTC to the millisecond, the one form of every stored moment (`StoreDate`). SQLite cannot
    /// change a column's type, so both tables are rebuilt with their rows, keys and indexes.
    static func registerMomentsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-moments-as-text") { db in
            try db.execute(sql: """
                CREATE TABLE "tokens_v7" (
                    "digest" TEXT PRIMARY KEY,
                    "user_id" INTEGER NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
                    "expires_at" TEXT NOT NULL);
                INSERT INTO "tokens_v7" ("digest", "user_id", "expires_at")
                    SELECT "digest", "user_id", strftime('%Y-%m-%dT%H:%M:%fZ', "expires_at", 'unixepoch') FROM "tokens";
                DROP TABLE "tokens";
                ALTER TABLE "tokens_v7" RENAME TO "tokens";
                CREATE INDEX "tokens_by_user" ON "tokens"("user_id");
                CREATE TABLE "invitations_v7" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "employer_id" TEXT NOT NULL,
                    "vacancy_id" TEXT NOT NULL,
                    "graduate_id" TEXT NOT NULL,
                    "message" TEXT,
                    "status" TEXT NOT NULL CHECK ("status" IN ('PENDING', 'ACCEPTED', 'DECLINED')),
                    "created_at" TEXT NOT NULL,
                    "answered_at" TEXT,
                    "shared_fields" TEXT,
                    UNIQUE ("vacancy_id", "graduate_id"));
                INSERT INTO "invitations_v7"
                    SELECT "id", "employer_id", "vacancy_id", "graduate_id", "message", "status",
                        strftime('%Y-%m-%dT%H:%M:%fZ', "created_at", 'unixepoch'),
                        CASE WHEN "answered_at" IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', "answered_at", 'unixepoch') END,
                        "shared_fields"
                    FROM "invitations";
                DROP TABLE "invitations";
                ALTER TABLE "invitations_v7" RENAME TO "invitations";
                CREATE INDEX "invitations_by_graduate" ON "invitations"("graduate_id");
                CREATE INDEX "invitations_by_employer" ON "invitations"("employer_id");
                """)
        }
    }
}
