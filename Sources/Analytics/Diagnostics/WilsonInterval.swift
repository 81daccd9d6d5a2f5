import Foundation

/// The Wilson score interval for a binomial proportion: unlike the normal approximation it stays within [0, 1] and
/// behaves at 0 and n successes, which small groups of graduates often have.
public struct WilsonInterval: Sendable, Equatable {
    /// The two-sided 95% normal quantile.
    public static let z95 = 1.959964

    public let low: Double
    public let high: Double

    /// The interval for `successes` out of `trials` (trials > 0).
    public init(successes: Int64, trials: Int64, z: Double = WilsonInterval.z95) {
        precondition(trials > 0 && successes >= 0 && successes <= trials)
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        // At 0 or n successes the bound is exactly 0 or 1; rounding would leave it a hair inside.
        low = successes == 0 ? 0 : max(0, centre - half)
        high = successes == trials ? 1 : min(1, centre + half)
    }

    public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}
