import TVET
import Testing

@testable import Analytics

/// Disclosure control attacked: the public dashboards for small filters must withhold every small cell, and no
/// withheld cell may be worked out from what is published (in the same dashboard or across the dashboards of the
/// same filters).
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

    @Test func noWithheldCellCanBeRecovered() throws {
        let fixture = try AnalyticsFixture.load()
        let oracle = GraduateOracle(fixture)
        let service = fixture.service()
        let programmeField = fixture.byId("programmes", key: "programme_id").mapValues { $0["field"]! }
        var suppressedCells = 0
        for filters in Self.smallFilters(oracle) {
            let figures = try DashboardService.dashboardNames.flatMap {
                try service.dashboard(name: $0, filters: filters, audience: .public(threshold: Self.threshold)).figures
            }
            suppressedCells += figures.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.cells.count { $0 == .suppressed } } }
            checkPrimary(figures, oracle: oracle, filters: filters)
            var attack = RecoveryAttack(figures)
            Self.writeRelations(
                &attack, programmeField: programmeField,
                supplyYear: filters.year ?? fixture.options.graduationYears.upperBound)
            let recovered = attack.recovered()
            #expect(recovered.isEmpty, "\(filters.testDescription): \(recovered.prefix(5))")
        }
        #expect(suppressedCells > 50, "the small filters must exercise suppression")
    }

    @Test func diagnosticsWithholdSmallGroupsWithoutGivingThemAway() throws {
        let fixture = try AnalyticsFixture.load()
        let service = fixture.service()
        for filters in [DashboardFilters(state: "Perlis"), DashboardFilters(ministry: "KPM")] {
            let change = try service.diagnostic(
                name: "employability-change", parameters: ["from": "2017", "to": "2024", "group_by": "field"],
                filters: filters, audience: .standardPublic)
            let national = change.rows.count - 1
            var attack = RecoveryAttack([change])
            let ref = change.reference
            for column in ["graduates_from", "graduates_to"] {
                let rate = column == "graduates_from" ? "rate_from" : "rate_to"
                attack.sum(
                    ref, column, rows: Array(0..<national), to: .cell(figure: ref, row: national, column: column),
                    rates: [rate], rateTotal: { .numerator(figure: ref, row: national, rate: $0, count: column) })
            }
            for column in ["mix_effect", "rate_effect", "total_effect"] {
                attack.sum(ref, column, rows: Array(0..<national), to: .cell(figure: ref, row: national, column: column))
            }
            #expect(attack.recovered().isEmpty, "\(filters.testDescription)")
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

    /// Primary suppression: no published count of records under the threshold, no published rate or median over
    /// fewer records.
    private func checkPrimary(_ figures: [Figure], oracle: GraduateOracle, filters: DashboardFilters) {
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

    /// Every additive relation between the published dashboards that a reader can derive from the definitions.
    static func writeRelations(_ attack: inout RecoveryAttack, programmeField: [String: String], supplyYear: Int) {
        let graduates = RecoveryAttack.Term.cell(figure: "graduates/summary", row: 0, column: "graduates")
        let rates = ["employability_rate", "employment_rate"]
        let nationalRate = { (rate: String) in
            RecoveryAttack.Term.numerator(figure: "graduates/summary", row: 0, rate: rate, count: "graduates")
        }
        for id in GraduatesDashboard.breakdowns.map(\.id) {
            attack.sum("graduates/" + id, "graduates", to: graduates, minimum: 1, rates: rates, rateTotal: nationalRate)
        }
        attack.sum("overview/employability-trend", "graduates", to: graduates, minimum: 1, rates: rates, rateTotal: nationalRate)
        let totals = attack.figures["overview/totals"]!
        let cluster = { (name: String) in
            RecoveryAttack.Term.cell(figure: "overview/totals", row: totals.rowsByKey()[name]!, column: "count")
        }
        attack.relations.append(.init(parts: [cluster("graduates")], total: graduates))
        nestTypes(&attack, rates: rates)
        for id in ["by-type", "by-level", "by-field", "by-year"] {
            attack.sum("certificates/" + id, "certificates", to: cluster("certificates"), minimum: 1)
        }
        attack.sum(
            "instructors/by-qualification-level", "instructors", to: cluster("instructors"), minimum: 1,
            rates: ["vto_certified_share"])
        attack.sum("instructors/students-per-instructor", "instructors", to: cluster("instructors"))
        attack.sum("instructors/students-per-instructor", "students", to: .hiddenTotal("active students"))
        let vacancies = RecoveryAttack.Term.cell(figure: "vacancies/closed-share", row: 0, column: "vacancies")
        for id in ["by-state", "by-field", "by-masco-major-group", "salary-ranges"] {
            attack.sum("vacancies/" + id, "vacancies", to: vacancies, minimum: 1)
            attack.sum("vacancies/" + id, "openings", to: .hiddenTotal("openings"), minimum: 1)
        }
        attack.relations.append(
            .init(
                parts: [cluster("open_vacancies"), .cell(figure: "vacancies/closed-share", row: 0, column: "closed")],
                total: vacancies))
        attack.relations.append(
            .init(
                parts: [.numerator(figure: "vacancies/closed-share", row: 0, rate: "closed_share", count: "vacancies")],
                total: .cell(figure: "vacancies/closed-share", row: 0, column: "closed")))
        applicationRelations(&attack, programmeField: programmeField)
        supplyDemandRelations(&attack, year: supplyYear)
    }

    private static func nestTypes(_ attack: inout RecoveryAttack, rates: [String]) {
        guard let types = attack.figures["graduates/by-institution-type"],
            let ministries = attack.figures["graduates/by-ministry"]
        else { return }
        for (ministry, row) in ministries.rowsByKey() {
            let rows = types.rowsByKey().filter { InstitutionType(rawValue: $0.key)?.ministry.rawValue == ministry }.map(\.value)
            attack.sum(
                "graduates/by-institution-type", "graduates", rows: rows,
                to: .cell(figure: "graduates/by-ministry", row: row, column: "graduates"), minimum: 1, rates: rates,
                rateTotal: { .numerator(figure: "graduates/by-ministry", row: row, rate: $0, count: "graduates") })
        }
    }

    private static func applicationRelations(_ attack: inout RecoveryAttack, programmeField: [String: String]) {
        let byField = attack.figures["applications/by-field"]!
        let byProgramme = attack.figures["applications/by-programme"]!
        for column in ["applications", "seats", "offers", "acceptances"] {
            attack.sum("applications/by-field", column, to: .hiddenTotal(column))
            attack.sum("applications/by-programme", column, to: .hiddenTotal(column))
            for (field, row) in byField.rowsByKey() {
                let rows = byProgramme.rowsByKey().filter { programmeField[$0.key] == field }.map(\.value)
                attack.sum(
                    "applications/by-programme", column, rows: rows,
                    to: .cell(figure: "applications/by-field", row: row, column: column))
            }
        }
        for figure in ["applications/by-field", "applications/by-programme"] {
            for row in attack.figures[figure]!.rows.indices {
                attack.relations.append(
                    .init(
                        parts: [.numerator(figure: figure, row: row, rate: "offer_rate", count: "applications")],
                        total: .cell(figure: figure, row: row, column: "offers")))
                attack.relations.append(
                    .init(
                        parts: [.numerator(figure: figure, row: row, rate: "acceptance_rate", count: "offers")],
                        total: .cell(figure: figure, row: row, column: "acceptances")))
            }
        }
    }

    /// Supply is the graduates of one year, published in the graduates by year.
    private static func supplyDemandRelations(_ attack: inout RecoveryAttack, year: Int) {
        let byYear = attack.figures["graduates/by-year"]!
        for id in ["by-field", "by-state"] {
            let figure = "supply-demand/" + id
            if let row = byYear.rowsByKey()[String(year)] {
                attack.sum(figure, "supply", to: .cell(figure: "graduates/by-year", row: row, column: "graduates"))
            }
            attack.sum(figure, "demand", to: .hiddenTotal("demand"))
            for row in attack.figures[figure]!.rows.indices {
                attack.relations.append(
                    .init(
                        parts: [.cell(figure: figure, row: row, column: "supply"), .cell(figure: figure, row: row, column: "gap")],
                        total: .cell(figure: figure, row: row, column: "demand")))
            }
        }
    }
}
