/// How a report section draws its figure.
public enum ChartKind: String, Sendable, CaseIterable, Codable {
    /// Horizontal bars, one per row of the figure, with an optional second series (supply against demand).
    case bar
    /// Years along the x axis, one line per measure, with an interval band where `<measure>_low`/`_high` exist.
    case line
    /// The 16 states as a fixed grid of tiles coloured by one measure.
    case tilemap
    /// The figure as a table only.
    case table
    /// A figure of one row shown as large numbers (national totals, an institution's summary).
    case headline

    /// How many measures the chart can plot: bars take one or two series, a tile map one colour scale.
    var measureCount: ClosedRange<Int> {
        switch self {
        case .bar: 1...2
        case .line: 1...4
        case .tilemap: 1...1
        case .table: 0...64
        case .headline: 1...8
        }
    }
}
