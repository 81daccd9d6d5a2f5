import Columnar
import TVET

/// `forecasts/intake-recommendations`: recommended changes of seats per field and state from the forecast gap.
///
/// Rule: for each field, take the forecast gap of the first forecast year (demand − supply). When its 95% intervals
/// overlap (demand_low ≤ supply_high and supply_low ≤ demand_high) the gap is not clear and no change is
/// recommended. Otherwise the seats needed are gap ÷ yield, where yield is the field's graduates in the latest year
/// per seat; they are shared among states by their share of the field's seats, capped at ±25% of a state's seats,
/// and rounded to whole seats.
enum IntakeRecommendations {
    static let id = "intake-recommendations"
    static let cap = 0.25

    static let columns: [FigureColumn] = [
        Columns.field, Columns.state,
        Columns.measure("seats", "Tempat semasa", "Current seats", unit: .count),
        Columns.measure("forecast_gap", "Jurang ramalan (bahagian negeri)", "Forecast gap (state share)", unit: .count),
        Columns.measure("recommended_change", "Perubahan disyorkan", "Recommended change", unit: .count),
        Columns.measure("recommended_seats", "Tempat disyorkan", "Recommended seats", unit: .count),
    ]

    /// One field's seats by state and its forecast for the first forecast year.
    struct FieldInput: Sendable {
        var seatsByState: [String: Int64]
        var latestGraduates: Int64
        var point: SupplyDemandForecast.Point?
    }

    /// The recommended change for one state's seats.
    static func change(_ input: FieldInput, state: String) -> (gap: Int64, change: Int64)? {
        guard let point = input.point, let supply = point.supply, let demand = point.demand else { return nil }
        let fieldSeats = input.seatsByState.values.reduce(0, +)
        let seats = input.seatsByState[state] ?? 0
        guard fieldSeats > 0 else { return nil }
        let share = Double(seats) / Double(fieldSeats)
        let gap = demand.mean - supply.mean
        let clear = demand.low > supply.high || demand.high < supply.low
        guard clear, input.latestGraduates > 0 else { return (Int64((gap * share).rounded()), 0) }
        let yield = Double(input.latestGraduates) / Double(fieldSeats)
        let needed = gap / yield * share
        let limit = cap * Double(seats)
        return (Int64((gap * share).rounded()), Int64(min(limit, max(-limit, needed)).rounded()))
    }

    static func draft(_ result: SupplyDemandForecast.Result, series: ForecastSeries, context: FigureContext)
        throws(AnalyticsError) -> FigureDraft
    {
        let seats = try context.run(
            Query(
                dataset: DatasetSchema.programmes.name, filters: DatasetScope.programmes.engineFilters(context.filters),
                groupBy: ["field", "institution.state"], measures: [Measure(fn: .sum, column: "seats", as: "seats")]),
            for: Forecasts.dashboard + "/" + id)
        var inputs: [String: FieldInput] = [:]
        for row in 0..<seats.count {
            guard let field = seats.key(row, "field"), let state = seats.key(row, "institution.state") else { continue }
            inputs[field, default: FieldInput(seatsByState: [:], latestGraduates: 0, point: nil)].seatsByState[state] =
                seats.integer(row, "seats")
        }
        let firstYear = result.years.first
        for field in inputs.keys {
            inputs[field]!.latestGraduates = series.years.last.flatMap { series.supply[field]?[$0] } ?? 0
            inputs[field]!.point = result.points.first { $0.field == field && $0.year == firstYear }
        }
        var rows: [[FigureCell]] = []
        for field in inputs.keys.sorted() {
            let input = inputs[field]!
            for state in input.seatsByState.keys.sorted() {
                let current = input.seatsByState[state]!
                let recommendation = change(input, state: state)
                rows.append([
                    .text(field), .text(state), .integer(current), recommendation.map { .integer($0.gap) } ?? .null,
                    recommendation.map { .integer($0.change) } ?? .null,
                    recommendation.map { .integer(current + $0.change) } ?? .null,
                ])
            }
        }
        return FigureDraft(
            figure: context.figure(
                Forecasts.dashboard, id,
                title: BilingualText(ms: "Cadangan perubahan ambilan", en: "Recommended intake changes"),
                method: method(result, year: firstYear), scope: .programmes, columns: columns, rows: rows),
            sensitiveCounts: [])
    }

    static func method(_ result: SupplyDemandForecast.Result, year: Int?) -> BilingualText {
        let year = year.map(String.init) ?? "-"
        return SupplyDemandForecast.method(result).appending(
            BilingualText(
                ms: "Peraturan cadangan: jurang ramalan bidang bagi \(year) (permintaan − penawaran). Jika selang 95% "
                    + "permintaan dan penawaran bertindih, jurang tidak jelas dan tiada perubahan dicadangkan. Jika tidak, "
                    + "tempat diperlukan = jurang ÷ hasil (graduan tahun terkini setiap tempat dalam bidang), dibahagikan "
                    + "kepada negeri mengikut bahagian tempat, dihadkan kepada ±25% tempat negeri itu dan dibundarkan. "
                    + "Jurang ramalan yang ditunjukkan ialah bahagian negeri daripada jurang bidang.",
                en: "Recommendation rule: the field's forecast gap for \(year) (demand − supply). When the 95% intervals "
                    + "of demand and supply overlap the gap is not clear and no change is recommended. Otherwise the seats "
                    + "needed = gap ÷ yield (the field's graduates in the latest year per seat), shared among states by "
                    + "their share of the seats, capped at ±25% of the state's seats, and rounded. The forecast gap shown "
                    + "is the state's share of the field's gap."))
    }
}
