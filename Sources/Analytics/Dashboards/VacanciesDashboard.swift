import Columnar
import TVET

/// The vacancies dashboard: vacancies and openings by state, field, MASCO major group and salary range, and the share
/// of vacancies already closed.
enum VacanciesDashboard: DashboardDefinition {
    static let name = "vacancies"
    static let title = BilingualText(ms: "Kekosongan jawatan", en: "Job vacancies")

    /// Lower bounds (RM) of the advertised minimum salary bands.
    static let salaryBands: [Double] = [0, 1_500, 2_000, 3_000, 4_000, 5_000]

    static let method = BilingualText(
        ms: "Kekosongan ialah iklan jawatan; bilangan kekosongan (openings) ialah jumlah jawatan yang diiklankan. "
            + "Penapis tahun memilih tahun iklan; penapis tahap memilih tahap minimum; kementerian, jenis institusi dan "
            + "institusi tidak berkaitan.",
        en: "Vacancies are job adverts; openings are the positions they advertise. The year filter selects the year of "
            + "posting and the level filter the minimum level; ministry, institution type and institution do not apply.")

    /// Vacancies still open on `asOf`: closing that day or later (so open and closed add up to all vacancies).
    static func openFilters(asOf: CivilDate) -> [Filter] {
        [Filter(column: "closes_on", op: .ge, value: .string(asOf.description))]
    }

    /// The vacancies' groupings, openings and closing dates.
    static let reads = FigureReads(
        [.vacancies: ["state", "field", "masco_code", "salary_min", "openings", "closes_on"]], scopes: [.vacancies])

    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft] {
        let filters = DatasetScope.vacancies.engineFilters(context.filters)
        let measures = [Measure(fn: .count, as: "vacancies"), Measure(fn: .sum, column: "openings", as: "openings")]
        var drafts: [FigureDraft] = []
        let grouped: [(String, String, FigureColumn, BilingualText, (String?) -> String?)] = [
            ("by-state", "state", Columns.state, .init(ms: "Kekosongan mengikut negeri", en: "Vacancies by state"), { $0 }),
            ("by-field", "field", Columns.field, .init(ms: "Kekosongan mengikut bidang", en: "Vacancies by field"), { $0 }),
            (
                "by-masco-major-group", "masco_code", Columns.mascoMajorGroup,
                .init(ms: "Kekosongan mengikut kumpulan utama MASCO", en: "Vacancies by MASCO major group"),
                { $0.map { String($0.prefix(1)) } }
            ),
            (
                "salary-ranges", "salary_min", Columns.salaryBand,
                .init(ms: "Kekosongan mengikut julat gaji minimum", en: "Vacancies by minimum salary range"),
                { $0.flatMap(Double.init).map(band) }
            ),
        ]
        for (id, path, column, title, fold) in grouped {
            let result = try context.run(
                Query(dataset: DatasetSchema.vacancies.name, filters: filters, groupBy: [path], measures: measures), for: "vacancies/" + id,
                folding: { keys in [fold(keys[0] == .null ? nil : keys[0].description).map(Value.string) ?? .null] })
            var sums: [String: (Int64, Int64)] = [:]
            for row in 0..<result.count {
                let key = result.key(row, path) ?? ""
                let previous = sums[key] ?? (0, 0)
                sums[key] = (previous.0 + result.integer(row, "vacancies"), previous.1 + result.integer(row, "openings"))
            }
            let keys = id == "salary-ranges" ? salaryBands.map(band).filter { sums[$0] != nil } : sums.keys.sorted()
            let draft = FigureDraft(
                figure: context.figure(
                    name, id, title: title, method: id == "salary-ranges" ? method.appending(bandMethod) : method,
                    scope: .vacancies, columns: [column, countColumn, openingsColumn],
                    rows: keys.map { [.text($0), .integer(sums[$0]!.0), .integer(sums[$0]!.1)] }))
            drafts.append(draft)
        }
        drafts.append(try closedShare(context, filters: filters))
        return drafts
    }

    /// One row: all vacancies, the closed ones and their share; the open ones are published by the overview.
    private static func closedShare(_ context: FigureContext, filters: [Filter]) throws(AnalyticsError) -> FigureDraft {
        let closed = Filter(column: "closes_on", op: .lt, value: .string(context.asOf.description))
        let result = try context.run(
            Query(
                dataset: DatasetSchema.vacancies.name, filters: filters,
                measures: [Measure(fn: .count, as: "vacancies"), Measure(fn: .rate, where: closed, as: "share")]),
            for: "vacancies/closed-share")
        let vacancies = result.integer(0, "vacancies")
        let share = result.double(0, "share")
        let closedCount = Int64(((share ?? 0) * Double(vacancies)).rounded())
        var draft = FigureDraft(
            figure: context.figure(
                name, "closed-share", title: BilingualText(ms: "Bahagian kekosongan ditutup", en: "Share of vacancies closed"),
                method: method.appending(closedMethod), scope: .vacancies,
                columns: [
                    countColumn, Columns.measure("closed", "Ditutup", "Closed", unit: .count),
                    Columns.measure("closed_share", "Bahagian ditutup", "Share closed", unit: .rate, basis: "vacancies"),
                ],
                rows: [[.integer(vacancies), .integer(closedCount), vacancies > 0 ? share.map(FigureCell.number) ?? .null : .null]]))
        draft.dependencies["closed_share"] = ["closed"]
        draft.numerators["closed_share"] = "closed"
        return draft
    }

    static let countColumn = Columns.measure("vacancies", "Kekosongan", "Vacancies", unit: .count)
    static let openingsColumn = Columns.measure("openings", "Jawatan ditawarkan", "Openings", unit: .count)

    /// The band of a minimum salary: "1500-1999", or "5000+" for the top band.
    static func band(_ salary: Double) -> String {
        let index = salaryBands.lastIndex { $0 <= salary } ?? 0
        let lower = Int(salaryBands[index])
        guard index + 1 < salaryBands.count else { return "\(lower)+" }
        return "\(lower)-\(Int(salaryBands[index + 1]) - 1)"
    }

    static let bandMethod = BilingualText(
        ms: "Julat mengikut gaji minimum yang diiklankan (RM sebulan).",
        en: "Ranges of the advertised minimum salary (RM a month).")
    static let closedMethod = BilingualText(
        ms: "Kekosongan ditutup ialah yang tarikh tutupnya sebelum hari ini.",
        en: "A vacancy is closed when its closing date is before today.")
}
