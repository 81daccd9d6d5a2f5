import Foundation
import Store
import TVET

/// `POST /api/v1/registrations` (CONTRACT 3.11): who registers and how they will sign in.
public struct RegistrationBody: Decodable, Sendable {
    public let category: String
    public let organisation: String
    public let name: String
    public let email: String
    public let login: String
    public let password: String

    public init(category: String, organisation: String, name: String, email: String, login: String, password: String) {
        self.category = category
        self.organisation = organisation
        self.name = name
        self.email = email
        self.login = login
        self.password = password
    }

    /// The registration to store, or every field at fault. Problems never repeat the login or the password.
    public func registration() throws(SharingError) -> NewRegistration {
        var problems: [SharingError.Problem] = []
        let category = UserCategory(rawValue: self.category)
        if category == nil { problems.append(.init("category", "must be one of " + UserCategory.allCases.map(\.rawValue).joined(separator: ", "))) }
        for (field, value) in [("organisation", organisation), ("name", name)] where value.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init(field, "is required"))
        }
        if !email.contains("@") || email.count > 254 { problems.append(.init("email", "must be an email address")) }
        let trimmed = login.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.count > 100 || login.contains(":") || login != trimmed {
            problems.append(.init("login", "must be 1 to 100 characters without ':' or surrounding spaces"))
        }
        if password.count < 10 { problems.append(.init("password", "must be at least 10 characters")) }
        guard problems.isEmpty, let category else { throw .invalid(problems) }
        return NewRegistration(category: category, organisation: organisation, name: name, email: email, login: login, password: password)
    }
}
