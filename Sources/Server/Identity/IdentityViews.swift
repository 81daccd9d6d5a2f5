import Foundation
import Store

/// A user as an ADMIN sees them over the API: who they are, what they may do and whether they are disabled; never a
/// secret (no password hash, MyKad digest or key).
struct UserView: Encodable, Sendable {
    let user: UserRecord

    enum CodingKeys: String, CodingKey {
        case id, name, category, roles, agency, employerID = "employer_id", graduateID = "graduate_id"
        case upTVETLogin = "uptvet_login", disabled, disabledAt = "disabled_at"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(user.id, forKey: .id)
        try container.encode(user.name, forKey: .name)
        try container.encode(user.category.rawValue, forKey: .category)
        try container.encode(user.roles.map(\.rawValue).sorted(), forKey: .roles)
        try container.encode(user.agency, forKey: .agency)
        try container.encode(user.employerID, forKey: .employerID)
        try container.encode(user.graduateID, forKey: .graduateID)
        try container.encode(user.canLogIn, forKey: .upTVETLogin)
        try container.encode(user.isDisabled, forKey: .disabled)
        try container.encode(user.disabledAt.map(IdentityViews.text), forKey: .disabledAt)
    }
}

/// An API key as listed: its id, whose it is, its dates and whether it works now. `api_key` is present only in the
/// answer that issues the key, the one time it is shown.
struct APIKeyView: Encodable, Sendable {
    let record: APIKeyRecord
    var apiKey: String?

    enum CodingKeys: String, CodingKey {
        case keyID = "key_id", userID = "user_id", createdAt = "created_at", expiresAt = "expires_at", revokedAt = "revoked_at"
        case state, apiKey = "api_key"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record.keyID, forKey: .keyID)
        try container.encode(record.userID, forKey: .userID)
        try container.encode(IdentityViews.text(record.createdAt), forKey: .createdAt)
        try container.encode(record.expiresAt.map(IdentityViews.text), forKey: .expiresAt)
        try container.encode(record.revokedAt.map(IdentityViews.text), forKey: .revokedAt)
        try container.encode(record.state().rawValue, forKey: .state)
        try container.encodeIfPresent(apiKey, forKey: .apiKey)
    }
}

/// How the identity views write moments: ISO 8601, UTC.
enum IdentityViews {
    static func text(_ date: Date) -> String { date.formatted(.iso8601) }
}
