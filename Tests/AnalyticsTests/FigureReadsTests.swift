import Columnar
import TVET
import Testing

@testable import Analytics

/// Each dashboard says which columns it reads, the engine holds it to that, and the audience of each dashboard
/// follows from those columns and the caller's clearance.
@Suite struct FigureReadsTests {
    static let published = DashboardService.dashboardNames + ["forecasts", DashboardService.diagnosticsDashboard]

    /// The salary (SULIT) is read exactly where a median salary is published; no dashboard reads personal data.
    @Test func theSalaryIsReadOnlyWhereMediansArePublished() throws {
        for name in Self.published {
            let reads = try DashboardService.reads(of: name)
            let salary = reads.reads.contains { $0.name == "graduates.monthly_salary" }
            #expect(salary == ["overview", "graduates"].contains(name), "\(name)")
            #expect((reads.classification == .sulit) == salary, "\(name)")
            #expect(reads.columns.allSatisfy { !$0.personal }, "\(name) reads personal data")
        }
        #expect(throws: AnalyticsError.self) { try DashboardService.reads(of: "weather") }
    }

    /// A path reads the links it follows, and a dataset queried reads its rows (its primary key).
    @Test func readsFollowLinksAndCountRows() {
        let reads = FigureReads([.graduates: ["programme.institution.state"]])
        #expect(
            reads.reads.map(\.name) == [
                "institutions.state", "programmes.institution_id", "graduates.graduate_id", "graduates.programme_id",
            ])
        let merged = reads.merging(FigureReads([.vacancies: []]))
        #expect(merged.reads.map(\.name).last == "vacancies.vacancy_id")
    }

    /// A figure cannot read what its dashboard did not declare: the query is refused before it runs.
    @Test func aQueryOutsideTheDeclaredReadsIsRefused() throws {
        let fixture = try AnalyticsFixture.load()
        let context = FigureContext(
            catalog: fixture.store.snapshot, filters: DashboardFilters(), asOf: fixture.asOf, reads: Diagnostics.reads)
        let salary = Query(dataset: "graduates", measures: [Measure(fn: .median, column: "monthly_salary")])
        #expect(
            throws: AnalyticsError.engine(
                figure: "test", reason: "it reads graduates.monthly_salary, which its dashboard does not declare")
        ) { try context.run(salary, for: "test") }
        #expect(throws: AnalyticsError.engine(figure: "test", reason: "it reads vacancies, which its dashboard does not declare")) {
            try context.run(Query(dataset: "vacancies", measures: [Measure(fn: .count)]), for: "test")
        }
        let byGender = try context.run(
            Query(dataset: "graduates", groupBy: ["student.gender"], measures: [Measure(fn: .count)]), for: "test")
        #expect(byGender.count > 1)
    }

    /// A researcher (TERHAD) gets the figures that read no salary unsuppressed and the others public; a G2G analyst
    /// (SULIT) gets all of them unsuppressed; anonymous callers none.
    @Test func theAudienceOfEachDashboardFollowsItsColumns() {
        let open = Audience.public(threshold: 7)
        let researcher = AudienceChoice.caller(Principal(roles: [.analyst], category: .researcher), threshold: 7)
        let analyst = AudienceChoice.caller(Principal(roles: [.analyst], category: .g2g), threshold: 7)
        let anonymous = AudienceChoice.caller(.anonymous, threshold: 7)
        for name in Self.published {
            let readsSalary = ["overview", "graduates"].contains(name)
            #expect(researcher.audience(forDashboard: name) == (readsSalary ? open : .cleared), "\(name)")
            #expect(analyst.audience(forDashboard: name) == .cleared, "\(name)")
            #expect(anonymous.audience(forDashboard: name) == open, "\(name)")
            #expect(AudienceChoice.every(.cleared).audience(forDashboard: name) == .cleared)
        }
        #expect(researcher.audience(forReference: "graduates/by-gender") == open)
        #expect(researcher.audience(forReference: "diagnostics/compare") == .cleared)
        #expect(analyst.audience(forDashboard: "weather") == open)
        #expect(researcher.released(forDashboard: "certificates") == .terhad)
        #expect(researcher.released(forDashboard: "graduates") == .terbuka)
        #expect(analyst.released(forDashboard: "graduates") == .sulit)
    }
}
