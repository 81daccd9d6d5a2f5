import GRDB

/// `v5-identity-management`: users can be disabled, and API keys get an id that can be shown, an optional expiry and
/// a revocation time.
///
/// A key's id is the first 12 hex digits of its SHA-256 digest, which the store already holds for every key, so keys
/// issued before this migration get the same kind of id as new ones and keep working.
extension DataStore {
    static func registerIdentityManagementMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-identity-management") { db in
            try db.execute(sql: """
                ALTER TABLE "users" ADD COLUMN "disabled_at" TEXT;
                CREATE TABLE "api_keys_v5" (
                    "digest" TEXT PRIMARY KEY,
                    "key_id" TEXT NOT NULL UNIQUE CHECK (length("key_id") = 12),
                    "user_id" INTEGER NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
                    "created_at" TEXT NOT NULL,
                    "expires_at" TEXT,
                    "revoked_at" TEXT);
                INSERT INTO "api_keys_v5" ("digest", "key_id", "user_id", "created_at")
                    SELECT "digest", substr("digest", 1, 12), "user_id", "created_at" FROM "api_keys";
                DROP TABLE "api_keys";
                ALTER TABLE "api_keys_v5" RENAME TO "api_keys";
                CREATE INDEX "api_keys_by_user" ON "api_keys"("user_id");
                CREATE INDEX "tokens_by_user" ON "tokens"("user_id");
                """)
        }
    }
}
