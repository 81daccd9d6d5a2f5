import TVET
import Testing

@testable import Analytics

/// The threshold rule on public figures: the dashboards and diagnostics for small filters withhold every small cell
/// (differencing across answers is attacked in `DifferencingAttackTests`).
@Suite struct DisclosureControlTests {
    static let threshold = 5

    /// Small filters chosen from the data: the smallest state, that state's commonest field, and a narrow slice.
    static func smallFilters(_ oracle: GraduateOracle) -> [DashboardFilters] {
        let byState = Dictionary(grouping: oracle.graduates) { $0.attributes["state"]! }
        let smallest = byState.min { $0.value.count < $1.value.count }!
        let field = Dictionary(grouping: smallest.value) { $0.attributes["field"]! }.max { $0.value.count < $1.value.count }!.key
        return [
            DashboardFilters(state: smallest.key), DashboardFilters(state: smallest.key, field: field),
            DashboardFilters(state: "Johor", field: "ICT"), DashboardFilters(level: 5, ministry: "KPT"),
            DashboardFilters(year: 2020, institutionType: "KOLEJ_VOKASIONAL"), DashboardFilters(),
        ]
    }

    /// The threshold rule on every public dashboard of small filters: no published count under the threshold, no
    /// rate or median over fewer records.
    @Test func smallCellsAreWithheld() throws {
        let fixture = try AnalyticsFixture.load()
        let oracle = GraduateOracle(fixture)
        let service = fixture.service()
        var suppressedCells = 0
        for filters in Self.smallFilters(oracle) {
            let figures = try DashboardService.dashboardNames.flatMap {
                try service.dashboard(name: $0, filters: filters, audience: .public(threshold: Self.threshold)).figures
            }
            suppressedCells += figures.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.cells.count { $0 == .suppressed } } }
            checkThresholdRule(figures, oracle: oracle, filters: filters)
        }
        #expect(suppressedCells > 50, "the small filters must exercise the threshold rule")
    }

    @Test func diagnosticsWithholdSmallGroups() throws {
        let fixture = try AnalyticsFixture.load()
        let service = fixture.service()
        for filters in [DashboardFilters(state: "Perlis"), DashboardFilters(ministry: "KPM")] {
            let change = try service.diagnostic(
                name: "employability-change", parameters: ["from": "2017", "to": "2024", "group_by": "field"],
                filters: filters, audience: .standardPublic)
            for row in change.rows.indices {
                for column in ["graduates_from", "graduates_to"] {
                    if let count = change.cell(row, column).integerValue { #expect(count == 0 || count >= Self.threshold) }
                }
            }
            let compare = try service.diagnostic(
                name: "compare", parameters: ["group_by": "state"], filters: filters, audience: .standardPublic)
            for row in compare.rows.indices where compare.cell(row, "graduates") == .suppressed {
                #expect(compare.cell(row, "rate") == .suppressed && compare.cell(row, "ci_low") == .suppressed)
            }
        }
    }

    /// The diagnostics repeat the graduates breakdowns: a cell withheld there is withheld in them too, or the pair
    /// would give it away.
    @Test func diagnosticsWithholdWhatTheBreakdownsWithhold() throws {
        let fixture = try AnalyticsFixture.load()
        let service = fixture.service()
        var mirrored = 0
        for state in MalaysianState.allCases.map(\.name) {
            let filters = DashboardFilters(year: 2024, state: state)
            let compare = try service.diagnostic(
                name: "compare", parameters: ["group_by": "field"], filters: filters, audience: .standardPublic)
            let byField = try service.dashboard(name: "graduates", filters: filters, audience: .standardPublic).figure("by-field")!
            for (key, row) in byField.rowsByKey() {
                let compareRow = try #require(compare.rowsByKey()[key])
                for (published, mirror) in [("graduates", "graduates"), ("employability_rate", "rate")]
                where byField.cell(row, published) == .suppressed {
                    #expect(compare.cell(compareRow, mirror) == .suppressed, "\(key) \(mirror)")
                    mirrored += 1
                }
            }
        }
        for filters in [DashboardFilters(state: "Perlis"), DashboardFilters(ministry: "KKDW")] {
            let change = try service.diagnostic(
                name: "employability-change", parameters: ["from": "2019", "to": "2025", "group_by": "field"],
                filters: filters, audience: .standardPublic)
            for (year, column) in [(2019, "graduates_from"), (2025, "graduates_to")] {
                var yearFilters = filters
                yearFilters.year = year
                let breakdown = try service.figure(reference: "graduates/by-field", filters: yearFilters, audience: .standardPublic)
                for (key, row) in breakdown.rowsByKey() where breakdown.cell(row, "graduates") == .suppressed {
                    #expect(change.cell(change.rowsByKey()[key]!, column) == .suppressed, "\(key) \(column)")
                    mirrored += 1
                }
            }
        }
        #expect(mirrored > 0)
    }

    @Test func clearedCallersSeeEverything() throws {
        let fixture = try AnalyticsFixture.load()
        let filters = DashboardFilters(state: "Perlis")
        let dashboard = try fixture.service().dashboard(name: "graduates", filters: filters, audience: .cleared)
        #expect(dashboard.figures.allSatisfy { !$0.suppressed && $0.threshold == nil })
        let published = try fixture.service().dashboard(name: "graduates", filters: filters, audience: .standardPublic)
        #expect(published.figures.contains { $0.suppressed })
        #expect(published.figures.allSatisfy { $0.threshold == 5 })
    }

    /// The threshold rule: no published count of records under the threshold, no published rate over a withheld
    /// count, and no median over fewer salaried graduates than the threshold (counted row by row).
    private func checkThresholdRule(_ figures: [Figure], oracle: GraduateOracle, filters: DashboardFilters) {
        let counts: Set<String> = [
            "count", "graduates", "certificates", "instructors", "students", "applications", "offers", "acceptances",
            "seats", "vacancies", "openings", "closed", "supply", "demand",
        ]
        for figure in figures {
            for column in figure.columns where column.role == .measure {
                for row in figure.rows.indices {
                    let cell = figure.cell(row, column.name)
                    if counts.contains(column.name), let value = cell.doubleValue {
                        #expect(value == 0 || value >= Double(Self.threshold), "\(figure.reference) \(column.name) row \(row)")
                    }
                    if let basis = column.basis, cell.doubleValue != nil {
                        #expect(
                            figure.cell(row, basis).doubleValue.map { $0 == 0 || $0 >= Double(Self.threshold) } == true,
                            "\(figure.reference) \(column.name) row \(row) rests on a withheld or small count")
                    }
                }
            }
        }
        for figure in figures where figure.dashboard == "graduates" && figure.id != "summary" {
            let dimension = figure.columns[0].name
            let groups = oracle.breakdown(dimension, filters: filters)
            for (key, row) in figure.rowsByKey() where figure.cell(row, "median_salary").doubleValue != nil {
                #expect(groups[key]!.salaried >= Self.threshold, "\(figure.reference) median of \(key)")
            }
        }
    }
}
