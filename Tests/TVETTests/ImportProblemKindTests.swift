import TVET
import Testing

/// Every problem says what it is as data (`ProblemKind`) as well as in English, so that a page can word it again.
@Suite struct ImportProblemKindTests {
    typealias F = ImportFixtures

    func kinds(_ dataset: DatasetSchema, _ change: [String: String]) throws -> [String: ProblemKind] {
        Dictionary(try F.problems(dataset, [change]).map { ($0.column ?? "-", $0.kind) }) { first, _ in first }
    }

    @Test func fieldChecksNameTheirKind() throws {
        let p = DatasetSchema.programmes
        #expect(try kinds(p, ["seats": "3.5"]) == ["seats": .notNumber])
        #expect(try kinds(p, ["level": "6"]) == ["level": .outOfRange(low: 1, high: 5)])
        #expect(try kinds(p, ["level": ""]) == ["level": .required])
        #expect(try kinds(.graduates, ["monthly_salary": "-1"]) == ["monthly_salary": .outOfRange(low: 0, high: .infinity)])
        #expect(try kinds(.graduates, ["status": "RICH"]) == ["status": .notChoice])
        #expect(try kinds(.vacancies, ["closes_on": "2026-02-30"]) == ["closes_on": .notDate])
        #expect(try kinds(.vacancies, ["masco_code": "74"]) == ["masco_code": .badFormat])
        #expect(try kinds(.vacancies, ["essential_skills": "NOSUCHSKILL"]) == ["essential_skills": .badListItem])
        #expect(try kinds(.vacancies, ["employer_id": "NOSUCH1"]) == ["employer_id": .unknownReference(dataset: "employers")])
    }

    @Test func recordRulesNameTheirKind() throws {
        #expect(try kinds(.vacancies, ["salary_min": "3000", "salary_max": "2000"]) == ["salary_max": .below(column: "salary_min", date: false)])
        #expect(try kinds(.vacancies, ["posted_on": "2026-05-02", "closes_on": "2026-05-01"]) == ["closes_on": .below(column: "posted_on", date: true)])
        #expect(try kinds(.vacancies, ["openings": "5000"]) == ["openings": .implausible(maximum: 1000)])
    }

    @Test func aRepeatedIdIsADuplicate() throws {
        let e = DatasetSchema.employers
        let file = try F.decode(e, F.file(e, [F.record(e), F.record(e)]))
        #expect(file.problems.map(\.kind) == [.duplicateID])
    }
}
