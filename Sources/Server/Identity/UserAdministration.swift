import Foundation
import HTTPTypes
import Store
import TVET

/// What an ADMIN does to users and API keys over the API: list users, disable and enable them, list, issue and revoke
/// their keys. Whether the caller may is the access policy's answer (`AccessAction.manageUsers`: 401 without a
/// credential, 403 without the right); this service applies the rules of state: an ADMIN cannot disable themselves (409).
struct UserAdministration: Sendable {
    let store: DataStore

    /// The caller, when they may manage users and their API keys.
    func manager(_ caller: Caller) throws -> UserRecord {
        try caller.require(.manageUsers)
        guard let user = caller.user else { throw APIError.unauthorized("Managing users and keys needs a credential.") }
        return user
    }

    /// A page of users by id, and where the next page starts (nil on the last).
    func users(from start: Int, limit: Int) throws -> (users: [UserRecord], next: Int?) {
        let users = try store.users(offset: start, limit: limit + 1)
        return (Array(users.prefix(limit)), users.count > limit ? start + limit : nil)
    }

    func setDisabled(_ id: Int64, _ disabled: Bool, by admin: UserRecord) throws -> UserRecord {
        if disabled && id == admin.id {
            throw APIError(.conflict, reason: "Conflict", message: "You cannot disable your own account; another ADMIN can.")
        }
        guard let user = try store.setDisabled(userID: id, disabled) else { throw Self.noSuchUser }
        return user
    }

    func keys(of id: Int64) throws -> [APIKeyRecord] {
        guard try store.user(id: id) != nil else { throw Self.noSuchUser }
        return try store.apiKeys(userID: id)
    }

    /// A new key for the user, valid for `days` days (nil: it does not expire).
    func addKey(to id: Int64, days: Int?) throws -> (record: APIKeyRecord, key: String) {
        if let days, !APIKeyRecord.lifetimeDays.contains(days) {
            let range = APIKeyRecord.lifetimeDays
            throw APIError.badRequest("expires_days must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        guard let issued = try store.addAPIKey(userID: id, expiresAt: days.map { APIKeyRecord.expiry(afterDays: $0) }) else {
            throw Self.noSuchUser
        }
        return issued
    }

    func revoke(keyID: String) throws -> APIKeyRecord {
        guard let record = try store.revokeAPIKey(keyID: keyID) else { throw APIError.notFound("There is no API key with that id.") }
        return record
    }

    static let noSuchUser = APIError.notFound("There is no user with that id.")
}
