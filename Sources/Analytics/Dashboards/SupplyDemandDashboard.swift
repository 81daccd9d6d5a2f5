import Columnar
import TVET

/// Graduates (supply) against openings (demand) by field and by state.
enum SupplyDemandDashboard: DashboardDefinition {
    static let name = "supply-demand"
    static let title = BilingualText(ms: "Penawaran dan permintaan", en: "Supply and demand")

    static let method = BilingualText(
        ms: "Penawaran ialah graduan tahun tamat terkini dalam data (atau tahun yang dipilih), mengikut bidang program "
            + "dan negeri institusi. Permintaan ialah jumlah jawatan (openings) bagi kekosongan yang masih dibuka hari ini, "
            + "mengikut bidang dan negeri kekosongan; penapis tahun tidak digunakan bagi permintaan. Jurang = permintaan − "
            + "penawaran (positif: kekurangan graduan); nisbah = permintaan / penawaran. Graduan yang bekerja di negeri "
            + "lain dan kekosongan yang tidak diiklankan tidak diambil kira.",
        en: "Supply is the graduates of the latest graduation year in the data (or the year selected), by programme field "
            + "and institution state. Demand is the openings of vacancies still open today, by the vacancy's field and "
            + "state; the year filter does not apply to demand. Gap = demand − supply (positive: a shortage of "
            + "graduates); ratio = demand / supply. Graduates who work in another state and unadvertised jobs are not "
            + "taken into account.")

    static let columns: [FigureColumn] = [
        Columns.measure("supply", "Penawaran (graduan)", "Supply (graduates)", unit: .count),
        Columns.measure("demand", "Permintaan (jawatan)", "Demand (openings)", unit: .count),
        Columns.measure("gap", "Jurang", "Gap", unit: .count),
        Columns.measure("ratio", "Nisbah permintaan kepada penawaran", "Demand to supply ratio", unit: .ratio),
    ]

    /// Graduates by year, field and state; open vacancies' openings by field and state.
    static let reads = FigureReads(
        [
            .graduates: ["graduation_year", "programme.field", "programme.institution.state"],
            .vacancies: ["field", "state", "openings", "closes_on"],
        ],
        scopes: [.graduates, .vacancies])

    /// The graduation year supply is counted for: the filter's year, else the latest year with graduates.
    static func supplyYear(_ context: FigureContext) throws(AnalyticsError) -> Int? {
        if let year = context.filters.year { return year }
        let result = try context.run(
            Query(dataset: DatasetSchema.graduates.name, measures: [Measure(fn: .max, column: "graduation_year", as: "year")]),
            for: "supply-demand")
        return result.double(0, "year").map { Int($0) }
    }

    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft] {
        let year = try supplyYear(context)
        return [
            try draft(context, year: year, id: "by-field", dimension: Columns.field, supplyKey: "programme.field", demandKey: "field"),
            try draft(
                context, year: year, id: "by-state", dimension: Columns.state, supplyKey: "programme.institution.state",
                demandKey: "state"),
        ]
    }

    /// Supply and demand counts by key, from the engine.
    static func counts(_ context: FigureContext, year: Int?, supplyKey: String, demandKey: String) throws(AnalyticsError)
        -> [String: (supply: Int64, demand: Int64)]
    {
        var graduateFilters = DatasetScope.graduates.engineFilters(context.filters, includeYear: false)
        graduateFilters.append(Filter(column: "graduation_year", op: .eq, value: .int(Int64(year ?? 0))))
        let supply = try context.run(
            Query(dataset: DatasetSchema.graduates.name, filters: graduateFilters, groupBy: [supplyKey], measures: [Measure(fn: .count, as: "n")]),
            for: "supply-demand")
        let demand = try context.run(
            Query(
                dataset: DatasetSchema.vacancies.name,
                filters: DatasetScope.vacancies.engineFilters(context.filters, includeYear: false)
                    + VacanciesDashboard.openFilters(asOf: context.asOf),
                groupBy: [demandKey], measures: [Measure(fn: .sum, column: "openings", as: "n")]), for: "supply-demand")
        var counts: [String: (supply: Int64, demand: Int64)] = [:]
        for row in 0..<supply.count { counts[supply.key(row, supplyKey) ?? "", default: (0, 0)].supply = supply.integer(row, "n") }
        for row in 0..<demand.count { counts[demand.key(row, demandKey) ?? "", default: (0, 0)].demand = demand.integer(row, "n") }
        return counts
    }

    private static func draft(
        _ context: FigureContext, year: Int?, id: String, dimension: FigureColumn, supplyKey: String, demandKey: String
    ) throws(AnalyticsError) -> FigureDraft {
        let counts = try counts(context, year: year, supplyKey: supplyKey, demandKey: demandKey)
        let rows: [[FigureCell]] = counts.keys.sorted().map { key in
            let (supply, demand) = counts[key]!
            return [
                .text(key), .integer(supply), .integer(demand), .integer(demand - supply),
                supply > 0 ? .number(Double(demand) / Double(supply)) : .null,
            ]
        }
        let title =
            id == "by-field"
            ? BilingualText(ms: "Penawaran dan permintaan mengikut bidang", en: "Supply and demand by field")
            : BilingualText(ms: "Penawaran dan permintaan mengikut negeri", en: "Supply and demand by state")
        var draft = FigureDraft(
            figure: context.figure(name, id, title: title, method: method, columns: [dimension] + columns, rows: rows),
            sensitiveCounts: ["supply", "demand"])
        draft.dependencies = ["gap": ["supply", "demand"], "ratio": ["supply", "demand"]]
        return draft
    }
}
