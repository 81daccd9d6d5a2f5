import Foundation
import TVET
import Testing
import TestSupport

/// `dataraya import` and `dataraya query`, run as the built binary.
@Suite struct ImportQueryCommandTests {
    /// Records per file (lines after the header; the generator writes no embedded newlines).
    static func recordCount(_ path: String) throws -> Int {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count - 1
    }

    static func generate(graduates: Int, seed: UInt64, injectErrors: Double = 0) throws -> String {
        let out = try ProjectFiles.temporaryDirectory()
        let result = try BinaryRunner.run(
            ["generate", "--out", out, "--graduates", String(graduates), "--seed", String(seed), "--inject-errors", String(injectErrors)],
            in: ProjectFiles.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    static func count(_ dataset: String, db: String) throws -> Int {
        let result = try BinaryRunner.run(["query", "--db", db, #"{"dataset": "\#(dataset)", "measures": [{"fn": "count"}]}"#])
        #expect(result.status == 0, "\(result.stderr)")
        let prefix = #"{"columns":["count"],"rows":[["#
        guard result.stdout.hasPrefix(prefix), let n = Int(result.stdout.dropFirst(prefix.count).prefix { $0.isNumber }) else {
            Issue.record("unexpected query output: \(result.stdout)")
            return -1
        }
        return n
    }

    /// (file, line) of every defect the generator injected.
    static func manifest(_ folder: String) throws -> [String: Set<Int>] {
        var byFile: [String: Set<Int>] = [:]
        let text = try String(contentsOfFile: folder + "/injected-errors.csv", encoding: .utf8)
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            byFile[String(fields[0]), default: []].insert(Int(fields[1])!)
        }
        return byFile
    }

    /// The lines the report names as rejected, per file.
    static func reportedLines(_ stdout: String, folder: String) -> [String: Set<Int>] {
        var byFile: [String: Set<Int>] = [:]
        var current = ""
        for line in stdout.split(separator: "\n") {
            if line.hasPrefix(folder + "/") {
                current = String(line.dropFirst(folder.count + 1).prefix { $0 != ":" })
            } else if line.hasPrefix("  line ") {
                let number = Int(line.dropFirst(7).prefix { $0.isNumber })!
                byFile[current, default: []].insert(number)
            }
        }
        return byFile
    }

    @Test func generateImportAndQueryEndToEnd() throws {
        let folder = try Self.generate(graduates: 1000, seed: 7)
        let db = try ProjectFiles.temporaryDirectory() + "/store/dataraya.sqlite"
        let result = try BinaryRunner.run(["import", "--db", db, folder], in: ProjectFiles.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        // The matching ground truth beside the datasets is named and skipped.
        var expected = ["\(folder)/matching-truth.csv: skipped, not a dataset file"]
        var total = 0
        for dataset in TVETSchema.datasets {
            let n = try Self.recordCount(folder + "/" + dataset.fileName)
            total += n
            expected += ["\(folder)/\(dataset.fileName): \(n) records, 0 rejected", "\(folder)/\(dataset.fileName): stored \(n) rows"]
        }
        expected.append("import: stored \(total) rows from 9 files; 0 lines rejected")
        #expect(result.stdout == expected.joined(separator: "\n") + "\n")
        #expect(result.stderr.isEmpty)

        // Institutions per ministry, counted from the file, against the query over the store.
        let text = try String(contentsOfFile: folder + "/institutions.csv", encoding: .utf8)
        var perMinistry: [String: Int] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            perMinistry[String(line.split(separator: ",")[2]), default: 0] += 1
        }
        let rows = perMinistry.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
            .map { #"["\#($0.key)",\#($0.value)]"# }.joined(separator: ",")
        let query = try BinaryRunner.run([
            "query", "--db", db, #"{"dataset": "institutions", "group_by": ["ministry"], "measures": [{"fn": "count", "as": "n"}]}"#,
        ])
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stdout == #"{"columns":["ministry","n"],"rows":[\#(rows)]}"# + "\n")

        // A linked query: every graduate reaches an institution's state through two links.
        let linked = try BinaryRunner.run([
            "query", "--db", db,
            #"{"dataset": "graduates", "filters": [{"column": "programme.institution.state", "op": "not_null"}], "measures": [{"fn": "count"}]}"#,
        ])
        #expect(linked.stdout == #"{"columns":["count"],"rows":[[1000]]}"# + "\n")
    }

    @Test func aFileWithBadLinesIsRefusedWholeAndEveryBadLineIsNamed() throws {
        let folder = try Self.generate(graduates: 2000, seed: 3, injectErrors: 0.02)
        let manifest = try Self.manifest(folder)
        let db = try ProjectFiles.temporaryDirectory() + "/dataraya.sqlite"
        let result = try BinaryRunner.run(["import", "--db", db, folder], in: ProjectFiles.root.path)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains("lines rejected"), "\(result.stderr)")
        #expect(result.stdout.contains("\(folder)/injected-errors.csv: skipped, not a dataset file"))
        let reported = Self.reportedLines(result.stdout, folder: folder)
        for (file, lines) in manifest {
            // Every injected defect is named; files downstream of a refused file add their now-dangling links.
            #expect(lines.isSubset(of: reported[file] ?? []), "\(file)")
            #expect(result.stdout.contains("\(folder)/\(file): nothing stored, the file has rejected lines"))
            #expect(!result.stdout.contains("\(folder)/\(file): stored"))
            #expect(try Self.count(String(file.dropLast(4)), db: db) == 0, "\(file)")
        }
        // Institutions link to nothing, so exactly their own defects are reported.
        #expect(reported["institutions.csv"] == manifest["institutions.csv"])
        #expect(result.stdout.contains("note: institutions.csv was not stored in this import"))
        // The report never repeats a MyKad number or a name.
        let students = try String(contentsOfFile: folder + "/students.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        for record in students.prefix(200) {
            let fields = record.split(separator: ",", omittingEmptySubsequences: false)
            #expect(!result.stdout.contains(fields[1]), "a MyKad number reached the report")
        }
    }

    @Test func skipInvalidStoresTheGoodRowsAndWritesExactlyTheBadLines() throws {
        let folder = try Self.generate(graduates: 2000, seed: 3, injectErrors: 0.02)
        let manifest = try Self.manifest(folder)
        let db = try ProjectFiles.temporaryDirectory() + "/dataraya.sqlite"
        let result = try BinaryRunner.run(["import", "--db", db, "--skip-invalid", folder], in: ProjectFiles.root.path)
        #expect(result.status != 0)
        #expect(Self.reportedLines(result.stdout, folder: folder) == manifest)
        for dataset in TVETSchema.datasets {
            let records = try Self.recordCount(folder + "/" + dataset.fileName)
            let bad = manifest[dataset.fileName]?.count ?? 0
            #expect(result.stdout.contains("\(folder)/\(dataset.fileName): stored \(records - bad) rows\n"))
            #expect(try Self.count(dataset.name, db: db) == records - bad, "\(dataset.name)")
            let rejectsPath = folder + "/" + dataset.name + ".rejects.csv"
            guard bad > 0 else {
                #expect(!FileManager.default.fileExists(atPath: rejectsPath))
                continue
            }
            let rejects = try Data(contentsOf: URL(fileURLWithPath: rejectsPath))
            var reader = CSVReader(bytes: [UInt8](rejects))
            var fields: [String] = []
            _ = try reader.nextRecord(into: &fields)
            #expect(fields == ["line", "column", "reason"] + dataset.columnNames)
            var lines = Set<Int>()
            while try reader.nextRecord(into: &fields) != nil {
                lines.insert(Int(fields[0])!)
                #expect(!fields[2].isEmpty)
            }
            #expect(lines == manifest[dataset.fileName], "\(dataset.name)")
        }
    }

    @Test func aRepeatedApplicationIsNamedByLineAndSkipInvalidStoresTheRest() throws {
        let folder = try Self.generate(graduates: 300, seed: 4)
        let db = try ProjectFiles.temporaryDirectory() + "/dataraya.sqlite"
        #expect(try BinaryRunner.run(["import", "--db", db, folder], in: ProjectFiles.root.path).status == 0)
        let stored = try Self.recordCount(folder + "/applications.csv")
        let lines = try String(contentsOfFile: folder + "/applications.csv", encoding: .utf8).split(separator: "\n").map(String.init)
        func record(_ line: String, id: String, intake: String? = nil) -> String {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[0] = id
            if let intake { fields[3] = intake }
            return fields.joined(separator: ",")
        }
        // Line 2 repeats a stored application; line 4 repeats line 3 (same person, programme and intake).
        let batch = [lines[0], record(lines[1], id: "A_REPEAT_1"), record(lines[2], id: "A_NEW_1", intake: "2099"),
                     record(lines[2], id: "A_REPEAT_2", intake: "2099")]
        let update = try ProjectFiles.temporaryDirectory()
        try (batch.joined(separator: "\n") + "\n").write(toFile: update + "/applications.csv", atomically: true, encoding: .utf8)
        let refused = try BinaryRunner.run(["import", "--db", db, update + "/applications.csv"], in: ProjectFiles.root.path)
        #expect(refused.status != 0)
        #expect(Self.reportedLines(refused.stdout, folder: update) == ["applications.csv": [2, 4]])
        #expect(refused.stdout.contains("  line 2, column no_ic: the same applicant already has an application stored for programme"))
        #expect(refused.stdout.contains("  line 4, column no_ic: the same applicant already applies for programme"))
        #expect(!refused.stdout.contains(lines[2].split(separator: ",")[1]), "a MyKad number reached the report")
        #expect(try Self.count("applications", db: db) == stored)
        let skipped = try BinaryRunner.run(["import", "--db", db, "--skip-invalid", update + "/applications.csv"], in: ProjectFiles.root.path)
        #expect(skipped.stdout.contains("\(update)/applications.csv: stored 1 rows\n"))
        #expect(try Self.count("applications", db: db) == stored + 1)
        let rejects = try String(contentsOfFile: update + "/applications.rejects.csv", encoding: .utf8)
        #expect(rejects.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } } == ["2", "4"])
    }

    @Test func reImportingAFileReplacesItsRecordsByID() throws {
        let folder = try Self.generate(graduates: 500, seed: 2)
        let db = try ProjectFiles.temporaryDirectory() + "/dataraya.sqlite"
        #expect(try BinaryRunner.run(["import", "--db", db, folder], in: ProjectFiles.root.path).status == 0)
        let programmes = try Self.recordCount(folder + "/programmes.csv")
        // The first programme again, with 4321 seats.
        var lines = try String(contentsOfFile: folder + "/programmes.csv", encoding: .utf8).split(separator: "\n").map(String.init)
        var first = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        first[first.count - 1] = "4321"
        lines = [lines[0], first.joined(separator: ",")]
        let update = try ProjectFiles.temporaryDirectory()
        try (lines.joined(separator: "\n") + "\n").write(toFile: update + "/programmes.csv", atomically: true, encoding: .utf8)
        let again = try BinaryRunner.run(["import", "--db", db, update + "/programmes.csv"], in: ProjectFiles.root.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\(update)/programmes.csv: stored 1 rows\n"))
        #expect(try Self.count("programmes", db: db) == programmes)
        let query = try BinaryRunner.run([
            "query", "--db", db,
            #"{"dataset": "programmes", "filters": [{"column": "seats", "op": "eq", "value": 4321}], "group_by": ["programme_id"], "measures": [{"fn": "count"}]}"#,
        ])
        #expect(query.stdout == #"{"columns":["programme_id","count"],"rows":[["\#(first[0])",1]]}"# + "\n")
        // Rows linking to the replaced programme still reach it.
        let linked = try BinaryRunner.run([
            "query", "--db", db, #"{"dataset": "graduates", "filters": [{"column": "programme.programme_id", "op": "is_null"}], "measures": [{"fn": "count"}]}"#,
        ])
        #expect(linked.stdout == #"{"columns":["count"],"rows":[[0]]}"# + "\n")
    }

    @Test(arguments: [
        (["import", "--db", "/tmp/dataraya-test-unused.sqlite"], "name at least one folder or CSV file"),
        (["import", "--db", "/tmp/dataraya-test-unused.sqlite", "/nonexistent/folder"], "/nonexistent/folder: no such file or folder"),
        (["import", "--db", "/tmp/dataraya-test-unused.sqlite", "Package.swift"], "Package.swift: not a dataset file"),
        (["import", "--db", "/tmp/dataraya-test-unused.sqlite", "docs"], "no dataset file"),
        (["query", "--db", "/nonexistent/store.sqlite", #"{"dataset": "graduates"}"#], "no store at /nonexistent/store.sqlite"),
        (["query", "--db", "/nonexistent/store.sqlite", "{not json"], "the query is not valid JSON"),
        (["query", "--db", "/nonexistent/store.sqlite", #"{"filters": []}"#], "the query has no 'dataset'"),
        (["query", "--db", "/nonexistent/store.sqlite", #"{"dataset": 3}"#], "the query's 'dataset' has the wrong type"),
        (["query"], "Missing expected argument '<json>'"),
    ])
    func badInputExitsNonZeroWithAOneLineReason(_ arguments: [String], _ reason: String) throws {
        let result = try BinaryRunner.run(arguments, in: ProjectFiles.root.path)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").first?.contains(reason) == true, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/dataraya-test-unused.sqlite"))
    }

    @Test func aFileThatIsNotAStoreIsRefused() throws {
        let path = try ProjectFiles.temporaryDirectory() + "/not-a-store.sqlite"
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let result = try BinaryRunner.run(["query", "--db", path, #"{"dataset": "graduates"}"#])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: cannot open the store \(path): file is not a database\n")
    }

    @Test func aBadQueryExitsWithTheEnginesError() throws {
        let folder = try Self.generate(graduates: 100, seed: 1)
        let db = try ProjectFiles.temporaryDirectory() + "/dataraya.sqlite"
        #expect(try BinaryRunner.run(["import", "--db", db, folder + "/institutions.csv"], in: ProjectFiles.root.path).status == 0)
        let result = try BinaryRunner.run([
            "query", "--db", db, #"{"dataset": "institutions", "group_by": ["stat"], "measures": [{"fn": "count"}]}"#,
        ])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: unknown column 'stat' in dataset 'institutions'\n")
        #expect(result.stdout.isEmpty)
    }
}
