import Columnar
import TVET

/// The yearly supply and monthly demand series per field that the forecasts are fitted to, read from the engine.
struct ForecastSeries: Sendable {
    /// Graduates per field per graduation year (every year in the data, zero where a field had none).
    var supply: [String: [Int: Int64]] = [:]
    var years: [Int] = []
    /// Openings posted per field per month index (year × 12 + month − 1), over complete months before `asOf`.
    var demand: [String: [Int: Int64]] = [:]
    var months: [Int] = []

    init(_ context: FigureContext) throws(AnalyticsError) {
        let graduates = try context.run(
            Query(
                dataset: DatasetSchema.graduates.name, filters: DatasetScope.graduates.engineFilters(context.filters, includeYear: false),
                groupBy: ["programme.field", "graduation_year"], measures: [Measure(fn: .count, as: "n")]),
            for: "forecasts/supply-demand")
        var yearSet = Set<Int>()
        for row in 0..<graduates.count {
            guard let field = graduates.key(row, "programme.field"), let year = graduates.key(row, "graduation_year").flatMap({ Int($0) })
            else { continue }
            supply[field, default: [:]][year] = graduates.integer(row, "n")
            yearSet.insert(year)
        }
        if let first = yearSet.min(), let last = yearSet.max() { years = Array(first...last) }
        let vacancies = try context.run(
            Query(
                dataset: DatasetSchema.vacancies.name, filters: DatasetScope.vacancies.engineFilters(context.filters, includeYear: false),
                groupBy: ["field", "posted_on"], measures: [Measure(fn: .sum, column: "openings", as: "n")]),
            for: "forecasts/supply-demand", folding: Self.monthOfPosting)
        let currentMonth = Self.monthIndex(context.asOf)
        var monthSet = Set<Int>()
        for row in 0..<vacancies.count {
            guard let field = vacancies.key(row, "field"), case .int(let index) = vacancies.value(row, "posted_on") else { continue }
            let month = Int(index)
            guard month < currentMonth else { continue }
            demand[field, default: [:]][month, default: 0] += vacancies.integer(row, "n")
            monthSet.insert(month)
        }
        if let first = monthSet.min() { months = Array(first..<currentMonth) }
    }

    static func monthIndex(_ date: CivilDate) -> Int { date.year * 12 + date.month - 1 }

    /// Posting dates folded into month indices, so that a month's openings are one cell.
    static func monthOfPosting(_ keys: [Value]) -> [Value] {
        guard case .date(let days) = keys[1] else { return [keys[0], .null] }
        return [keys[0], .int(Int64(monthIndex(CivilDate(daysSinceEpoch: Int(days)))))]
    }

    var fields: [String] { Set(supply.keys).union(demand.keys).sorted() }

    func supplyValues(_ field: String) -> [Double] { years.map { Double(supply[field]?[$0] ?? 0) } }
    func demandValues(_ field: String) -> [Double] { months.map { Double(demand[field]?[$0] ?? 0) } }
}
