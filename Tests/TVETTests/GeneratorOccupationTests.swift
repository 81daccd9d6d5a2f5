import Foundation
import Testing
import TestSupport
@testable import SyntheticData
@testable import TVET

/// The matching ground truth: each programme trains for one occupation of its field, and its graduates' skills are
/// closer to that occupation's vacancies than to the other vacancies of the same field.
@Suite struct GeneratorOccupationTests {
    let data: GeneratedDataset

    init() throws { data = try GeneratedDataset.shared.get() }

    func truth() throws -> [String: String] {
        let text = try String(contentsOfFile: data.directory + "/" + NationalDatasetGenerator.matchingTruthName, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        #expect(lines.removeFirst() == "programme_id,masco_code")
        return Dictionary(uniqueKeysWithValues: lines.map { line in
            let parts = line.split(separator: ",").map(String.init)
            return (parts[0], parts[1])
        })
    }

    @Test func everyProgrammeTrainsForAnOccupationOfItsField() throws {
        let truth = try truth()
        let programmes = data.rows("programmes")
        #expect(truth.count == programmes.count)
        for programme in programmes {
            let field = TVETField(rawValue: programme["field"]!)!
            let codes = Occupations.of(field).map(\.code)
            #expect(codes.contains(truth[programme["programme_id"]!] ?? "missing"), "\(programme["programme_id"]!)")
        }
    }

    @Test func graduatesShareMoreSkillsWithTheirOccupationsVacancies() throws {
        let truth = try truth()
        let programmeField = Dictionary(uniqueKeysWithValues: data.rows("programmes").map { ($0["programme_id"]!, $0["field"]!) })
        // Skills asked for by the vacancies of each (field, occupation).
        var asked: [String: [String: Int]] = [:]
        for vacancy in data.rows("vacancies") {
            let key = vacancy["field"]! + "/" + vacancy["masco_code"]!
            for skill in vacancy["essential_skills"]!.split(separator: ";") { asked[key, default: [:]][String(skill), default: 0] += 1 }
        }
        func share(_ skills: [Substring], _ key: String) -> Double {
            guard let counts = asked[key], !skills.isEmpty else { return 0 }
            let total = Double(counts.values.reduce(0, +))
            return skills.map { Double(counts[String($0)] ?? 0) / total }.reduce(0, +)
        }
        var own = 0.0, other = 0.0, pairs = 0
        for graduate in data.rows("graduates").prefix(5_000) {
            let programme = graduate["programme_id"]!
            let field = programmeField[programme]!
            let target = truth[programme]!
            let skills = graduate["skills"]!.split(separator: ";")
            for occupation in Occupations.of(TVETField(rawValue: field)!) where occupation.code != target {
                own += share(skills, field + "/" + target)
                other += share(skills, field + "/" + occupation.code)
                pairs += 1
            }
        }
        #expect(pairs > 1_000)
        #expect(own > other * 1.3, "own \(own / Double(pairs)) against other \(other / Double(pairs))")
    }
}
