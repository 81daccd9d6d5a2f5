import Foundation
import GRDB

/// API keys: issued (shown once), looked up on every request, listed by id, revoked.
///
///     let (record, key) = try store.addAPIKey(userID: 7, expiresAt: Date().addingTimeInterval(30 * 86_400))!
///     try store.apiKeyLookup(key)              // .valid(user)
///     try store.revokeAPIKey(keyID: record.keyID)
///     try store.apiKeyLookup(key)              // .revoked
extension DataStore {
    static let apiKeyPrefix = "drk_"

    /// The public id of a key: the first 12 hex digits of its digest (the same for keys issued before ids existed).
    static func keyID(ofDigest digest: String) -> String { String(digest.prefix(12)) }

    static func insertAPIKey(_ db: Database, userID: Int64, expiresAt: Date?, now: Date) throws -> (record: APIKeyRecord, key: String) {
        let key = Secret.generate(prefix: apiKeyPrefix)
        let digest = Secret.digest(key)
        try db.execute(
            sql: "INSERT INTO api_keys (digest, key_id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [digest, keyID(ofDigest: digest), userID, StoreDate.text(now), expiresAt.map(StoreDate.text)])
        let record = try Row.fetchOne(db, sql: "SELECT * FROM api_keys WHERE digest = ?", arguments: [digest]).map(apiKeyRecord)
        return (record!, key)
    }

    /// A new key for the user, shown this once; nil when there is no such user. `expiresAt` nil: it does not expire.
    public func addAPIKey(userID: Int64, expiresAt: Date? = nil, now: Date = Date()) throws(StoreError) -> (record: APIKeyRecord, key: String)? {
        try writing { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE id = ?", arguments: [userID]) == true else { return nil }
            return try DataStore.insertAPIKey(db, userID: userID, expiresAt: expiresAt, now: now)
        }
    }

    /// The user's keys, oldest first (never the keys themselves).
    public func apiKeys(userID: Int64) throws(StoreError) -> [APIKeyRecord] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM api_keys WHERE user_id = ? ORDER BY created_at, rowid", arguments: [userID])
                .map(DataStore.apiKeyRecord)
        }
    }

    /// The record of a key one holds (found by its digest).
    public func apiKeyRecord(of key: String) throws(StoreError) -> APIKeyRecord? {
        try reading { db in
            try Row.fetchOne(db, sql: "SELECT * FROM api_keys WHERE digest = ?", arguments: [Secret.digest(key)]).map(DataStore.apiKeyRecord)
        }
    }

    /// Revokes a key for good; revoking it again keeps the first time. Nil when there is no such key.
    public func revokeAPIKey(keyID: String, now: Date = Date()) throws(StoreError) -> APIKeyRecord? {
        try writing { db in
            try db.execute(
                sql: "UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE key_id = ?", arguments: [StoreDate.text(now), keyID])
            return try Row.fetchOne(db, sql: "SELECT * FROM api_keys WHERE key_id = ?", arguments: [keyID]).map(DataStore.apiKeyRecord)
        }
    }

    /// What a presented API key is: its user's, or unknown, revoked, expired, or its user's account disabled.
    public func apiKeyLookup(_ key: String, now: Date = Date()) throws(StoreError) -> CredentialLookup {
        let row = try reading { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT users.*, api_keys.expires_at AS key_expires_at, api_keys.revoked_at AS key_revoked_at
                    FROM api_keys JOIN users ON users.id = api_keys.user_id WHERE api_keys.digest = ?
                    """,
                arguments: [Secret.digest(key)])
        }
        guard let row else { return .unknown }
        if (row["key_revoked_at"] as String?) != nil { return .revoked }
        if let expires = StoreDate.date(row["key_expires_at"]), expires <= now { return .expired }
        let user = DataStore.userRecord(row)
        return user.isDisabled ? .disabled : .valid(user)
    }

    /// The user a working API key belongs to; nil for any key that does not work.
    public func user(apiKey: String) throws(StoreError) -> UserRecord? {
        if case .valid(let user) = try apiKeyLookup(apiKey) { return user }
        return nil
    }

    static func apiKeyRecord(_ row: Row) -> APIKeyRecord {
        APIKeyRecord(
            keyID: row["key_id"], userID: row["user_id"], createdAt: StoreDate.date(row["created_at"]) ?? .distantPast,
            expiresAt: StoreDate.date(row["expires_at"]), revokedAt: StoreDate.date(row["revoked_at"]))
    }
}
