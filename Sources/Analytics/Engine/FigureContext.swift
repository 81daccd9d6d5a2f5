import Columnar
import TVET

/// What every figure of one request is computed from: the data snapshot, the filters and the reference date, and
/// the columns the dashboard being computed has declared that it reads.
///
/// The snapshot is reachable only through `run`, which refuses a query that reads anything undeclared, so the
/// clearance decision made on a dashboard's `FigureReads` covers every column its figures use.
struct FigureContext: Sendable {
    private let catalog: Catalog
    let filters: DashboardFilters
    /// The day "open" vacancies are judged against (a vacancy closing before it is closed).
    let asOf: CivilDate
    let reads: FigureReads
    /// Set for public figures: every count, sum and rate comes perturbed by the cell-key method.
    private let perturbation: CellKeyPerturbation?

    init(
        catalog: Catalog, filters: DashboardFilters, asOf: CivilDate, reads: FigureReads,
        perturbation: CellKeyPerturbation? = nil
    ) {
        self.catalog = catalog
        self.filters = filters
        self.asOf = asOf
        self.reads = reads
        self.perturbation = perturbation
    }

    var dataVersion: UInt64 { catalog.version }

    /// The same request for another dashboard, with that dashboard's declared reads.
    func reading(_ reads: FigureReads) -> FigureContext {
        FigureContext(catalog: catalog, filters: filters, asOf: asOf, reads: reads, perturbation: perturbation)
    }

    /// Runs a query for `figure`; a column the dashboard has not declared, or an engine failure, is an analytics
    /// error naming the figure.
    ///
    /// With `fold`, groups the engine cannot form are formed from its finer ones (`GroupFolding`): counts and sums of
    /// the groups folded together are added (before any perturbation, so a folded group is one cell).
    func run(_ query: Query, for figure: String, folding fold: (([Value]) -> [Value])? = nil) throws(AnalyticsError)
        -> GroupedResult
    {
        if let undeclared = reads.undeclared(in: query) {
            throw AnalyticsError.engine(figure: figure, reason: "it reads \(undeclared), which its dashboard does not declare")
        }
        do {
            if let perturbation { return GroupedResult(try perturbation.execute(query, folding: fold)) }
            let result = try catalog.execute(query)
            return GroupedResult(fold.map { GroupFolding.fold(result, width: query.groupBy.count, by: $0) } ?? result)
        } catch {
            throw AnalyticsError.engine(figure: figure, reason: error.description)
        }
    }

    /// An unsuppressed figure of `dashboard`; the method text gains a note on filters the dataset ignores.
    func figure(
        _ dashboard: String, _ id: String, title: BilingualText, method: BilingualText, scope: DatasetScope? = nil,
        columns: [FigureColumn], rows: [[FigureCell]]
    ) -> Figure {
        Figure(
            id: id, dashboard: dashboard, title: title, method: method.noting(ignored: scope?.ignoredParameters(filters) ?? []),
            columns: columns, rows: rows.map(FigureRow.init(cells:)), suppressed: false, threshold: nil,
            dataVersion: dataVersion)
    }
}

extension BilingualText {
    /// Joins two texts sentence by sentence in each language.
    func appending(_ other: BilingualText) -> BilingualText {
        BilingualText(ms: ms + " " + other.ms, en: en + " " + other.en)
    }

    /// Adds a note naming the filters that do not apply to the figure's data.
    func noting(ignored parameters: [String]) -> BilingualText {
        guard !parameters.isEmpty else { return self }
        let list = parameters.joined(separator: ", ")
        return appending(
            BilingualText(
                ms: "Penapis yang tidak berkaitan dengan data ini diabaikan: \(list).",
                en: "Filters that do not apply to this data are ignored: \(list)."))
    }
}
