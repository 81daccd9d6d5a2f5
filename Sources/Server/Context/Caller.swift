import Store
import TVET

/// Who is calling, as established from their credential (never from MyGDX headers), and the principal the access
/// policy decides for.
public struct Caller: Sendable {
    public enum Credential: String, Sendable {
        case none, apiKey = "api_key", bearer, basic, session
    }

    public let user: UserRecord?
    public let credential: Credential
    public let principal: Principal

    public static let anonymous = Caller(user: nil, credential: .none, principal: .anonymous)

    public init(user: UserRecord?, credential: Credential, principal: Principal) {
        self.user = user
        self.credential = credential
        self.principal = principal
    }

    /// A caller whose ownership facts are not resolved yet (see `resolvingOwnership(in:)`).
    public init(user: UserRecord, credential: Credential) {
        self.init(
            user: user, credential: credential,
            principal: Principal(
                roles: user.roles, category: user.category, employerID: user.employerID, graduateID: user.graduateID, userID: user.id))
    }

    /// The same caller with the records they act for resolved from the store.
    func resolvingOwnership(in store: DataStore) throws -> Caller {
        guard let user else { return self }
        return Caller(user: user, credential: credential, principal: try store.principal(for: user))
    }

    public var access: AccessProfile { principal.access }

    public var isAnonymous: Bool { user == nil }

    /// How the audit trail names the caller.
    public var auditName: String { user.map { "user:\($0.id)" } ?? "anonymous" }

    /// What the audit trail records as the caller's roles: a grant key acts by its grant alone (`grant 3`), whatever
    /// roles its owner holds; any other caller by their roles.
    public var auditRoles: String? {
        if let grant = principal.grant { return grant.name }
        return user.map { $0.roles.map(\.rawValue).sorted().joined(separator: ";") }
    }

    /// The access policy's answer for this caller.
    public func decide(_ action: AccessAction) -> AccessDecision { AccessPolicy.decide(principal, action) }

    /// Goes on when the access policy allows the action; otherwise throws its refusal as the API's error.
    public func require(_ action: AccessAction) throws(APIError) {
        if let refusal = decide(action).refusal { throw APIError(refusal) }
    }
}
