import Columnar
import TVET

/// The graduates dashboard: graduates, employability and employment rates and median salary, broken down seven ways.
enum GraduatesDashboard: DashboardDefinition {
    static let name = "graduates"
    static let title = BilingualText(ms: "Graduan dan kebolehpasaran", en: "Graduates and employability")

    /// A one-way breakdown: figure id, the graduates column grouped by, and the dimension column shown.
    struct Breakdown: Sendable {
        let id: String
        let path: String
        let column: FigureColumn
        let title: BilingualText
    }

    static let breakdowns = [
        Breakdown(
            id: "by-state", path: "programme.institution.state", column: Columns.state,
            title: BilingualText(ms: "Graduan mengikut negeri institusi", en: "Graduates by state of institution")),
        Breakdown(
            id: "by-field", path: "programme.field", column: Columns.field,
            title: BilingualText(ms: "Graduan mengikut bidang", en: "Graduates by field")),
        Breakdown(
            id: "by-level", path: "programme.level", column: Columns.level,
            title: BilingualText(ms: "Graduan mengikut tahap", en: "Graduates by level")),
        Breakdown(
            id: "by-ministry", path: "programme.institution.ministry", column: Columns.ministry,
            title: BilingualText(ms: "Graduan mengikut kementerian", en: "Graduates by ministry")),
        Breakdown(
            id: "by-institution-type", path: "programme.institution.type", column: Columns.institutionType,
            title: BilingualText(ms: "Graduan mengikut jenis institusi", en: "Graduates by institution type")),
        Breakdown(
            id: "by-gender", path: "student.gender", column: Columns.gender,
            title: BilingualText(ms: "Graduan mengikut jantina", en: "Graduates by gender")),
        Breakdown(
            id: "by-year", path: "graduation_year", column: Columns.year,
            title: BilingualText(ms: "Graduan mengikut tahun tamat", en: "Graduates by graduation year")),
    ]

    /// The breakdowns' dimensions beside the measures' status and salary.
    static let reads = FigureReads([.graduates: breakdowns.map(\.path)], scopes: [.graduates])
        .merging(GraduateMeasures.reads)

    static let method = BilingualText(
        ms: "Graduan dikira daripada kajian pengesanan graduan. Kadar kebolehpasaran ialah bahagian graduan berstatus "
            + "EMPLOYED, SELF_EMPLOYED, FURTHER_STUDY, UPSKILLING atau AWAITING_PLACEMENT; kadar pekerjaan ialah bahagian "
            + "EMPLOYED atau SELF_EMPLOYED; gaji penengah ialah penengah gaji bulanan graduan yang bekerja dan mempunyai gaji.",
        en: "Graduates are counted from the tracer study. The employability rate is the share of graduates whose status "
            + "is EMPLOYED, SELF_EMPLOYED, FURTHER_STUDY, UPSKILLING or AWAITING_PLACEMENT; the employment rate the share "
            + "EMPLOYED or SELF_EMPLOYED; the median salary the median monthly salary of employed graduates with a salary.")

    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft] {
        let filters = DatasetScope.graduates.engineFilters(context.filters)
        var drafts: [FigureDraft] = []
        let national = try GraduateMeasures.groups(context, filters: filters, groupBy: nil, figure: "graduates/summary")
        var summary = FigureDraft(
            figure: context.figure(
                name, "summary", title: BilingualText(ms: "Ringkasan graduan", en: "Graduate summary"), method: method,
                scope: .graduates, columns: GraduateMeasures.columns, rows: national.map(GraduateMeasures.cells)))
        summary.support["median_salary"] = national.map(\.salaried)
        drafts.append(summary)
        for breakdown in breakdowns {
            let groups = try GraduateMeasures.groups(
                context, filters: filters, groupBy: breakdown.path, figure: "graduates/" + breakdown.id)
            drafts.append(
                draft(context, id: breakdown.id, title: breakdown.title, dimension: breakdown.column, groups: groups))
        }
        return drafts
    }

    /// A breakdown draft: a row per group, its median withheld where it rests on few salaried graduates.
    static func draft(
        _ context: FigureContext, id: String, title: BilingualText, dimension: FigureColumn,
        groups: [GraduateMeasures.Group], dashboard: String = name
    ) -> FigureDraft {
        let rows = groups.map { [FigureCell(key: $0.key)] + GraduateMeasures.cells($0) }
        var draft = FigureDraft(
            figure: context.figure(
                dashboard, id, title: title, method: method, scope: .graduates,
                columns: [dimension] + GraduateMeasures.columns, rows: rows))
        draft.support["median_salary"] = groups.map(\.salaried)
        return draft
    }
}
