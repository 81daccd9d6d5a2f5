import TVET

/// Why a sharing call was not done: the policy refused it, its body is unreadable, or its fields break a rule
/// (each problem naming its field). Nothing is stored in any of these cases.
public enum SharingError: Error, Sendable {
    /// One field at fault and why, naming no value the caller sent.
    public struct Problem: Sendable, Equatable {
        public let field: String
        public let reason: String

        public init(_ field: String, _ reason: String) {
            self.field = field
            self.reason = reason
        }
    }

    case refused(Refusal)
    case unreadable(String)
    case invalid([Problem])
    case store(String)

    public var description: String {
        switch self {
        case .refused(let refusal): refusal.reason
        case .unreadable(let reason): reason
        case .invalid(let problems): "Nothing was stored: " + problems.map { "\($0.field) \($0.reason)" }.joined(separator: "; ") + "."
        case .store(let reason): reason
        }
    }
}
