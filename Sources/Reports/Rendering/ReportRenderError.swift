/// Why a report could not be rendered.
public enum ReportRenderError: Error, Equatable, CustomStringConvertible {
    /// The report needs a filter the caller did not give (`institution-profile` without `institution_id`).
    case missingFilter(report: String, filter: String)
    /// The figure source could not give a figure.
    case figureUnavailable(reference: String, scope: FigureRequest.Scope, reason: String)
    /// The figure does not have what the section's chart draws (a measure column, `state` for a tile map...).
    case sectionDoesNotSuitFigure(reference: String, chart: ChartKind, reason: String)

    public var description: String {
        switch self {
        case .missingFilter(let report, let filter):
            "report \(report) needs the filter \(filter)"
        case .figureUnavailable(let reference, let scope, let reason):
            "figure \(reference) (\(scope.rawValue)) is unavailable: \(reason)"
        case .sectionDoesNotSuitFigure(let reference, let chart, let reason):
            "a \(chart.rawValue) chart cannot draw figure \(reference): \(reason)"
        }
    }
}
