import Analytics
import Reports
import Synchronization

/// The tables and SVG charts of a dashboard page's figures, drawn once per data version, filters, audience and
/// language: the figures themselves come from the dashboards' cache, and drawing them again on every request was
/// most of the page's time. Entries of an older data version are dropped when a newer one is seen; at most
/// `capacity` are kept.
final class DrawnFigures: Sendable {
    struct Key: Hashable, Sendable {
        let version: UInt64
        let name: String
        let filters: DashboardFilters
        let audience: Audience
        let language: ReportLanguage
    }

    /// One figure as the page shows it.
    struct Drawn: Sendable {
        let id: String
        let title: String
        let method: String
        let table: String
        let chart: String
    }

    let capacity: Int
    private let entries = Mutex<(version: UInt64, drawn: [Key: [Drawn]])>((0, [:]))

    init(capacity: Int = 256) { self.capacity = capacity }

    /// How many drawings are kept.
    var count: Int { entries.withLock { $0.drawn.count } }

    /// The drawn figures of `dashboard` for `key`, drawing them when they are not kept yet.
    func figures(of dashboard: Dashboard, key: Key) -> [Drawn] {
        if let kept = entries.withLock({ $0.drawn[key] }) { return kept }
        let language = key.language
        let drawn = dashboard.figures.map { figure in
            Drawn(
                id: figure.id, title: language.pick(figure.title), method: language.pick(figure.method),
                table: FigureFragment.table(figure, language: language), chart: FigureFragment.chart(figure, filters: key.filters, language: language))
        }
        entries.withLock { state in
            guard key.version >= state.version else { return }
            if key.version > state.version || state.drawn.count >= capacity { state = (key.version, [:]) }
            state.drawn[key] = drawn
        }
        return drawn
    }
}
