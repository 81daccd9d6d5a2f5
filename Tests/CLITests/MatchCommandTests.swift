import Foundation
import Testing
import TestSupport

/// `dataraya model train`, `match jobs|candidates|audit|evaluate` and `vectors export`, run as the built binary on a
/// small generated store.
@Suite(.serialized) struct MatchCommandTests {
    static let store: Result<(db: String, models: String, data: String), any Error> = Result {
        let data = try ImportQueryCommandTests.generate(graduates: 3000, seed: 17)
        let folder = try ProjectFiles.temporaryDirectory()
        let db = folder + "/dataraya.sqlite", models = folder + "/model"
        let imported = try BinaryRunner.run(["import", "--db", db, data], in: ProjectFiles.root.path)
        guard imported.status == 0 else { throw CommandError(imported.stderr) }
        return (db, models, data)
    }

    struct CommandError: Error { let message: String; init(_ message: String) { self.message = message } }

    func run(_ arguments: [String]) throws -> BinaryRunner.Output {
        try BinaryRunner.run(arguments, in: ProjectFiles.root.path)
    }

    func items(_ output: BinaryRunner.Output) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        return object?["items"] as? [[String: Any]] ?? []
    }

    @Test func trainRankAndExport() throws {
        let (db, models, _) = try Self.store.get()
        let trained = try run(["model", "train", "--db", db, "--models", models])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stdout.hasPrefix("wrote the matching model to \(models): 48 dimensions over 493 skills"))
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: models + "/manifest.json"))) as? [String: Any]
        #expect(manifest?["dimension"] as? Int == 48)

        let jobs = try run(["match", "jobs", "--db", db, "--models", models, "--graduate", "G0000007", "--k", "3", "--today", "2026-11-30"])
        #expect(jobs.status == 0, "\(jobs.stderr)")
        #expect(jobs.stderr.isEmpty, "a saved model is used without training again")
        let hits = try items(jobs)
        #expect((1...3).contains(hits.count))
        #expect(hits.allSatisfy { ($0["id"] as? String)?.hasPrefix("V") == true && $0["components"] != nil })
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))

        let candidates = try run(["match", "candidates", "--db", db, "--models", models, "--vacancy", "V0000001", "--k", "4"])
        #expect(candidates.status == 0, "\(candidates.stderr)")
        #expect(try items(candidates).allSatisfy { ($0["id"] as? String)?.hasPrefix("G") == true })

        let out = try ProjectFiles.temporaryDirectory() + "/vectors"
        let exported = try run(["vectors", "export", "--db", db, "--models", models, "--out", out])
        #expect(exported.status == 0, "\(exported.stderr)")
        let matrix = try Data(contentsOf: URL(fileURLWithPath: out + "/vacancies.npy"))
        #expect(matrix.prefix(6) == Data([0x93] + Array("NUMPY".utf8)))
        let ids = try String(contentsOfFile: out + "/vacancy_ids.txt", encoding: .utf8).split(separator: "\n")
        #expect(String(decoding: matrix.prefix(128), as: UTF8.self).contains("'shape': (\(ids.count), 48)"))
    }

    @Test func auditAndEvaluationReport() throws {
        let (db, models, data) = try Self.store.get()
        let audit = try run(["match", "audit", "--db", db, "--models", models, "--sample", "30", "--today", "2026-11-30"])
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stdout.contains("\"gender\"") || audit.stdout.contains("gender"))
        let evaluation = try run([
            "match", "evaluate", "--db", db, "--models", models, "--truth", data + "/matching-truth.csv", "--sample", "100",
            "--today", "2026-11-30",
        ])
        #expect(evaluation.status == 0, "\(evaluation.stderr)")
        let lines = evaluation.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("direction") == true)
        for direction in ["jobs", "candidates"] {
            for mode in ["skills", "study"] {
                for scorer in ["model", "exact_overlap"] {
                    #expect(lines.contains { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(3) == [direction[...], mode[...], scorer[...]] },
                            "\(direction) \(mode) \(scorer)")
                }
            }
        }
    }

    @Test func badInputIsAOneLineError() throws {
        let (db, models, _) = try Self.store.get()
        let unknown = try run(["match", "jobs", "--db", db, "--models", models, "--graduate", "G9999999"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.trimmingCharacters(in: .whitespacesAndNewlines) == "Error: unknown graduate 'G9999999'")
        let badDay = try run(["match", "jobs", "--db", db, "--models", models, "--graduate", "G0000001", "--today", "tomorrow"])
        #expect(badDay.status != 0 && badDay.stderr.contains("--today"))
        let badMode = try run(["match", "candidates", "--db", db, "--vacancy", "V0000001", "--mode", "vibes"])
        #expect(badMode.status != 0 && badMode.stderr.contains("--mode"))
    }
}
