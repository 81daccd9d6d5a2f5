/// The access policy's answer: allowed, or refused with a kind (which the API turns into a status) and a reason in
/// one sentence that names no personal value.
public enum AccessDecision: Hashable, Sendable {
    case allow
    case refuse(Refusal)

    public var isAllowed: Bool { self == .allow }

    /// The refusal, or nil when allowed.
    public var refusal: Refusal? {
        if case .refuse(let refusal) = self { return refusal }
        return nil
    }
}

/// Why an action is refused.
public struct Refusal: Hashable, Sendable, Error, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// No credential, and one would be needed.
        case unauthenticated
        /// The caller is known and may not do this.
        case forbidden
        /// The record is someone else's: it is answered as if it did not exist.
        case notFound
        /// The record may not be changed in its current state.
        case conflict
    }

    public let kind: Kind
    public let reason: String
    /// The field of a record that the refusal is about (for a batch's list of bad records).
    public let field: String?

    public init(_ kind: Kind, _ reason: String, field: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.field = field
    }

    public var description: String { reason }
}
