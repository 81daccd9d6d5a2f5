import Columnar
import Foundation
import Matching
import TestSupport
import Testing

/// The evaluation runs on the generated data against a truth file: the generator's `matching-truth.csv` when it
/// writes one, else one derived here (each programme's most common occupation among its employed graduates).
@Suite struct EvaluationTests {
    func truthFile(_ f: MatchingFixture) throws -> String {
        let written = f.directory + "/" + MatchingTruth.fileName
        if FileManager.default.fileExists(atPath: written) { return written }
        let graduates = f.catalog.table("graduates")!
        var counts: [String: [String: Int]] = [:]
        for row in 0..<graduates.rowCount {
            guard case .string(let programme) = graduates.value(row: row, column: "programme_id")!,
                case .string(let masco) = graduates.value(row: row, column: "masco_code")!
            else { continue }
            counts[programme, default: [:]][masco, default: 0] += 1
        }
        var text = "programme_id,masco_code\n"
        for (programme, byCode) in counts.sorted(by: { $0.key < $1.key }) {
            text += "\(programme),\(byCode.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key)\n"
        }
        let path = try ProjectFiles.temporaryDirectory() + "/" + MatchingTruth.fileName
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func recallAndNDCGAreMeasuredBothWaysForBothModesAndTheBaseline() throws {
        let f = try MatchingFixture.get()
        let truth = try MatchingTruth.load(path: truthFile(f))
        #expect(!truth.occupationOfProgramme.isEmpty)
        let report = try MatchingEvaluation.run(
            index: f.index, catalog: f.catalog, truth: truth, today: f.today, k: 10, sampleSize: 60)
        #expect(report.rows.count == 12)
        for direction in ["jobs", "candidates"] {
            for mode in MatchMode.allCases {
                for scorer in ["model", "skills_only", "exact_overlap"] {
                    let row = try #require(report.rows.first { $0.direction == direction && $0.mode == mode && $0.scorer == scorer })
                    #expect(row.queries > 30, "\(direction) \(mode) \(scorer)")
                    #expect((0...1).contains(row.recall) && (0...1).contains(row.ndcg))
                    // Relevant items exist for every scored query, and skills do predict the line of work.
                    #expect(row.recall > 0.2, "\(direction) \(mode) \(scorer): recall \(row.recall)")
                }
            }
        }
    }

    @Test func aPerfectTruthScoresOneAndAnImpossibleOneIsSkipped() throws {
        let f = try MatchingFixture.get()
        // Every programme "trains for" an occupation no vacancy has: nothing is relevant, no query is scored.
        let none = MatchingTruth(
            occupationOfProgramme: Dictionary(
                uniqueKeysWithValues: (0..<f.index.programmes.rowCount).map {
                    (f.index.programmeID($0), "0000")
                }))
        let report = try MatchingEvaluation.run(index: f.index, catalog: f.catalog, truth: none, today: f.today, sampleSize: 20)
        #expect(report.rows.allSatisfy { $0.queries == 0 && $0.recall == 0 })
    }

    @Test func aTruthFileWithABadHeaderIsRefused() throws {
        let path = try ProjectFiles.temporaryDirectory() + "/truth.csv"
        try "programme,occupation\nP1,7411\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try MatchingTruth.load(path: path) } throws: { "\($0)".contains("header must be programme_id,masco_code") }
        #expect(throws: MatchingError.self) { try MatchingTruth.load(path: path + ".missing") }
    }
}
