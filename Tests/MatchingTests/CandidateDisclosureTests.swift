import Matching
import TVET
import TestSupport
import Testing

/// Anonymous candidates stay anonymous: for every candidate an employer is shown, at least k graduates of the data
/// match everything shown of them, counted row by row from the generated files.
@Suite struct CandidateDisclosureTests {
    /// One generated graduate as read from the CSV files.
    struct Graduate {
        var level: String
        var field: String
        var year: Int
        var state: String
        var skills: Set<String>
    }

    /// Vacancies spread over the generated ones.
    static let vacancyRows = Array(stride(from: 0, to: 1_500, by: 125))

    /// The generated graduates by graduate id.
    static func graduates(_ fixture: MatchingFixture) throws -> [String: Graduate] {
        var checker = DatasetChecker(taxonomy: fixture.taxonomy)
        try checker.check(directory: fixture.directory)
        let rows = { (dataset: String, key: String) in
            Dictionary((checker.rows[dataset + ".csv"] ?? []).map { ($0[key]!, $0) }) { first, _ in first }
        }
        let programmes = rows("programmes", "programme_id")
        let students = rows("students", "student_id")
        return rows("graduates", "graduate_id").mapValues { row in
            let programme = programmes[row["programme_id"]!]!
            return Graduate(
                level: programme["level"]!, field: programme["field"]!, year: Int(row["graduation_year"]!)!,
                state: students[row["student_id"]!]?["state_of_origin"] ?? "",
                skills: Set((row["skills"] ?? "").split(separator: ";").map(String.init)))
        }
    }

    /// Whether a graduate matches what is shown: each shown attribute, every skill shown as held, none shown as lacking.
    static func matches(_ graduate: Graduate, _ profile: CandidateProfile, _ hit: MatchHit) -> Bool {
        if let level = profile.level, level != graduate.level { return false }
        if let field = profile.field, field != graduate.field { return false }
        if let state = profile.state, state != graduate.state { return false }
        if let region = profile.region, CandidateProfile.region(of: graduate.state) != region { return false }
        if let years = profile.graduationYears {
            let bounds = years.split(separator: "-").map { Int($0)! }
            if graduate.year < bounds[0] || graduate.year > bounds[bounds.count - 1] { return false }
        }
        let held = Set(hit.matchedSkills + hit.relatedSkills.map(\.relatedSkill))
        return held.isSubset(of: graduate.skills) && Set(hit.missingSkills).isDisjoint(with: graduate.skills)
    }

    @Test func everyCandidateShownIsSharedByAtLeastKGraduates() throws {
        let fixture = try MatchingFixture.get()
        let graduates = try Self.graduates(fixture)
        let disclosure = CandidateDisclosure(catalog: fixture.catalog)
        var shown = 0, coarsened = 0, precise = 0
        for row in Self.vacancyRows {
            let vacancy = fixture.index.vacancyID(row)
            for mode in MatchMode.allCases {
                for hit in try fixture.index.candidates(forVacancy: vacancy, k: 10, mode: mode) {
                    let (seen, profile) = disclosure.describe(hit, graduate: hit.id)
                    let sharing = graduates.values.count { Self.matches($0, profile, seen) }
                    #expect(sharing >= CandidateDisclosure.k, "\(vacancy) \(profile)")
                    shown += 1
                    if profile.graduationYears?.contains("-") != false || profile.state == nil { coarsened += 1 }
                    if profile.field != nil && profile.level != nil && !seen.matchedSkills.isEmpty { precise += 1 }
                }
            }
        }
        print("Candidates shown: \(shown); coarsened or withheld year or state: \(coarsened); field, level and skills kept: \(precise)")
        #expect(shown > 100)
        #expect(coarsened > 0, "some candidates must need coarsening, or the test shows nothing")
        #expect(precise > shown / 2, "most candidates should keep their field, level and skills")
    }

    /// Shown exactly, some of the same candidates would be one of fewer than k graduates with their details.
    @Test func exactDetailsWouldSingleSomeoneOut() throws {
        let fixture = try MatchingFixture.get()
        let graduates = try Self.graduates(fixture)
        var rare = 0
        for row in Self.vacancyRows {
            for hit in try fixture.index.candidates(forVacancy: fixture.index.vacancyID(row), k: 10, mode: .skills) {
                let own = try #require(graduates[hit.id])
                let sharing = graduates.values.count {
                    $0.level == own.level && $0.field == own.field && $0.year == own.year && $0.state == own.state
                        && Self.matches($0, .withheld, hit)
                }
                if sharing < CandidateDisclosure.k { rare += 1 }
            }
        }
        #expect(rare > 0)
    }
}
