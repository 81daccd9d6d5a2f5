import Foundation
import GRDB

extension DataStore {
    /// The grant of a request, if it has one.
    public func grant(requestID: Int64) throws(StoreError) -> GrantRecord? {
        try reading { db in
            try Row.fetchOne(db, sql: #"SELECT * FROM "grants" WHERE "request_id" = ?"#, arguments: [requestID]).map(Self.grantRecord)
        }
    }

    /// The grant an API key is bound to, if any (looked up by the key's digest, as every key is).
    public func grant(apiKey key: String) throws(StoreError) -> GrantRecord? {
        try reading { db in
            try Row.fetchOne(
                db, sql: #"SELECT g.* FROM "api_keys" k JOIN "grants" g ON g."id" = k."grant_id" WHERE k."digest" = ?"#,
                arguments: [Secret.digest(key)]
            ).map(Self.grantRecord)
        }
    }

    /// A new API key for the user, bound to the grant, shown this once. The key expires when the grant's period ends.
    public func addGrantKey(userID: Int64, grantID: Int64, expiresAt: Date?, now: Date = Date()) throws(StoreError) -> (record: APIKeyRecord, key: String) {
        try writing { db in
            let issued = try DataStore.insertAPIKey(db, userID: userID, expiresAt: expiresAt, now: now)
            try db.execute(sql: #"UPDATE "api_keys" SET "grant_id" = ? WHERE "key_id" = ?"#, arguments: [grantID, issued.record.keyID])
            return issued
        }
    }

    /// Opens the grant of a request that has just become ACTIVE, inside the step's transaction.
    static func openGrant(request id: Int64, datasets: String, at: Date, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO "grants" ("request_id", "datasets", "period_from", "period_to", "created_at")
                SELECT "id", ?, "period_from", "period_to", ? FROM "sharing_requests" WHERE "id" = ?
                """,
            arguments: [datasets, StoreDate.text(at), id])
    }

    /// Revokes the grant of a request, inside the step's transaction; every key bound to it then reads nothing.
    static func revokeGrant(request id: Int64, at: Date, in db: Database) throws {
        try db.execute(
            sql: #"UPDATE "grants" SET "revoked_at" = coalesce("revoked_at", ?) WHERE "request_id" = ?"#, arguments: [StoreDate.text(at), id])
    }

    static func grantRecord(_ row: Row) -> GrantRecord {
        GrantRecord(
            id: row["id"], requestID: row["request_id"], datasets: row["datasets"], from: row["period_from"], to: row["period_to"],
            createdAt: StoreDate.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0), revokedAt: StoreDate.date(row["revoked_at"]))
    }
}
