/// A filter parameter that cannot be used, with the parameter's name and why, for a 400 answer.
public struct DashboardFilterError: Error, Sendable, Equatable, CustomStringConvertible {
    public let parameter: String
    public let reason: String

    public init(parameter: String, reason: String) {
        self.parameter = parameter
        self.reason = reason
    }

    public var description: String { "Invalid filter '\(parameter)': \(reason)" }
}
