import Columnar
import Matching
import TVET
import Testing

/// A vacancy or graduate added to the catalog is rankable once the index side is rebuilt, with the same model.
@Suite struct IndexUpdateTests {
    @Test func aPostedVacancyIsRankedWithoutRetraining() throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        let graduate = oracle.graduates.first { $0.skills.count >= 6 && $0.level != nil }!
        let t = TableBuilder(name: "vacancies", primaryKey: "vacancy_id")
        let vacancies = f.catalog.table("vacancies")!
        let builders = vacancies.columns.map { t.addColumn($0.name, type: $0.type) }
        guard case .string(let employer) = vacancies.value(row: 0, column: "employer_id")! else {
            Issue.record("no employer")
            return
        }
        let values: [String: String] = [
            "vacancy_id": "V-NEW-1", "employer_id": employer,
            "title": "Technician", "masco_code": "7411", "field": graduate.field!, "min_level": "1",
            "essential_skills": graduate.skills.prefix(5).joined(separator: ";"), "optional_skills": "", "state": graduate.state!,
            "salary_min": "9000", "salary_max": "12000", "openings": "1", "posted_on": "2026-11-20", "closes_on": "2027-01-30",
        ]
        for builder in builders {
            #expect(builder.appendParsing(values[builder.name] ?? ""), "\(builder.name)")
        }
        let next = try f.catalog.merging(t.build())
        let index = try f.index.replacingVacancies(from: next)
        #expect(index.model.manifest == f.model.manifest)
        let hits = try index.jobs(forGraduate: graduate.id, k: 3, today: f.today)
        #expect(hits.first?.id == "V-NEW-1")
        #expect(hits.first?.matchedSkills == Array(graduate.skills.prefix(5)))
        #expect(try f.index.jobs(forGraduate: graduate.id, k: 3, today: f.today).first?.id != "V-NEW-1")
    }
}
