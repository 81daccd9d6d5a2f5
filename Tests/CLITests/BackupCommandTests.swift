import Foundation
import Testing
import ServerTestSupport
import TestSupport

/// `dataraya backup` while the server is serving, and `dataraya restore`, run as the built binary.
@Suite(.serialized) struct BackupCommandTests {
    @Test func anOnlineBackupRestoresToAStoreThatServesAndVerifies() async throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let db = folder + "/store.sqlite", copy = folder + "/backups/store.sqlite", restored = folder + "/restored.sqlite"
        let root = ProjectFiles.root.path
        #expect(try BinaryRunner.run(["generate", "--out", folder + "/data", "--graduates", "300"], in: root).status == 0)
        #expect(try BinaryRunner.run(["import", "--db", db, folder + "/data"], in: root).status == 0)
        let server = try await LiveServer(arguments: ["--db", db])
        defer { server.stop() }
        _ = try await server.request("GET", "/api/v1/vacancies?limit=1")

        let backup = try BinaryRunner.run(["backup", "--db", db, "--to", copy], in: root)
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.hasPrefix("backed up \(db) to \(copy)"))
        #expect(backup.stdout.contains("checked: ") && backup.stdout.contains("entries verified"), "\(backup.stdout)")
        let again = try BinaryRunner.run(["backup", "--db", db, "--to", copy], in: root)
        #expect(again.status != 0 && again.stderr.contains("exists there already") && again.stderr.split(separator: "\n").count == 1)

        let restore = try BinaryRunner.run(["restore", "--from", copy, "--db", restored], in: root)
        #expect(restore.status == 0, "\(restore.stderr)")
        let verified = try BinaryRunner.run(["audit", "verify", "--db", restored], in: root)
        #expect(verified.status == 0 && verified.stdout.contains("intact"), "\(verified.stdout)\(verified.stderr)")
        let counted = try BinaryRunner.run(
            ["query", "--db", restored, #"{"dataset": "graduates", "measures": [{"fn": "count", "as": "n"}]}"#], in: root)
        #expect(counted.stdout.contains("300"), "\(counted.stdout)")
    }

    @Test func serveTakesCheckedBackupsOnItsScheduleAndKeepsTheNewest() async throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let db = folder + "/store.sqlite", backups = folder + "/backups"
        let root = ProjectFiles.root.path
        #expect(try BinaryRunner.run(["generate", "--out", folder + "/data", "--graduates", "200"], in: root).status == 0)
        #expect(try BinaryRunner.run(["import", "--db", db, folder + "/data"], in: root).status == 0)
        // (An address nobody can listen on: were the option taken, the command would still end.)
        #expect(
            try BinaryRunner.run(["serve", "--db", db, "--host", "256.0.0.1", "--backup-every", "0"], in: root).stderr.contains("--backup-every must be"))
        // Every 1.8 seconds, keeping 2: wait (at most a minute) until the first backup seen has been pruned.
        let server = try await LiveServer(arguments: ["--db", db, "--backup-every", "0.0005", "--backup-keep", "2"])
        defer { server.stop() }
        var first: String?, kept: [String] = []
        for _ in 0..<240 {
            kept = ((try? FileManager.default.contentsOfDirectory(atPath: backups)) ?? []).filter { $0.hasSuffix(".sqlite") }.sorted()
            if first == nil { first = kept.first }
            if let first, kept.count == 2, !kept.contains(first) { break }
            try await Task.sleep(for: .milliseconds(250))
        }
        #expect(kept.count == 2 && first != nil && !kept.contains(first ?? ""), "\(kept)")
        server.stop()
        let newest = try #require(kept.last)
        let restored = folder + "/restored.sqlite"
        #expect(try BinaryRunner.run(["restore", "--from", backups + "/" + newest, "--db", restored], in: root).status == 0)
        let verified = try BinaryRunner.run(["audit", "verify", "--db", restored], in: root)
        #expect(verified.status == 0 && verified.stdout.contains("intact"), "\(verified.stdout)\(verified.stderr)")
    }
}
