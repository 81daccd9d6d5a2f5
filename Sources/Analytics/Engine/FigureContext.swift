import Columnar
import TVET

/// What every figure of one request is computed from: the data snapshot, the filters and the reference date.
struct FigureContext: Sendable {
    let catalog: Catalog
    let filters: DashboardFilters
    /// The day "open" vacancies are judged against (a vacancy closing before it is closed).
    let asOf: CivilDate

    var dataVersion: UInt64 { catalog.version }

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
