/// Who a figure is for, which decides whether disclosure control applies.
public enum Audience: Sendable, Hashable {
    /// TERBUKA output (anonymous and G2C callers, public reports): counts perturbed by the cell-key method, small
    /// cells withheld.
    case `public`(threshold: Int)
    /// A caller cleared for the underlying data: the figures unsuppressed.
    case cleared

    /// The threshold of CONTRACT 3.7.
    public static let defaultThreshold = 5

    /// Public output with the default threshold.
    public static var standardPublic: Audience { .public(threshold: defaultThreshold) }

    /// The threshold applied, nil for cleared callers.
    public var threshold: Int? {
        if case .public(let threshold) = self { return threshold }
        return nil
    }
}
