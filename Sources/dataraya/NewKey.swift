import Foundation
import Store

/// What `users add` and `keys add` share about a new API key: its optional lifetime, and how it is shown (its id and
/// expiry, then the key itself alone on the last line, this once).
enum NewKey {
    /// The expiry of a key that works for `days` days from now; nil (no expiry) without `days`.
    static func expiry(days: Int?, option: String) throws -> Date? {
        guard let days else { return nil }
        let range = APIKeyRecord.lifetimeDays
        guard range.contains(days) else { throw CommandFailure("\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound)") }
        return APIKeyRecord.expiry(afterDays: days)
    }

    static func print(_ key: String, in store: DataStore) throws {
        guard let record = try store.apiKeyRecord(of: key) else { throw CommandFailure("the new key was not stored") }
        Swift.print("key id \(record.keyID); \(record.expiresAt.map { "expires \(UserTable.moment($0))" } ?? "does not expire")")
        Swift.print("API key (shown once; send it as X-API-Key or Authorization: Bearer):")
        Swift.print(key)
    }
}
