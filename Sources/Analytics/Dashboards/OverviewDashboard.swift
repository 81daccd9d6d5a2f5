import Columnar
import TVET

/// The overview: how many records each data cluster holds, and the national employability trend.
enum OverviewDashboard: DashboardDefinition {
    static let name = "overview"
    static let title = BilingualText(ms: "Gambaran keseluruhan TVET", en: "TVET overview")

    /// A cluster of the issue: its code, dataset scope, and how its records are counted.
    struct Cluster: Sendable {
        let code: String
        let scope: DatasetScope
        let measure: Measure
        let extraFilters: @Sendable (FigureContext) -> [Filter]
    }

    static let clusters: [Cluster] = [
        Cluster(
            code: "institutions", scope: .institutions,
            measure: Measure(fn: .count, as: "count"), extraFilters: { _ in [] }),
        Cluster(
            code: "programmes", scope: .programmes,
            measure: Measure(fn: .count, as: "count"), extraFilters: { _ in [] }),
        Cluster(
            code: "instructors", scope: .instructors,
            measure: Measure(fn: .count, as: "count"), extraFilters: { _ in [] }),
        Cluster(
            code: "applicants", scope: .applications, measure: Measure(fn: .count, as: "count"),
            extraFilters: { _ in [Filter(column: "choice", op: .eq, value: 1)] }),
        Cluster(
            code: "students", scope: .students,
            measure: Measure(fn: .count, as: "count"), extraFilters: { _ in [] }),
        Cluster(
            code: "certificates", scope: .certificates,
            measure: Measure(fn: .count, as: "count"), extraFilters: { _ in [] }),
        Cluster(
            code: "graduates", scope: .graduates,
            measure: Measure(fn: .count, as: "count"), extraFilters: { _ in [] }),
        Cluster(
            code: "employers", scope: .employers,
            measure: Measure(fn: .count, as: "count"), extraFilters: { _ in [] }),
        Cluster(
            code: "open_vacancies", scope: .vacancies, measure: Measure(fn: .count, as: "count"),
            extraFilters: { VacanciesDashboard.openFilters(asOf: $0.asOf) }),
    ]

    /// Every cluster's records, and the trend's graduation years, status and salary.
    static let reads = FigureReads(
        [.applications: ["choice"], .vacancies: ["closes_on"], .graduates: ["graduation_year"]],
        scopes: clusters.map(\.scope)
    ).merging(GraduateMeasures.reads)

    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft] {
        var rows: [[FigureCell]] = []
        for cluster in clusters {
            let query = Query(
                dataset: cluster.scope.dataset,
                filters: cluster.scope.engineFilters(context.filters) + cluster.extraFilters(context),
                measures: [cluster.measure])
            let result = try context.run(query, for: "overview/totals")
            rows.append([.text(cluster.code), .integer(result.integer(0, "count"))])
        }
        let totals = FigureDraft(
            figure: context.figure(
                name, "totals", title: BilingualText(ms: "Jumlah mengikut kelompok data", en: "Totals by data cluster"),
                method: totalsMethod, columns: [Columns.cluster, Columns.count], rows: rows))
        let trend = try GraduateMeasures.groups(
            context, filters: DatasetScope.graduates.engineFilters(context.filters), groupBy: "graduation_year",
            figure: "overview/employability-trend")
        let trendDraft = GraduatesDashboard.draft(
            context, id: "employability-trend",
            title: BilingualText(ms: "Trend kebolehpasaran graduan", en: "Graduate employability trend"),
            dimension: Columns.year, groups: trend, dashboard: name)
        return [totals, trendDraft]
    }

    static let totalsMethod = BilingualText(
        ms: "Bilangan rekod bagi setiap kelompok data selepas penapis: institusi, program, tenaga pengajar, pemohon "
            + "UP_TVET (permohonan pilihan pertama: seorang pemohon bagi setiap ambilan), pelajar berdaftar, sijil, graduan, majikan dan kekosongan yang "
            + "masih dibuka (tarikh tutup pada atau selepas hari ini). Penapis tahun memilih tahun ambilan, tahun tamat, "
            + "tahun sijil dikeluarkan atau tahun iklan mengikut kelompok.",
        en: "The number of records in each data cluster after the filters: institutions, programmes, instructors, UP_TVET "
            + "applicants (first-choice applications: one per applicant and intake), registered students, certificates, graduates, employers and vacancies "
            + "still open (closing today or later). The year filter selects the intake year, graduation year, year of "
            + "issue or year of posting, by cluster.")
}
