import Foundation
import GRDB

/// Finding users and switching them off and on. Disabling is immediate and whole: the user's API keys, bearer tokens
/// and password stop working at once (each is refused with "disabled" while it lasts). Enabling brings back the
/// password and the keys that are neither revoked nor expired, but not the bearer tokens issued before: they are
/// deleted, so that enabling never revives a token that may have been the reason for disabling.
extension DataStore {
    /// Users by id, `offset` then at most `limit` of them.
    public func users(offset: Int = 0, limit: Int = .max) throws(StoreError) -> [UserRecord] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY id LIMIT ? OFFSET ?", arguments: [Int64(clamping: limit), offset])
                .map(DataStore.userRecord)
        }
    }

    public func user(named name: String) throws(StoreError) -> UserRecord? {
        try reading { db in try Row.fetchOne(db, sql: "SELECT * FROM users WHERE name = ?", arguments: [name]).map(DataStore.userRecord) }
    }

    /// Disables or enables a user and returns it; nil when there is no such user. Disabling an already disabled user
    /// keeps the first time.
    public func setDisabled(userID: Int64, _ disabled: Bool, now: Date = Date()) throws(StoreError) -> UserRecord? {
        try writing { db in
            if disabled {
                try db.execute(
                    sql: "UPDATE users SET disabled_at = coalesce(disabled_at, ?) WHERE id = ?", arguments: [StoreDate.text(now), userID])
            } else {
                try db.execute(
                    sql: "DELETE FROM tokens WHERE user_id = ? AND EXISTS (SELECT 1 FROM users WHERE id = ? AND disabled_at IS NOT NULL)",
                    arguments: [userID, userID])
                try db.execute(sql: "UPDATE users SET disabled_at = NULL WHERE id = ?", arguments: [userID])
            }
            return try Row.fetchOne(db, sql: "SELECT * FROM users WHERE id = ?", arguments: [userID]).map(DataStore.userRecord)
        }
    }
}
