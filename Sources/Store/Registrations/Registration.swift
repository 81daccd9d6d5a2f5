import Foundation
import TVET

/// A self-registration as filed: who (category, organisation, contact), the login and password to sign in with.
/// A G2C login that is a valid MyKad number is kept as its keyed digest, never as text, and approved at once.
public struct NewRegistration: Sendable {
    public var category: UserCategory
    public var organisation: String
    /// The person's name: kept with the registration, never used as a login.
    public var name: String
    public var email: String
    public var login: String
    public var password: String

    public init(category: UserCategory, organisation: String, name: String, email: String, login: String, password: String) {
        self.category = category
        self.organisation = organisation
        self.name = name
        self.email = email
        self.login = login
        self.password = password
    }

    /// Whether the login is a MyKad number that verifies a G2C registrant at once.
    public var verifiedByMyKad: Bool { category == .g2c && (try? MyKad.validate(login)) != nil }
}

/// A stored registration: whose user it made and where it stands.
public struct RegistrationRecord: Sendable, Equatable {
    public let id: Int64
    public let userID: Int64
    public let state: RegistrationState
    public let note: String?
}

/// A registration waiting for a DATA_CONTROLLER: who asks, for which organisation, and since when.
public struct PendingRegistration: Sendable, Equatable {
    public let id: Int64
    public let category: UserCategory
    public let organisation: String
    /// Nil for a registration filed before names were kept.
    public let name: String?
    public let email: String
    public let filedAt: Date
}
