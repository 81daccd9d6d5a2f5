import TVET
import TestSupport
import Testing

/// Values that parse but no real record holds are refused like any other broken rule, per record and field.
@Suite struct ImportPlausibilityTests {
    typealias F = ImportFixtures

    @Test func salariesStayUnderTheMonthlyCeiling() throws {
        let huge = "178" + String(repeating: "0", count: 306)
        let reasons = try F.reasons(.vacancies, ["salary_max": huge])
        #expect(reasons.count == 1 && reasons[0].hasPrefix("salary_max: ") && reasons[0].hasSuffix("is above 100000, more than any real record holds"), "\(reasons)")
        #expect(try F.reasons(.vacancies, ["salary_max": "100000.01"]) == ["salary_max: '100000.01' is above 100000, more than any real record holds"])
        #expect(try F.reasons(.vacancies, ["salary_max": "100000"]).isEmpty)
        #expect(try F.reasons(.graduates, ["monthly_salary": "250000"]) == ["monthly_salary: '250000' is above 100000, more than any real record holds"])
    }

    @Test func aVacancyHasAtMostAThousandOpenings() throws {
        #expect(try F.reasons(.vacancies, ["openings": "100000"]) == ["openings: '100000' is above 1000, more than any real record holds"])
        #expect(try F.reasons(.vacancies, ["openings": "1000"]).isEmpty)
    }
}
