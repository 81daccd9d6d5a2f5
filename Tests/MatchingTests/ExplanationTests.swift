import Foundation
import Matching
import Testing

/// Every hit's reasons agree with the records: matched and missing essential skills recomputed from the catalog's
/// lists, related skills that really are the closest, components that add up to the score, and CONTRACT 3.6's keys.
@Suite struct ExplanationTests {
    @Test func matchedAndMissingSkillsAreTheVacancysEssentialSkillsTheGraduateHasAndLacks() throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        var related = 0
        for row in stride(from: 0, to: f.index.graduates.count, by: 97) {
            let graduate = oracle.graduates[row]
            for hit in try f.index.jobs(forGraduate: graduate.id, k: 10, today: f.today) {
                let vacancy = oracle.vacancies.first { $0.id == hit.id }!
                #expect(hit.matchedSkills == vacancy.essential.filter(graduate.skills.contains))
                #expect(hit.missingSkills == vacancy.essential.filter { !graduate.skills.contains($0) })
                for r in hit.relatedSkills {
                    #expect(hit.missingSkills.contains(r.missingSkill))
                    #expect(graduate.skills.contains(r.relatedSkill))
                    #expect(r.similarity >= MatchFormula.relatedSkillThreshold)
                    let best = graduate.skills.map { ScoreOracle.dot(oracle.embedding[$0]!, oracle.embedding[r.missingSkill]!) }.max()!
                    #expect(abs(Double(r.similarity) - best) < 1e-5)
                    related += 1
                }
                let w = f.index.weights
                let c = hit.components
                #expect(
                    hit.score == w.skills * c.skills + w.field * c.field + w.level * c.level + w.location * c.location + w.salary * c.salary
                )
                for value in [c.skills, c.field, c.level, c.location, c.salary] { #expect((0...1).contains(value)) }
            }
        }
        #expect(related > 0)
    }

    @Test func candidateHitsExplainTheGraduatesOwnSkills() throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        let vacancy = oracle.vacancies[321]
        for hit in try f.index.candidates(forVacancy: vacancy.id, k: 20) {
            let graduate = oracle.graduates.first { $0.id == hit.id }!
            #expect(hit.matchedSkills == vacancy.essential.filter(graduate.skills.contains))
            #expect(hit.missingSkills == vacancy.essential.filter { !graduate.skills.contains($0) })
        }
    }

    @Test func studyModeExplainsTheProgrammesProfile() throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        let graduate = oracle.graduates[55]
        let profile = oracle.programmeProfiles[graduate.programmeID!]!.skills
        for hit in try f.index.jobs(forGraduate: graduate.id, k: 10, today: f.today, mode: .study) {
            let vacancy = oracle.vacancies.first { $0.id == hit.id }!
            #expect(hit.matchedSkills == vacancy.essential.filter(profile.contains))
            #expect(hit.missingSkills == vacancy.essential.filter { !profile.contains($0) })
        }
    }

    @Test func hitsEncodeToTheContractsKeys() throws {
        let f = try MatchingFixture.get()
        let hit = try #require(try f.index.jobs(forGraduate: f.index.graduateID(3), k: 1, today: f.today).first)
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(hit)) as? [String: Any])
        #expect(Set(json.keys) == ["id", "score", "components", "matched_skills", "missing_skills", "related_skills"])
        let components = try #require(json["components"] as? [String: Any])
        #expect(Set(components.keys) == ["skills", "field", "level", "location", "salary"])
        #expect(try JSONDecoder().decode(MatchHit.self, from: JSONEncoder().encode(hit)) == hit)
    }
}
