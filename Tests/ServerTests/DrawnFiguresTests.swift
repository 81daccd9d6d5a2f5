import Analytics
import Reports
import Testing

@testable import Server

/// A dashboard page's tables and charts are drawn once per data version, filters, audience and language, and drawn
/// again for a newer version, never served from an older one.
@Suite struct DrawnFiguresTests {
    @Test func drawingsAreKeptPerVersionAndDroppedForANewerOne() throws {
        let fixture = try SharedFixture.get()
        let dashboard = try fixture.services.analytics.dashboard(name: "graduates", filters: DashboardFilters(), audience: .standardPublic)
        let cache = DrawnFigures()
        func key(_ version: UInt64, _ language: ReportLanguage) -> DrawnFigures.Key {
            DrawnFigures.Key(version: version, name: "graduates", filters: DashboardFilters(), audience: .standardPublic, language: language)
        }
        let first = cache.figures(of: dashboard, key: key(dashboard.dataVersion, .ms))
        #expect(first.map(\.id) == dashboard.figures.map(\.id) && first.allSatisfy { $0.table.contains("<table") })
        _ = cache.figures(of: dashboard, key: key(dashboard.dataVersion, .ms))
        #expect(cache.count == 1)
        let english = cache.figures(of: dashboard, key: key(dashboard.dataVersion, .en))
        #expect(cache.count == 2 && english.first?.title != first.first?.title)
        _ = cache.figures(of: dashboard, key: key(dashboard.dataVersion + 1, .ms))
        #expect(cache.count == 1, "a newer data version drops the drawings of older ones")
        _ = cache.figures(of: dashboard, key: key(dashboard.dataVersion, .en))
        #expect(cache.count == 1, "an older version's drawing is not kept once a newer one is seen")
    }
}
