import Columnar
import TVET

/// `employability-change`: the change of the employability rate between two graduation years, split by shift-share
/// into mix and rate effects per group, with a last row for the nation (the sums).
enum EmployabilityChange {
    static let id = "employability-change"

    static let columns: [FigureColumn] = [
        Columns.group,
        Columns.measure("graduates_from", "Graduan (tahun asal)", "Graduates (from year)", unit: .count),
        Columns.measure("graduates_to", "Graduan (tahun akhir)", "Graduates (to year)", unit: .count),
        Columns.measure("rate_from", "Kadar (tahun asal)", "Rate (from year)", unit: .rate, basis: "graduates_from"),
        Columns.measure("rate_to", "Kadar (tahun akhir)", "Rate (to year)", unit: .rate, basis: "graduates_to"),
        Columns.measure("mix_effect", "Kesan campuran", "Mix effect", unit: .rate),
        Columns.measure("rate_effect", "Kesan kadar", "Rate effect", unit: .rate),
        Columns.measure("total_effect", "Jumlah kesan", "Total effect", unit: .rate),
    ]

    /// The key of the national row in the `group` column.
    static let nationalKey = "TOTAL"

    static func draft(_ parameters: DiagnosticParameters, context: FigureContext) throws(AnalyticsError) -> FigureDraft {
        let (from, to) = try years(parameters, context: context)
        let base = DatasetScope.graduates.engineFilters(context.filters, includeYear: false)
        let yearFilter = { (year: Int) in Filter(column: "graduation_year", op: .eq, value: .int(Int64(year))) }
        let before = try GraduateMeasures.groups(
            context, filters: base + [yearFilter(from)], groupBy: parameters.groupPath, figure: id, salary: false)
        let after = try GraduateMeasures.groups(
            context, filters: base + [yearFilter(to)], groupBy: parameters.groupPath, figure: id, salary: false)
        var groups: [String: ShiftShare.Group] = [:]
        for group in before {
            let key = group.key == .null ? "" : group.key.description
            groups[key] = ShiftShare.Group(key: key, countFrom: group.graduates, countTo: 0, rateFrom: group.employabilityRate, rateTo: nil)
        }
        for group in after {
            let key = group.key == .null ? "" : group.key.description
            var entry = groups[key] ?? ShiftShare.Group(key: key, countFrom: 0, countTo: 0, rateFrom: nil, rateTo: nil)
            entry.countTo = group.graduates
            entry.rateTo = group.employabilityRate
            groups[key] = entry
        }
        let ordered = groups.keys.sorted().map { groups[$0]! }
        let shiftShare = ShiftShare(groups: ordered)
        var rows: [[FigureCell]] = zip(ordered, shiftShare.effects).map { group, effect in
            [
                .text(group.key), .integer(group.countFrom), .integer(group.countTo), cell(group.rateFrom),
                cell(group.rateTo), .number(effect.mix), .number(effect.rate), .number(effect.total),
            ]
        }
        let mix = shiftShare.effects.reduce(0) { $0 + $1.mix }
        let rate = shiftShare.effects.reduce(0) { $0 + $1.rate }
        rows.append([
            .text(nationalKey), .integer(ordered.reduce(0) { $0 + $1.countFrom }), .integer(ordered.reduce(0) { $0 + $1.countTo }),
            .number(shiftShare.rateFrom), .number(shiftShare.rateTo), .number(mix), .number(rate), .number(mix + rate),
        ])
        var columns = columns
        columns[0].label = Diagnostics.dimensionLabel(parameters.groupBy)
        var draft = FigureDraft(
            figure: context.figure(
                Diagnostics.dashboard, id,
                title: BilingualText(
                    ms: "Perubahan kadar kebolehpasaran \(from)–\(to)", en: "Change in the employability rate \(from)–\(to)"),
                method: method(from: from, to: to, group: parameters.groupBy), scope: .graduates, columns: columns, rows: rows),
            sensitiveCounts: ["graduates_from", "graduates_to"])
        let effects = ["mix_effect", "rate_effect", "total_effect"]
        for effect in effects { draft.dependencies[effect] = ["graduates_from", "graduates_to", "rate_from", "rate_to"] }
        draft.mirrors = mirrors(parameters, context: context, from: from, to: to, keys: ordered.map(\.key))
        return draft
    }

    /// The graduates dashboards of each year show the same counts and rates: what they withhold is withheld here.
    private static func mirrors(
        _ parameters: DiagnosticParameters, context: FigureContext, from: Int, to: Int, keys: [String]
    ) -> [FigureMirror] {
        [(from, "graduates_from", "rate_from"), (to, "graduates_to", "rate_to")].flatMap { year, count, rate in
            var filters = context.filters
            filters.year = year
            let columns = [(count, "graduates"), (rate, "employability_rate")]
            return [
                FigureMirror(
                    filters: filters, reference: parameters.breakdownReference,
                    rows: keys.enumerated().map { ($0, $1) }, columns: columns),
                FigureMirror(filters: filters, reference: "graduates/summary", rows: [(keys.count, nil)], columns: columns),
            ]
        }
    }

    /// The years compared: the parameters', else the two latest graduation years in the data.
    private static func years(_ parameters: DiagnosticParameters, context: FigureContext) throws(AnalyticsError) -> (Int, Int) {
        let available = try Diagnostics.years(context)
        guard let latest = available.last else {
            throw AnalyticsError.insufficientData(figure: Diagnostics.dashboard + "/" + id, reason: "no graduates")
        }
        let to = parameters.to ?? latest
        let from = parameters.from ?? (to - 1)
        guard from < to else { throw AnalyticsError.badParameter(name: "from", reason: "must be before 'to'") }
        return (from, to)
    }

    private static func cell(_ value: Double?) -> FigureCell { value.map(FigureCell.number) ?? .null }

    static func method(from: Int, to: Int, group: String) -> BilingualText {
        BilingualText(
            ms: "Perubahan kadar kebolehpasaran nasional antara graduan tahun \(from) dan \(to), dipecahkan mengikut "
                + "\(group) secara analisis anjakan-bahagian: kesan campuran = (bahagian \(to) − bahagian \(from)) × "
                + "kadar \(from); kesan kadar = bahagian \(to) × (kadar \(to) − kadar \(from)). Jumlah kesan semua "
                + "kumpulan sama dengan perubahan yang diperhatikan (baris TOTAL). Kumpulan yang tiada pada tahun asal "
                + "mengambil kadar tahun akhir sebagai kadar asal. Penapis tahun tidak digunakan; gunakan from dan to.",
            en: "The change of the national employability rate between the graduates of \(from) and \(to), split by "
                + "\(group) with a shift-share analysis: mix effect = (share in \(to) − share in \(from)) × rate in "
                + "\(from); rate effect = share in \(to) × (rate in \(to) − rate in \(from)). The effects of all groups add "
                + "up to the observed change (row TOTAL). A group absent in the first year takes its later rate as its "
                + "earlier one. The year filter is not used; use from and to.")
    }
}
