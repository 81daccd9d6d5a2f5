import TVET

/// One section of a report: a figure by reference, the chart that draws it, and the words around it.
public struct ReportSection: Sendable, Equatable {
    /// `<dashboard>/<figure-id>`, as in `graduates/by-state`.
    public var figure: String
    public var chart: ChartKind
    /// The measure columns the chart plots (for a table, the columns shown; empty means every column).
    public var measures: [String]
    /// Replaces the figure's own title as the section heading when given.
    public var heading: BilingualText?
    public var text: BilingualText
    /// Whether the national figure is drawn next to the selection's (an institution against the country).
    public var withNational: Bool
    /// For a line chart: a dimension column that splits the figure into one small chart per value.
    public var panelBy: String?

    public init(
        figure: String, chart: ChartKind, measures: [String], heading: BilingualText? = nil, text: BilingualText,
        withNational: Bool = false, panelBy: String? = nil
    ) {
        self.figure = figure
        self.chart = chart
        self.measures = measures
        self.heading = heading
        self.text = text
        self.withNational = withNational
        self.panelBy = panelBy
    }

    /// The dashboard part of the reference (`graduates` in `graduates/by-state`).
    public var dashboard: String { String(figure.split(separator: "/", maxSplits: 1).first ?? "") }

    /// The figure id part of the reference (`by-state` in `graduates/by-state`).
    public var figureID: String { String(figure.split(separator: "/", maxSplits: 1).last ?? "") }
}
