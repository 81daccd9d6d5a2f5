import Foundation
import TVET
import Testing

@testable import Analytics

/// Public figures under the cell-key method, attacked by differencing: for every public dashboard, the national answer
/// minus the answers for every other year, state or field must not give a count under the threshold with certainty,
/// and the estimates it gives must hit the true count by chance only rarely.
@Suite struct DifferencingAttackTests {
    static let threshold = 5

    /// Count columns of records (and of openings and seats, perturbed as counts).
    static let counts: Set<String> = [
        "count", "graduates", "certificates", "instructors", "students", "applications", "offers", "acceptances",
        "seats", "vacancies", "openings", "closed", "supply", "demand",
    ]

    /// Counts shown as a rate's numerator, withheld with their rate even when they are 0.
    static let numerators: Set<String> = ["offers", "acceptances", "closed"]

    /// Every year, state and field the data has, as single-filter answers.
    static func splits(_ fixture: AnalyticsFixture) -> [(name: String, filters: [DashboardFilters])] {
        var years = Set(fixture.rows("graduates").compactMap { Int($0["graduation_year"]!) })
        years.formUnion(fixture.rows("applications").compactMap { Int($0["intake"]!) })
        for (dataset, column) in [("certificates", "issued_on"), ("vacancies", "posted_on")] {
            years.formUnion(fixture.rows(dataset).compactMap { Int($0[column]!.prefix(4)) })
        }
        return [
            ("year", years.sorted().map { DashboardFilters(year: $0) }),
            ("state", MalaysianState.allCases.map { DashboardFilters(state: $0.name) }),
            ("field", TVETField.allCases.map { DashboardFilters(field: $0.rawValue) }),
        ]
    }

    /// Every public dashboard for `filters`, by figure reference.
    static func figures(_ service: DashboardService, _ filters: DashboardFilters, _ audience: Audience) throws
        -> [String: Figure]
    {
        var figures: [String: Figure] = [:]
        for name in DashboardService.dashboardNames {
            for figure in try service.dashboard(name: name, filters: filters, audience: audience).figures {
                figures[figure.reference] = figure
            }
        }
        return figures
    }

    /// A cell by row key, nil when the answer has no such row.
    static func cell(_ figure: Figure?, key: String, column: String) -> FigureCell? {
        guard let figure, let row = figure.rowsByKey()[key] else { return nil }
        return figure.cell(row, column)
    }

    @Test func differencingRecoversNoSmallCountWithCertainty() throws {
        let fixture = try AnalyticsFixture.load()
        let service = fixture.service()
        let attacker = RecoveryAttack(threshold: Self.threshold)
        let national = try Self.figures(service, DashboardFilters(), .standardPublic)
        let nationalTruth = try Self.figures(service, DashboardFilters(), .cleared)
        var targets = 0, certain: [String] = [], pinned = 0, estimates = 0, hits = 0
        for split in Self.splits(fixture) {
            let answers = try split.filters.map { try Self.figures(service, $0, .standardPublic) }
            let truths = try split.filters.map { try Self.figures(service, $0, .cleared) }
            for (reference, truth) in nationalTruth {
                let keys = Set(truths.flatMap { Array(($0[reference]?.rowsByKey() ?? [:]).keys) })
                for column in truth.columns.map(\.name) where Self.counts.contains(column) {
                    for key in keys.sorted() {
                        let parts = truths.map { Self.cell($0[reference], key: key, column: column)?.integerValue ?? 0 }
                        // The split must partition this cell, or there is nothing to subtract.
                        guard Self.cell(truth, key: key, column: column)?.integerValue == parts.reduce(0, +) else { continue }
                        for (index, count) in parts.enumerated() where count > 0 && count < Int64(Self.threshold) {
                            let others = answers.indices.filter { $0 != index }.map {
                                Self.cell(answers[$0][reference], key: key, column: column)
                            }
                            let outcome = attacker.attack(
                                national: Self.cell(national[reference], key: key, column: column), others: others,
                                target: Self.cell(answers[index][reference], key: key, column: column),
                                mayBeEmpty: Self.numerators.contains(column))
                            targets += 1
                            if outcome.bounded?.count == 1 {
                                certain.append("\(reference) \(column) \(key) \(split.filters[index].query)")
                            }
                            if outcome.possible.count == 1 { pinned += 1 }
                            if let estimate = outcome.estimate {
                                estimates += 1
                                if Int64(estimate) == count { hits += 1 }
                            }
                        }
                    }
                }
            }
        }
        let share = Double(hits) / Double(max(1, estimates))
        print(
            "Differencing attack: \(targets) counts under \(Self.threshold); recovered with certainty: \(certain.count) "
                + "by the stated bounds, \(pinned) by the table's outcomes; \(estimates) estimates, \(hits) chance hits "
                + "(\(String(format: "%.1f", share * 100))%)")
        #expect(targets > 100, "the attack must reach small counts")
        #expect(certain.isEmpty, "\(certain.prefix(5))")
        #expect(pinned == 0)
        #expect(estimates > 100)
        #expect(share < 1.0 / 3.0)
    }

