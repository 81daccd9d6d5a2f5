import Foundation

/// A linear axis with round tick values ("nice numbers": steps of 1, 2, 2.5 or 5 times a power of ten).
struct ChartScale {
    let lower: Double
    let upper: Double
    let ticks: [Double]

    /// An axis covering `values`; counts and money start at zero so that lengths compare honestly. An `integral`
    /// axis (counts of people, printed without decimals) never steps by less than 1, so that no two ticks read alike
    /// ("0, 1, 1" for an axis of zeros).
    init(values: [Double], includeZero: Bool, tickCount: Int = 5, integral: Bool = false) {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high - low < 1e-9 {
            high += high == 0 ? 1 : abs(high) * 0.1
            low -= low == 0 ? 0 : abs(low) * 0.1
        }
        let rough = (high - low) / Double(max(tickCount - 1, 1))
        let step = Self.niceStep(integral ? max(rough, 1) : rough)
        let niceLow = (low / step).rounded(.down) * step
        let niceHigh = (high / step).rounded(.up) * step
        lower = niceLow
        upper = niceHigh
        ticks = stride(from: niceLow, through: niceHigh + step / 2, by: step).map { ($0 / step).rounded() * step }
    }

    /// A fixed axis, such as 0-100% for rates drawn as bars.
    init(lower: Double, upper: Double, step: Double) {
        self.lower = lower
        self.upper = upper
        ticks = stride(from: lower, through: upper + step / 2, by: step).map { $0 }
    }

    /// Where `value` falls between `start` and `end` (pixels).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let fraction = rough / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }
}
