/// The contact a graduate shares with employers whose invitation they accept: personal data, kept by the graduate's
/// own choice, shown to an employer only after acceptance and only the fields the graduate chose to share.
public struct GraduateContact: Sendable, Codable, Equatable {
    public var email: String?
    public var phone: String?

    public init(email: String? = nil, phone: String? = nil) {
        self.email = email
        self.phone = phone
    }

    /// The fields a graduate may share.
    public enum Field: String, Sendable, Codable, CaseIterable, Hashable {
        case email, phone
    }

    /// Only the chosen fields; nil when none of them holds a value.
    public func sharing(_ fields: Set<Field>) -> GraduateContact? {
        let shared = GraduateContact(email: fields.contains(.email) ? email : nil, phone: fields.contains(.phone) ? phone : nil)
        return shared.email == nil && shared.phone == nil ? nil : shared
    }

    /// Why the contact cannot be kept, naming the field (never repeating its value); nil when it is fine.
    public func problem() -> (field: String, reason: String)? {
        if let email {
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
                !parts[1].hasSuffix("."), !email.contains(where: { $0.isWhitespace })
            else { return ("email", "must be an e-mail address such as nama@contoh.com.my") }
        }
        if let phone {
            let digits = phone.filter(\.isNumber)
            let allowed = phone.allSatisfy { $0.isNumber || " +-()".contains($0) }
            guard allowed, (8...15).contains(digits.count) else {
                return ("phone", "must be a telephone number of 8 to 15 digits, such as +60 12-345 6789")
            }
        }
        return nil
    }
}
