import TVET
import Testing

@testable import Analytics

@Suite struct DiagnosticsTests {
    @Test func wilsonIntervalMatchesKnownValues() {
        let interval = WilsonInterval(successes: 81, trials: 263)
        #expect(abs(interval.low - 0.2553) < 5e-5)
        #expect(abs(interval.high - 0.3662) < 5e-5)
        let none = WilsonInterval(successes: 0, trials: 10)
        #expect(none.low == 0)
        #expect(abs(none.high - 0.2775) < 5e-5)
        let all = WilsonInterval(successes: 10, trials: 10)
        #expect(abs(all.low - 0.7225) < 5e-5)
        #expect(all.high == 1)
        #expect(all.contains(0.9) && !all.contains(0.5))
    }

    @Test func shiftShareEffectsAddUpToTheChange() {
        let groups = [
            ShiftShare.Group(key: "A", countFrom: 100, countTo: 150, rateFrom: 0.9, rateTo: 0.8),
            ShiftShare.Group(key: "B", countFrom: 300, countTo: 200, rateFrom: 0.6, rateTo: 0.7),
            ShiftShare.Group(key: "C", countFrom: 0, countTo: 50, rateFrom: nil, rateTo: 0.5),
            ShiftShare.Group(key: "D", countFrom: 40, countTo: 0, rateFrom: 0.25, rateTo: nil),
        ]
        let shiftShare = ShiftShare(groups: groups)
        let from = (100 * 0.9 + 300 * 0.6 + 40 * 0.25) / 440
        let to = (150 * 0.8 + 200 * 0.7 + 50 * 0.5) / 400
        #expect(abs(shiftShare.rateFrom - from) < 1e-12)
        #expect(abs(shiftShare.rateTo - to) < 1e-12)
        let total = shiftShare.effects.reduce(0) { $0 + $1.mix + $1.rate }
        #expect(abs(total - (to - from)) < 1e-12)
        // A group's mix effect is its change of share at its earlier rate; its rate effect its later share times the change.
        #expect(abs(shiftShare.effects[0].mix - (150.0 / 400 - 100.0 / 440) * 0.9) < 1e-12)
        #expect(abs(shiftShare.effects[1].rate - 200.0 / 400 * (0.7 - 0.6)) < 1e-12)
        #expect(shiftShare.effects[2].rate == 0)
    }

    @Test(arguments: ["field", "state", "level"])
    func employabilityChangeOnGeneratedData(groupBy: String) throws {
        let fixture = try AnalyticsFixture.load()
        let oracle = GraduateOracle(fixture)
        let filters = DashboardFilters(ministry: "KPT")
        let figure = try fixture.service().diagnostic(
            name: "employability-change", parameters: ["from": "2018", "to": "2024", "group_by": groupBy], filters: filters,
            audience: .cleared)
        #expect(figure.reference == "diagnostics/employability-change")
        let national = try #require(figure.rowsByKey()["TOTAL"])
        var fromFilters = filters
        fromFilters.year = 2018
        var toFilters = filters
        toFilters.year = 2024
        let before = GraduateOracle.figures(oracle.matching(fromFilters))
        let after = GraduateOracle.figures(oracle.matching(toFilters))
        #expect(figure.cell(national, "graduates_from") == .integer(Int64(before.graduates)))
        #expect(figure.cell(national, "graduates_to") == .integer(Int64(after.graduates)))
        #expect(close(figure.cell(national, "rate_from"), before.employabilityRate, tolerance: 1e-12))
        #expect(close(figure.cell(national, "rate_to"), after.employabilityRate, tolerance: 1e-12))
        let change = after.employabilityRate! - before.employabilityRate!
        let groupRows = figure.rows.indices.filter { $0 != national }
        let mix = groupRows.reduce(0) { $0 + figure.cell($1, "mix_effect").doubleValue! }
        let rate = groupRows.reduce(0) { $0 + figure.cell($1, "rate_effect").doubleValue! }
        #expect(abs(mix + rate - change) < 1e-12)
        #expect(abs(figure.cell(national, "total_effect").doubleValue! - change) < 1e-12)
        let groupsFrom = oracle.breakdown(groupBy, filters: fromFilters)
        for row in groupRows {
            let key = figure.cell(row, "group").textValue!
            #expect(figure.cell(row, "graduates_from") == .integer(Int64(groupsFrom[key]?.graduates ?? 0)))
            #expect(close(figure.cell(row, "rate_from"), groupsFrom[key]?.employabilityRate))
        }
    }

    @Test(arguments: [("employability", "field"), ("employment", "state")])
    func compareAgainstTheNationalRate(measure: String, groupBy: String) throws {
        let fixture = try AnalyticsFixture.load()
        let oracle = GraduateOracle(fixture)
        let filters = DashboardFilters(year: 2023, level: 2)
        let figure = try fixture.service().diagnostic(
            name: "compare", parameters: ["measure": measure, "group_by": groupBy], filters: filters, audience: .cleared)
        let statuses = measure == "employability" ? GraduateOracle.employable : GraduateOracle.employed
        let national = oracle.matching(DashboardFilters(year: 2023))
        let nationalRate = Double(national.count { statuses.contains($0.status) }) / Double(national.count)
        let groups = Dictionary(grouping: oracle.matching(filters)) { $0.attributes[groupBy]! }
        #expect(Set(figure.rowsByKey().keys) == Set(groups.keys))
        var significant = 0
        for (key, row) in figure.rowsByKey() {
            let group = groups[key]!
            let successes = group.count { statuses.contains($0.status) }
            let interval = WilsonInterval(successes: Int64(successes), trials: Int64(group.count))
            #expect(figure.cell(row, "graduates") == .integer(Int64(group.count)))
            #expect(close(figure.cell(row, "rate"), Double(successes) / Double(group.count)))
            #expect(close(figure.cell(row, "ci_low"), interval.low))
            #expect(close(figure.cell(row, "ci_high"), interval.high))
            #expect(close(figure.cell(row, "national_rate"), nationalRate))
            let outside = nationalRate < interval.low || nationalRate > interval.high
            #expect(figure.cell(row, "significant") == .text(outside ? "true" : "false"))
            if outside { significant += 1 }
        }
        #expect(figure.rows.count > 1)
    }

    @Test func parametersAreCheckedAndNamed() {
        #expect(throws: AnalyticsError.badParameter(name: "from", reason: "expected a year from 2000 to 2100")) {
            try DiagnosticParameters(query: ["from": "last year"])
        }
        #expect(throws: AnalyticsError.badParameter(name: "from", reason: "must be before 'to'")) {
            try DiagnosticParameters(query: ["from": "2024", "to": "2020"])
        }
        #expect(throws: AnalyticsError.self) { try DiagnosticParameters(query: ["group_by": "programme_name"]) }
        #expect(throws: AnalyticsError.self) { try DiagnosticParameters(query: ["measure": "happiness"]) }
        do {
            _ = try DiagnosticParameters(query: ["group_by": "nope"])
        } catch {
            #expect(error.description.contains("group_by"))
        }
        let parsed = try? DiagnosticParameters(query: ["from": "2019", "to": "2021", "group_by": "gender", "measure": "employment"])
        #expect(parsed == DiagnosticParameters(from: 2019, to: 2021, groupBy: "gender", measure: .employment))
    }
}
