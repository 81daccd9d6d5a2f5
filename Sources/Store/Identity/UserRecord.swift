import Foundation
import TVET

/// A user of the platform as the store keeps them (never their secrets).
public struct UserRecord: Hashable, Sendable {
    public let id: Int64
    public let name: String
    public let category: UserCategory
    public let roles: Set<Role>
    /// The agency code of a G2G user (e.g. `KPT`), used in MyGDX service codes and the audit trail.
    public let agency: String?
    /// The employer record an EMPLOYER user acts for.
    public let employerID: String?
    /// The graduate record a GRADUATE user acts for.
    public let graduateID: String?
    /// Whether the user can log in to UP_TVET with a MyKad number and password.
    public let canLogIn: Bool
    /// When an ADMIN or an operator disabled the user; nil while enabled. A disabled user's keys, tokens and
    /// password do not work.
    public let disabledAt: Date?

    public var isDisabled: Bool { disabledAt != nil }

    public var access: AccessProfile { AccessProfile(roles: roles, category: category) }
}

/// What `dataraya users add` asks for.
public struct NewUser: Sendable {
    public var name: String
    public var category: UserCategory
    public var roles: Set<Role>
    public var agency: String?
    public var employerID: String?
    public var graduateID: String?
    /// With `password`: enables UP_TVET login by MyKad number.
    public var myKad: String?
    public var password: String?

    public init(
        name: String, category: UserCategory, roles: Set<Role>, agency: String? = nil, employerID: String? = nil,
        graduateID: String? = nil, myKad: String? = nil, password: String? = nil
    ) {
        self.name = name
        self.category = category
        self.roles = roles
        self.agency = agency
        self.employerID = employerID
        self.graduateID = graduateID
        self.myKad = myKad
        self.password = password
    }

    /// Why this user cannot be created, or nil. Messages never repeat the MyKad number or the password.
    public func problem() -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.count > 100 { return "--name must be 1 to 100 characters" }
        if name.contains(":") { return "--name must not contain ':' (it is the Basic auth user name)" }
        if roles.isEmpty { return "give at least one --role" }
        for role in roles where !role.allowedCategories.contains(category) {
            return "role \(role.rawValue) is not for category \(category.rawValue)"
        }
        if roles.contains(.employer) && employerID == nil { return "an EMPLOYER user needs --employer ID" }
        if roles.contains(.graduate) && graduateID == nil && myKad == nil {
            return "a GRADUATE user needs --graduate ID or --no-ic for UP_TVET login"
        }
        if employerID != nil && !roles.contains(.employer) { return "--employer is only for EMPLOYER users" }
        if myKad != nil && password == nil { return "--no-ic needs a password (--password-stdin)" }
        if let myKad, let problem = Result(catching: { try MyKad.validate(myKad) }).failureDescription {
            return "--no-ic: \(problem)"
        }
        if let password, password.count < 10 { return "the password must be at least 10 characters" }
        return nil
    }
}

extension Result {
    fileprivate var failureDescription: String? {
        if case .failure(let error) = self { return "\(error)" }
        return nil
    }
}
