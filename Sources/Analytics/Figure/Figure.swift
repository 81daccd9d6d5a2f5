import TVET

/// One published table of a dashboard: what it shows, how it was computed, and its cells after disclosure control.
///
/// The same value feeds the JSON API, the CSV download and the rendered reports, so that all three agree.
public struct Figure: Sendable, Equatable {
    /// The figure's name within its dashboard, such as `by-state`.
    public var id: String
    /// The dashboard (or `diagnostics`, `forecasts`) the figure belongs to.
    public var dashboard: String
    public var title: BilingualText
    /// How the figure is computed and what to keep in mind when reading it, shown next to the figure.
    public var method: BilingualText
    public var columns: [FigureColumn]
    public var rows: [FigureRow]
    /// True when at least one cell was withheld by disclosure control.
    public var suppressed: Bool
    /// The small-cell threshold applied, or nil when the figure was computed for a caller cleared for the data.
    public var threshold: Int?
    /// The catalog version the figure was computed from.
    public var dataVersion: UInt64

    public init(
        id: String, dashboard: String, title: BilingualText, method: BilingualText, columns: [FigureColumn],
        rows: [FigureRow], suppressed: Bool, threshold: Int?, dataVersion: UInt64
    ) {
        self.id = id
        self.dashboard = dashboard
        self.title = title
        self.method = method
        self.columns = columns
        self.rows = rows
        self.suppressed = suppressed
        self.threshold = threshold
        self.dataVersion = dataVersion
    }

    /// The name other figures, reports and links use: `<dashboard>/<id>`.
    public var reference: String { dashboard + "/" + id }

    /// The position of the column called `name`, if the figure has one.
    public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// Every row's cell in the column called `name` (empty when there is no such column).
    public func cells(_ name: String) -> [FigureCell] {
        guard let index = columnIndex(name) else { return [] }
        return rows.map { $0.cells[index] }
    }
}
