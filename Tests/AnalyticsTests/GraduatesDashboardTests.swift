import TVET
import Testing

@testable import Analytics

/// Every figure of the graduates dashboard (and the overview's trend) against the row-by-row oracle.
@Suite struct GraduatesDashboardTests {
    static let dimensions = [
        ("by-state", "state"), ("by-field", "field"), ("by-level", "level"), ("by-ministry", "ministry"),
        ("by-institution-type", "institution_type"), ("by-gender", "gender"), ("by-year", "year"),
    ]

    static let filterSets: [DashboardFilters] = [
        DashboardFilters(), DashboardFilters(state: "Selangor"), DashboardFilters(year: 2022, field: "ELECTRICAL"),
        DashboardFilters(level: 4, ministry: "KPT"), DashboardFilters(institutionType: "ILP"),
    ]

    @Test(arguments: filterSets)
    func figuresMatchTheOracle(filters: DashboardFilters) throws {
        let fixture = try AnalyticsFixture.load()
        let oracle = GraduateOracle(fixture)
        let dashboard = try fixture.service().dashboard(name: "graduates", filters: filters, audience: .cleared)
        #expect(dashboard.figures.map(\.id) == ["summary"] + Self.dimensions.map(\.0))
        let summary = try #require(dashboard.figure("summary"))
        let national = GraduateOracle.figures(oracle.matching(filters))
        #expect(national.graduates > 0)
        check(summary, row: 0, national)
        for (id, dimension) in Self.dimensions {
            let figure = try #require(dashboard.figure(id))
            #expect(figure.columns.map(\.name) == [dimension, "graduates", "employability_rate", "employment_rate", "median_salary"])
            let expected = oracle.breakdown(dimension, filters: filters)
            let rows = figure.rowsByKey()
            #expect(Set(rows.keys) == Set(expected.keys), "\(id)")
            for (key, figures) in expected {
                guard let row = rows[key] else { continue }
                check(figure, row: row, figures)
            }
            #expect(!figure.suppressed && figure.threshold == nil)
        }
    }

    @Test func overviewTrendIsTheGraduatesByYear() throws {
        let fixture = try AnalyticsFixture.load()
        let service = fixture.service()
        let overview = try service.dashboard(name: "overview", filters: DashboardFilters(field: "ICT"), audience: .cleared)
        let graduates = try service.dashboard(name: "graduates", filters: DashboardFilters(field: "ICT"), audience: .cleared)
        let trend = try #require(overview.figure("employability-trend"))
        #expect(trend.columns.map(\.name) == ["year", "graduates", "employability_rate", "employment_rate", "median_salary"])
        #expect(trend.rows == graduates.figure("by-year")?.rows)
        #expect(trend.rows.count == 10)
    }

    private func check(_ figure: Figure, row: Int, _ expected: GraduateOracle.Figures) {
        #expect(figure.cell(row, "graduates") == .integer(Int64(expected.graduates)), "\(figure.reference) row \(row)")
        #expect(close(figure.cell(row, "employability_rate"), expected.employabilityRate), "\(figure.reference) row \(row)")
        #expect(close(figure.cell(row, "employment_rate"), expected.employmentRate), "\(figure.reference) row \(row)")
        #expect(close(figure.cell(row, "median_salary"), expected.medianSalary), "\(figure.reference) row \(row)")
    }
}

extension DashboardFilters: CustomTestStringConvertible {
    public var testDescription: String { query.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&") }
}
