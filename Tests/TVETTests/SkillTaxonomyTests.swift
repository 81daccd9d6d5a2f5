import Testing
import TVET
import TestSupport

@Suite struct SkillTaxonomyTests {
    @Test func theTaxonomyIsLargeBilingualAndCoversEveryField() throws {
        let taxonomy = try ProjectFiles.taxonomy()
        #expect(taxonomy.skills.count >= 400)
        for field in TVETField.allCases {
            #expect(taxonomy.skills(inField: field.rawValue).count >= 18, "\(field)")
        }
        #expect(taxonomy.skills(inField: TVETField.transversal).count >= 20)
        for skill in taxonomy.skills {
            #expect(!skill.name.en.isEmpty && !skill.name.ms.isEmpty && skill.name.en != skill.name.ms, "\(skill.id)")
            #expect(["technical", "transversal"].contains(skill.kind))
            #expect((skill.kind == "transversal") == (skill.field == TVETField.transversal))
            #expect(skill.id.wholeMatch(of: /[A-Z]{3}\d{3}/) != nil)
        }
        #expect(Set(taxonomy.skills.map(\.name.en)).count == taxonomy.skills.count)
    }

    @Test func badFilesAreRefusedWithTheLineAndColumn() {
        let header = "skill_id,name_en,name_ms,field,kind\n"
        #expect(throws: SkillTaxonomy.LoadError.self) { try SkillTaxonomy(csv: Array("id,name\n".utf8)) }
        do {
            _ = try SkillTaxonomy(csv: Array((header + "X001,a,b,ELECTRICAL,technical\nX001,c,d,ICT,technical\n").utf8))
            Issue.record("a duplicate id was accepted")
        } catch {
            #expect(error.description.contains("line 3, column skill_id"))
        }
        do {
            _ = try SkillTaxonomy(csv: Array((header + "X001,a,b,PLUMBING,technical\n").utf8))
            Issue.record("an unknown field was accepted")
        } catch {
            #expect(error.description.contains("line 2, column field"))
        }
    }
}
