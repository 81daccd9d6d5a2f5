import Foundation
import TVET
import Testing
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// An acknowledged file survives the import being killed; a file is never half stored.
@Suite(.serialized) struct ImportCrashTests {
    /// Runs `dataraya import`, reads its standard output as it streams, and kills it with SIGKILL as soon as
    /// `acknowledgements` "stored N rows" lines have appeared. Returns the acknowledged file names.
    static func importKilled(after acknowledgements: Int, folder: String, db: String) throws -> [String] {
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["import", "--db", db, folder]
        process.currentDirectoryURL = ProjectFiles.root
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var acknowledged: [String] = []
        var pending = Data()
        let handle = out.fileHandleForReading
        reading: while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }  // the import ended before the kill point
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                guard line.hasPrefix(folder + "/"), line.contains(": stored ") else { continue }
                acknowledged.append(String(line.dropFirst(folder.count + 1).prefix { $0 != ":" }))
                if acknowledged.count == acknowledgements {
                    kill(process.processIdentifier, SIGKILL)
                    break reading
                }
            }
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the import finished before it could be killed")
        return acknowledged
    }

    @Test func aKilledImportKeepsEveryAcknowledgedFileAndNoPartialOne() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let generated = try BinaryRunner.run(
            ["generate", "--out", folder, "--graduates", "30000", "--seed", "4"], in: ProjectFiles.root.path)
        try #require(generated.status == 0)
        let records = try Dictionary(uniqueKeysWithValues: TVETSchema.datasets.map { dataset in
            (dataset.name, try ImportQueryCommandTests.recordCount(folder + "/" + dataset.fileName))
        })
        // After the first file, and after the fifth (while the large files are being written).
        for killPoint in [1, 5] {
            let db = try ProjectFiles.temporaryDirectory() + "/dataraya.sqlite"
            let acknowledged = try Self.importKilled(after: killPoint, folder: folder, db: db)
            #expect(acknowledged.count == killPoint)
            for dataset in TVETSchema.datasets {
                let stored = try ImportQueryCommandTests.count(dataset.name, db: db)
                if acknowledged.contains(dataset.fileName) {
                    #expect(stored == records[dataset.name], "\(dataset.name): an acknowledged file lost rows")
                } else {
                    #expect(stored == 0 || stored == records[dataset.name], "\(dataset.name): \(stored) rows, a partial file")
                }
            }
            // The store still takes the rest: importing again completes it.
            let again = try BinaryRunner.run(["import", "--db", db, folder], in: ProjectFiles.root.path)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try ImportQueryCommandTests.count("graduates", db: db) == records["graduates"])
        }
    }
}
