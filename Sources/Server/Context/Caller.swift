import Store
import TVET

/// Who is calling, as established from their credential (never from MyGDX headers), and what they may do.
public struct Caller: Sendable {
    public enum Credential: String, Sendable {
        case none, apiKey = "api_key", bearer, basic
    }

    public let user: UserRecord?
    public let credential: Credential
    public let access: AccessProfile

    public static let anonymous = Caller(user: nil, credential: .none, access: .anonymous)

    public init(user: UserRecord?, credential: Credential, access: AccessProfile) {
        self.user = user
        self.credential = credential
        self.access = access
    }

    public init(user: UserRecord, credential: Credential) {
        self.init(user: user, credential: credential, access: user.access)
    }

    public var isAnonymous: Bool { user == nil }

    /// How the audit trail names the caller.
    public var auditName: String { user.map { "user:\($0.id)" } ?? "anonymous" }

    public func holds(_ role: Role) -> Bool { user?.roles.contains(role) ?? false }
}
