/// Why a dashboard, diagnostic or forecast cannot be produced; each names what was asked for.
public enum AnalyticsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No dashboard, diagnostic or forecast has this name.
    case unknownName(kind: String, name: String, known: [String])
    /// A parameter is missing or has a value that cannot be used.
    case badParameter(name: String, reason: String)
    /// The engine refused a query: the data lacks a dataset or column the figure needs.
    case engine(figure: String, reason: String)
    /// The data holds too little to compute the figure (a forecast needs enough past years).
    case insufficientData(figure: String, reason: String)

    public var description: String {
        switch self {
        case .unknownName(let kind, let name, let known):
            "Unknown \(kind) '\(name)'; known: \(known.joined(separator: ", "))."
        case .badParameter(let name, let reason): "Invalid parameter '\(name)': \(reason)."
        case .engine(let figure, let reason): "Figure \(figure) cannot be computed: \(reason)"
        case .insufficientData(let figure, let reason): "Figure \(figure) cannot be computed: \(reason)."
        }
    }

    /// True when the caller asked for something wrong (a 400/404), false when the data is at fault.
    public var isCallerError: Bool {
        switch self {
        case .unknownName, .badParameter: true
        case .engine, .insufficientData: false
        }
    }
}
