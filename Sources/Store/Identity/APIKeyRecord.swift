import Foundation

/// An API key as the store keeps it: its public id, whose it is, and when it was made, expires and was revoked.
/// The key itself is never kept (only its SHA-256 digest) and never shown again after it was issued.
public struct APIKeyRecord: Hashable, Sendable {
    /// Whether a key still works, as of a moment.
    public enum State: String, Sendable {
        case active, expired, revoked
    }

    /// The id by which the key is listed and revoked: the first 12 hex digits of its SHA-256 digest.
    public let keyID: String
    public let userID: Int64
    public let createdAt: Date
    /// Nil: the key does not expire.
    public let expiresAt: Date?
    public let revokedAt: Date?

    /// The lifetimes a key may be given, in days (`--expires-days`, `expires_days`); without one it does not expire.
    public static let lifetimeDays = 1...3650

    /// When a key issued at `now` for `days` days expires.
    public static func expiry(afterDays days: Int, from now: Date = Date()) -> Date {
        now.addingTimeInterval(Double(days) * 86_400)
    }

    public func state(at now: Date = Date()) -> State {
        if revokedAt != nil { return .revoked }
        if let expiresAt, expiresAt <= now { return .expired }
        return .active
    }
}

/// What a presented credential (API key or bearer token) turns out to be.
public enum CredentialLookup: Sendable, Equatable {
    case valid(UserRecord)
    /// The store knows no such credential.
    case unknown
    case expired
    /// An API key revoked by an ADMIN or an operator.
    case revoked
    /// The credential is good, but its user is disabled.
    case disabled
}
