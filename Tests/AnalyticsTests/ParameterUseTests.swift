import TVET
import Testing

@testable import Analytics

/// Parameters a figure would not use are refused, not ignored (CONTRACT 3.7).
@Suite struct ParameterUseTests {
    /// A diagnostic refuses a parameter or filter it would not use, a dashboard figure every diagnostic parameter, and
    /// every figure an institution that does not exist.
    @Test func parametersAFigureWouldIgnoreAreRefused() throws {
        let service = try AnalyticsFixture.load().service()
        let cases: [(String, [String: String], DashboardFilters, String)] = [
            ("diagnostics/employability-change", ["measure": "employment"], DashboardFilters(), "measure"),
            ("diagnostics/employability-change", [:], DashboardFilters(year: 2024), "year"),
            ("diagnostics/compare", ["from": "2020"], DashboardFilters(), "from"),
            ("graduates/by-state", ["group_by": "field"], DashboardFilters(), "group_by"),
            ("graduates/by-state", [:], DashboardFilters(institutionId: "I9999999"), "institution_id"),
        ]
        for (reference, parameters, filters, refused) in cases {
            do {
                _ = try service.figure(reference: reference, filters: filters, audience: .cleared, parameters: parameters)
                Issue.record("\(reference) took \(refused)")
            } catch {
                guard case .badParameter(let name, let reason) = error else { throw error }
                #expect(name == refused, "\(reference): \(error)")
                if reference.hasPrefix("diagnostics/") { #expect(reason.contains("it takes"), "\(reason)") }
            }
        }
        let change = try service.diagnostic(
            name: "employability-change", parameters: ["from": "2019", "to": "2024", "group_by": "state", "measure": ""],
            filters: DashboardFilters(state: "Johor"), audience: .cleared)
        #expect(!change.rows.isEmpty)
    }
}
