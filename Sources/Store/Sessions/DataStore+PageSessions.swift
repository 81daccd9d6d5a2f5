import Crypto
import Foundation
import GRDB

/// Sessions of people signed in to the pages, kept in the store so that every process serving the same store shares
/// them, and signing out ends a session everywhere at once. A session's key (the cookie's value) is kept only as its
/// SHA-256 digest, like API keys: a copy of the store holds no usable session.
extension DataStore {
    static func registerPageSessionMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v12-page-sessions") { db in
            try db.execute(sql: """
                CREATE TABLE "page_sessions" (
                    "key_digest" TEXT PRIMARY KEY,
                    "value" BLOB NOT NULL,
                    "expires_at" TEXT);
                CREATE INDEX "page_sessions_by_expiry" ON "page_sessions"("expires_at");
                """)
        }
    }

    /// A stored session value and when it expires; nil when there is none or it has expired.
    public func pageSession(key: String, now: Date = Date()) throws(StoreError) -> (value: Data, expiresAt: Date?)? {
        let row = try reading { db in
            try Row.fetchOne(db, sql: "SELECT value, expires_at FROM page_sessions WHERE key_digest = ?", arguments: [Secret.digest(key)])
        }
        guard let row else { return nil }
        let expiresAt = StoreDate.date(row["expires_at"])
        if let expiresAt, expiresAt <= now { return nil }
        return (row["value"], expiresAt)
    }

    /// Stores a session value. With `create`, a key that exists already is refused (false); otherwise it is replaced,
    /// keeping its expiry when `expiresAt` is nil. Expired sessions are swept on the way.
    @discardableResult
    public func setPageSession(key: String, value: Data, expiresAt: Date?, create: Bool, now: Date = Date()) throws(StoreError) -> Bool {
        let digest = Secret.digest(key)
        return try writing { db in
            try db.execute(sql: "DELETE FROM page_sessions WHERE expires_at <= ?", arguments: [StoreDate.text(now)])
            if create {
                try db.execute(
                    sql: "INSERT INTO page_sessions (key_digest, value, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    arguments: [digest, value, expiresAt.map(StoreDate.text)])
                return db.changesCount > 0
            }
            try db.execute(
                sql: """
                    INSERT INTO page_sessions (key_digest, value, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT ("key_digest") DO UPDATE SET value = excluded.value, expires_at = coalesce(excluded.expires_at, expires_at)
                    """,
                arguments: [digest, value, expiresAt.map(StoreDate.text)])
            return true
        }
    }

    /// Ends a session on the server: its cookie no longer works.
    public func removePageSession(key: String) throws(StoreError) {
        try writing { db in try db.execute(sql: "DELETE FROM page_sessions WHERE key_digest = ?", arguments: [Secret.digest(key)]) }
    }
}
