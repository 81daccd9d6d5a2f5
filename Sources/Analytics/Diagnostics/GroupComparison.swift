import Columnar
import TVET

/// `compare`: each group's employability (or employment) rate with a 95% Wilson interval, against the national
/// rate; a group differs significantly when the national rate lies outside its interval.
enum GroupComparison {
    static let id = "compare"

    static func columns(_ parameters: DiagnosticParameters) -> [FigureColumn] {
        var group = Columns.group
        group.label = Diagnostics.dimensionLabel(parameters.groupBy)
        return [
            group, Columns.graduates,
            Columns.measure("rate", "Kadar", "Rate", unit: .rate, basis: "graduates"),
            Columns.measure("ci_low", "Had bawah 95%", "95% lower bound", unit: .rate),
            Columns.measure("ci_high", "Had atas 95%", "95% upper bound", unit: .rate),
            Columns.measure("national_rate", "Kadar nasional", "National rate", unit: .rate),
            Columns.measure("significant", "Berbeza secara signifikan", "Significantly different", unit: .text),
        ]
    }

    static func draft(_ parameters: DiagnosticParameters, context: FigureContext) throws(AnalyticsError) -> FigureDraft {
        let statuses = parameters.measure == .employability ? GraduateMeasures.employable : GraduateMeasures.employed
        let rate = Measure(fn: .rate, where: Filter(column: "status", op: .in, values: statuses), as: "rate")
        let groups = try context.run(
            Query(
                dataset: DatasetSchema.graduates.name, filters: DatasetScope.graduates.engineFilters(context.filters),
                groupBy: [parameters.groupPath], measures: [Measure(fn: .count, as: "n"), rate]), for: id)
        let nationalFilters = DatasetScope.yearOnly(context.filters)
        let national = try context.run(
            Query(dataset: DatasetSchema.graduates.name, filters: nationalFilters, measures: [Measure(fn: .count, as: "n"), rate]), for: id)
        let nationalRate = national.double(0, "rate")
        let rows: [[FigureCell]] = (0..<groups.count).map { row in
            let n = groups.integer(row, "n")
            let share = groups.double(row, "rate") ?? 0
            let interval = WilsonInterval(successes: Int64((share * Double(n)).rounded()), trials: max(1, n))
            let significant = nationalRate.map { !interval.contains($0) }
            return [
                .text(groups.key(row, parameters.groupPath) ?? ""), .integer(n), .number(share), .number(interval.low),
                .number(interval.high), nationalRate.map(FigureCell.number) ?? .null,
                significant.map { .text($0 ? "true" : "false") } ?? .null,
            ]
        }
        var draft = FigureDraft(
            figure: context.figure(
                Diagnostics.dashboard, id,
                title: BilingualText(
                    ms: "Perbandingan kumpulan dengan kadar nasional", en: "Groups compared with the national rate"),
                method: method(parameters), scope: .graduates, columns: columns(parameters), rows: rows),
            sensitiveCounts: ["graduates"])
        let published = parameters.measure == .employability ? "employability_rate" : "employment_rate"
        draft.mirrors = [
            FigureMirror(
                filters: context.filters, reference: parameters.breakdownReference,
                rows: rows.indices.map { ($0, rows[$0][0].textValue ?? "") },
                columns: [("graduates", "graduates"), ("rate", published)])
        ]
        // The interval and the verdict give the rate away, so they are withheld with it.
        for column in ["ci_low", "ci_high", "significant"] { draft.dependencies[column] = ["graduates", "rate"] }
        return draft
    }

    static func method(_ parameters: DiagnosticParameters) -> BilingualText {
        let measure =
            parameters.measure == .employability
            ? BilingualText(ms: "kadar kebolehpasaran", en: "employability rate")
            : BilingualText(ms: "kadar pekerjaan", en: "employment rate")
        return BilingualText(
            ms: "Bagi setiap \(parameters.groupBy), \(measure.ms) dengan selang keyakinan 95% skor Wilson "
                + "(z = 1.959964). Kadar nasional dikira bagi semua graduan dengan penapis tahun sahaja. Perbezaan "
                + "signifikan apabila kadar nasional di luar selang. Kumpulan kecil mempunyai selang yang lebar.",
            en: "For each \(parameters.groupBy), the \(measure.en) with a 95% Wilson score interval (z = 1.959964). The "
                + "national rate is computed over all graduates with only the year filter applied. A difference is "
                + "significant when the national rate lies outside the interval. Small groups have wide intervals.")
    }
}
