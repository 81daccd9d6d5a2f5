/// A straight-line trend y = a + b·t fitted by least squares, with prediction intervals for the sum of new
/// observations at several times (a year's demand is the sum of twelve months).
struct LinearTrend: Sendable {
    let fit: LeastSquares
    /// Times are centred on their mean so that the design stays well conditioned.
    let centre: Double

    init(times: [Double], values: [Double]) throws(AnalyticsError) {
        guard times.count >= 3 else {
            throw AnalyticsError.insufficientData(figure: "forecasts", reason: "a trend needs at least 3 points")
        }
        let centre = times.reduce(0, +) / Double(times.count)
        self.centre = centre
        fit = try LeastSquares(design: times.map { [1, $0 - centre] }, response: values)
    }

    var slope: Double { fit.coefficients[1] }
    var intercept: Double { fit.coefficients[0] - fit.coefficients[1] * centre }

    func predict(_ time: Double) -> Double { fit.predict([1, time - centre]) }

    /// The predicted sum of new observations at `times`, with a 95% prediction interval: the variance of the sum is
    /// σ²·(k + a'(X'X)⁻¹a) where a is the sum of the k design rows (independent errors).
    func predictSum(_ times: [Double]) -> (mean: Double, low: Double, high: Double) {
        let row = [Double(times.count), times.reduce(0) { $0 + $1 - centre }]
        let mean = fit.predict(row)
        let variance = (fit.residualVariance ?? 0) * (Double(times.count) + fit.leverage(row))
        let half = Self.studentT975(degreesOfFreedom: fit.observations - fit.parameters) * variance.squareRoot()
        return (mean, mean - half, mean + half)
    }

    /// The 97.5% quantile of Student's t distribution (two-sided 95%), 1.959964 beyond 30 degrees of freedom.
    static func studentT975(degreesOfFreedom df: Int) -> Double {
        let table: [Double] = [
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
            2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
        ]
        guard df >= 1 else { return .infinity }
        return df <= table.count ? table[df - 1] : WilsonInterval.z95
    }

    /// Mean absolute percentage error of predictions against actual values (those that are not zero), as a fraction.
    static func meanAbsolutePercentageError(predicted: [Double], actual: [Double]) -> Double? {
        let pairs = zip(predicted, actual).filter { $0.1 != 0 }
        guard !pairs.isEmpty else { return nil }
        return pairs.reduce(0) { $0 + abs(($1.0 - $1.1) / $1.1) } / Double(pairs.count)
    }
}