    /// Per-answer suppression let this attack through: the same subtraction on exact figures gives the small counts.
    @Test func theSameSubtractionOnExactFiguresGivesSmallCountsAway() throws {
        let fixture = try AnalyticsFixture.load()
        let service = fixture.service()
        let national = try service.dashboard(name: "graduates", filters: DashboardFilters(), audience: .cleared)
        var small = 0
        for split in Self.splits(fixture) {
            let answers = try split.filters.map { try service.dashboard(name: "graduates", filters: $0, audience: .cleared) }
            for figure in national.figures {
                for (key, row) in figure.rowsByKey() {
                    let parts = answers.map { Self.cell($0.figure(figure.id), key: key, column: "graduates")?.integerValue ?? 0 }
                    let total = figure.cell(row, "graduates").integerValue!
                    guard total == parts.reduce(0, +) else { continue }
                    for (index, count) in parts.enumerated() where count > 0 && count < Int64(Self.threshold) {
                        let others = parts.indices.filter { $0 != index }.reduce(Int64(0)) { $0 + parts[$1] }
                        #expect(total - others == count)
                        small += 1
                    }
                }
            }
        }
        #expect(small > 0, "the data must have small counts for the attack to aim at")
    }

    @Test func theSameRequestGivesTheSameFigures() throws {
        let fixture = try AnalyticsFixture.load()
        for filters in [DashboardFilters(), DashboardFilters(state: "Perlis"), DashboardFilters(year: 2022, field: "ICT")] {
            for name in DashboardService.dashboardNames {
                let first = try fixture.service().dashboard(name: name, filters: filters, audience: .standardPublic)
                let second = try fixture.service().dashboard(name: name, filters: filters, audience: .standardPublic)
                #expect(first == second, "\(name) \(filters.query)")
            }
        }
    }

    /// A cell's noise depends on its records only: the graduates of a state are the same number in the national
    /// breakdown by state and in the summary filtered to that state.
    @Test func aCellGetsTheSameNoiseInEveryTable() throws {
        let fixture = try AnalyticsFixture.load()
        let service = fixture.service()
        let byState = try service.figure(reference: "graduates/by-state", filters: DashboardFilters(), audience: .standardPublic)
        let exact = try service.figure(reference: "graduates/by-state", filters: DashboardFilters(), audience: .cleared)
        var moved = 0
        for (state, row) in byState.rowsByKey() {
            let summary = try service.figure(
                reference: "graduates/summary", filters: DashboardFilters(state: state), audience: .standardPublic)
            #expect(summary.cell(0, "graduates") == byState.cell(row, "graduates"), "\(state)")
            if byState.cell(row, "graduates") != exact.cell(exact.rowsByKey()[state]!, "graduates") { moved += 1 }
        }
        #expect(moved > 0, "public counts must be perturbed")
    }

    /// Every published count of every public dashboard is within D of the exact one, and never negative.
    @Test func publishedCountsAreWithinDOfTheTruth() throws {
        let fixture = try AnalyticsFixture.load()
        let service = fixture.service()
        var compared = 0, moved = 0
        for filters in [DashboardFilters(), DashboardFilters(state: "Perlis"), DashboardFilters(year: 2023, field: "ICT")] {
            let published = try Self.figures(service, filters, .standardPublic)
            for (reference, truth) in try Self.figures(service, filters, .cleared) {
                for column in truth.columns.map(\.name) where Self.counts.contains(column) {
                    for (key, row) in truth.rowsByKey() {
                        guard let exact = truth.cell(row, column).integerValue,
                            let shown = Self.cell(published[reference], key: key, column: column)?.integerValue
                        else { continue }
                        #expect(shown >= 0 && abs(shown - exact) <= PerturbationTable.maxNoise, "\(reference) \(column) \(key)")
                        compared += 1
                        if shown != exact { moved += 1 }
                    }
                }
            }
        }
        #expect(compared > 500 && moved > compared / 2)
    }

    /// Cleared callers get exact figures: every count equal to a plain count of the generated rows.
    @Test func clearedCallersGetExactCounts() throws {
        let fixture = try AnalyticsFixture.load()
        let oracle = GraduateOracle(fixture)
        let service = fixture.service()
        for filters in [DashboardFilters(), DashboardFilters(state: "Perlis"), DashboardFilters(year: 2022)] {
            for dimension in ["state", "field", "level"] {
                let figure = try service.figure(reference: "graduates/by-" + dimension, filters: filters, audience: .cleared)
                let expected = Dictionary(grouping: oracle.matching(filters)) { $0.attributes[dimension]! }.mapValues(\.count)
                #expect(figure.rowsByKey().mapValues { Int(figure.cell($0, "graduates").integerValue!) } == expected)
                #expect(!figure.suppressed && figure.threshold == nil)
            }
        }
    }
}
