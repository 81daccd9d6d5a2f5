import Columnar
import Foundation
import Synchronization
import TVET
import Testing

@testable import Analytics

@Suite struct DashboardServiceTests {
    /// Every "unknown" error lists every name there is: all eight dashboards, the diagnostics, the dashboard's figures.
    @Test func unknownNamesAreNamed() throws {
        let service = try AnalyticsFixture.load().service()
        let dashboards = DashboardService.dashboardNames + ["forecasts"]
        #expect(throws: AnalyticsError.unknownName(kind: "dashboard", name: "weather", known: dashboards)) {
            try service.dashboard(name: "weather", filters: DashboardFilters(), audience: .cleared)
        }
        #expect(throws: AnalyticsError.unknownName(kind: "dashboard", name: "weather", known: dashboards)) {
            try service.figure(reference: "weather/by-state", filters: DashboardFilters(), audience: .cleared)
        }
        #expect(throws: AnalyticsError.unknownName(kind: "diagnostic", name: "horoscope", known: DashboardService.diagnosticNames)) {
            try service.diagnostic(name: "horoscope", parameters: [:], filters: DashboardFilters(), audience: .cleared)
        }
        let graduates = try service.dashboard(name: "graduates", filters: DashboardFilters(), audience: .cleared)
        #expect(
            throws: AnalyticsError.unknownName(
                kind: "figure", name: "graduates/by-planet", known: graduates.figures.map(\.reference))
        ) {
            try service.figure(reference: "graduates/by-planet", filters: DashboardFilters(), audience: .cleared)
        }
        let forecasts = try service.forecasts(filters: DashboardFilters(), audience: .cleared)
        #expect(
            throws: AnalyticsError.unknownName(kind: "figure", name: "forecasts/tea-leaves", known: forecasts.figures.map(\.reference))
        ) {
            try service.figure(reference: "forecasts/tea-leaves", filters: DashboardFilters(), audience: .cleared)
        }
        let error = AnalyticsError.unknownName(kind: "dashboard", name: "weather", known: ["overview"])
        #expect(error.description.contains("'weather'") && error.isCallerError)
    }

    @Test func everyRequiredFigureExists() throws {
        let service = try AnalyticsFixture.load().service()
        let required = [
            "overview": ["totals", "employability-trend"],
            "graduates": ["summary", "by-state", "by-field", "by-level", "by-ministry", "by-institution-type", "by-gender", "by-year"],
            "certificates": ["by-type", "by-level", "by-field", "by-year"],
            "instructors": ["by-qualification-level", "students-per-instructor"],
            "applications": ["by-field", "by-programme"],
            "vacancies": ["by-state", "by-field", "by-masco-major-group", "salary-ranges", "closed-share"],
            "supply-demand": ["by-field", "by-state"],
        ]
        for (name, ids) in required {
            let dashboard = try service.dashboard(name: name, filters: DashboardFilters(), audience: .standardPublic)
            #expect(dashboard.figures.map(\.id) == ids)
            for figure in dashboard.figures {
                #expect(figure.dashboard == name && !figure.method.en.isEmpty && !figure.method.ms.isEmpty)
                #expect(figure.rows.allSatisfy { $0.cells.count == figure.columns.count })
                #expect(figure.columns.allSatisfy { $0.basis.map { basis in figure.columnIndex(basis) != nil } ?? true })
                let viaReference = try service.figure(reference: figure.reference, filters: DashboardFilters(), audience: .standardPublic)
                #expect(viaReference == figure)
            }
        }
        let forecasts = try service.forecasts(filters: DashboardFilters(), audience: .standardPublic)
        #expect(forecasts.figures.map(\.reference) == ["forecasts/supply-demand", "forecasts/intake-recommendations"])
    }

    @Test func resultsAreCachedPerVersionAndRecomputedWhenDataChanges() throws {
        let fixture = try AnalyticsFixture.load()
        let store = CatalogStore(fixture.store.snapshot)
        let reads = Counter()
        let asOf = fixture.asOf
        let service = DashboardService(
            catalog: {
                reads.increment()
                return store.snapshot
            }, cellKeySecret: AnalyticsFixture.cellKeySecret, asOf: { asOf })
        let filters = DashboardFilters(field: "WELDING")
        let first = try service.dashboard(name: "vacancies", filters: filters, audience: .standardPublic)
        #expect(service.dashboardCacheHits == 0)
        let again = try service.dashboard(name: "vacancies", filters: filters, audience: .standardPublic)
        #expect(service.dashboardCacheHits == 1, "the same question of the same data is answered from the cache")
        #expect(again == first)
        let version = first.dataVersion
        // Removing the vacancies of one state publishes a new version: the figures must follow.
        let vacancies = try #require(store.snapshot.table("vacancies"))
        let keep = (0..<vacancies.rowCount).filter { vacancies.value(row: $0, column: "state") != .string("Johor") }
        try store.update { try $0.replacing(vacancies.gathering(rows: keep.map(Int32.init))) }
        let changed = try service.dashboard(name: "vacancies", filters: filters, audience: .standardPublic)
        #expect(changed.dataVersion == version + 1)
        #expect(changed.figure("by-state")?.rowsByKey()["Johor"] == nil)
        #expect(first.figure("by-state")?.rowsByKey()["Johor"] != nil)
        #expect(reads.value == 3)
    }

    @Test func cacheIsBoundedAndForgetsOlderVersions() {
        let cache = FigureCache<Int>(capacity: 2)
        let key = { (version: UInt64, name: String) in
            FigureCache<Int>.Key(version: version, name: name, filters: DashboardFilters(), audience: .cleared)
        }
        cache.store(1, for: key(1, "a"))
        cache.store(2, for: key(1, "b"))
        #expect(cache.value(key(1, "a")) == 1)
        cache.store(3, for: key(1, "c"))
        #expect(cache.count == 2)
        #expect(cache.value(key(1, "b")) == nil)
        #expect(cache.value(key(1, "a")) == 1 && cache.value(key(1, "c")) == 3)
        cache.store(4, for: key(2, "a"))
        #expect(cache.count == 1 && cache.value(key(1, "c")) == nil)
        cache.store(5, for: key(1, "z"))
        #expect(cache.value(key(1, "z")) == nil)
    }
}

/// Counts calls from a `@Sendable` closure.
final class Counter: Sendable {
    private let count = Mutex(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
