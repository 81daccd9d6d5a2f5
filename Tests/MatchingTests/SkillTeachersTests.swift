import Columnar
import Testing
import TVET

@testable import Matching

/// Where skills are learnt, against a plain count over the graduates, row by row.
@Suite struct SkillTeachersTests {
    @Test func theProgrammesTeachingASkillAreThoseMostOfWhoseGraduatesHaveIt() throws {
        let catalog = try MatchingFixture.get().catalog
        let teachers = SkillTeachers(catalog: catalog, perSkill: 1_000)
        let graduates = try #require(catalog.table(DatasetSchema.graduates.name))
        var total: [String: Int] = [:]
        var having: [String: [String: Int]] = [:]
        for row in 0..<graduates.rowCount {
            guard let programme = graduates.text("programme_id", row: row) else { continue }
            total[programme, default: 0] += 1
            for skill in graduates.column("skills")!.listItems(at: row) { having[skill, default: [:]][programme, default: 0] += 1 }
        }
        var checked = 0
        for (skill, counts) in having {
            let expected = counts.filter { total[$0.key]! >= SkillTeachers.minimumGraduates && Double($0.value) / Double(total[$0.key]!) >= SkillTeachers.minimumShare }
            let found = teachers.programmes(teaching: skill)
            #expect(Set(found.map(\.id)) == Set(expected.keys), "\(skill)")
            for programme in found { #expect(abs(programme.share - Double(counts[programme.id]!) / Double(total[programme.id]!)) < 1e-12) }
            #expect(found.map(\.share) == found.map(\.share).sorted(by: >))
            checked += found.count
        }
        #expect(checked > 0)
        #expect(teachers.programmes(teaching: "NO_SUCH_SKILL").isEmpty)
        #expect(SkillTeachers(catalog: catalog).programmes(teaching: having.keys.first!).count <= 3)
    }
}
