/// How every refusal of a value outside its set reads, so that each names the value and lists what is accepted
/// in the same words (CONTRACT 3.7: nothing is silently ignored).
///
///     AcceptedValues.notOneOf("Atlantis", MalaysianState.allCases.map(\.name))
///     // 'Atlantis' is not one of: Johor, Kedah, ...
public enum AcceptedValues {
    public static func notOneOf(_ value: some StringProtocol, _ accepted: [String]) -> String {
        "'\(value)' is not one of: " + accepted.joined(separator: ", ")
    }
}
