/// A linear trend fitted to one series, checked on its final points first: the trend is fitted without them, its
/// error on them recorded, then refitted on the whole series for the forecast.
struct SeriesForecast: Sendable {
    let trend: LinearTrend
    /// Mean absolute percentage error on the held-out final points, nil when they could not be checked.
    let heldOutError: Double?
    /// The mean of the series, what the forecast rests on.
    let mean: Double

    /// - Parameters:
    ///   - times: the time of each point (a year, or a month index).
    ///   - holdOut: how many final points to check the trend on (skipped when fewer than 3 points would remain).
    init(times: [Double], values: [Double], holdOut: Int) throws(AnalyticsError) {
        trend = try LinearTrend(times: times, values: values)
        mean = values.reduce(0, +) / Double(max(1, values.count))
        let kept = times.count - holdOut
        guard holdOut > 0, kept >= 3 else {
            heldOutError = nil
            return
        }
        let partial = try LinearTrend(times: Array(times[..<kept]), values: Array(values[..<kept]))
        heldOutError = LinearTrend.meanAbsolutePercentageError(
            predicted: times[kept...].map(partial.predict), actual: Array(values[kept...]))
    }
}
