import Columnar
import Foundation
import SyntheticData
import TVET
import TestSupport
import Testing

/// The decoder against the generator's manifest of injected defects and the independent `DatasetChecker`.
@Suite struct ImportOracleTests {
    /// Decodes the nine files in load order; a link is known when an earlier file accepted its id.
    static func decodeAll(_ directory: String) throws -> [String: DecodedFile] {
        let taxonomy = try ProjectFiles.taxonomy()
        var accepted: [String: Set<String>] = [:]
        var files: [String: DecodedFile] = [:]
        for dataset in TVETSchema.datasets {
            let file = try DatasetDecoder(dataset: dataset, taxonomy: taxonomy).decode(
                file: directory + "/" + dataset.fileName, linkExists: { accepted[$0]?.contains(String($1)) ?? false })
            let keys = file.table.column(dataset.primaryKey.name)!
            accepted[dataset.name] = Set((0..<file.table.rowCount).map { ImportFixtures.text(keys.value(at: $0)) })
            files[dataset.fileName] = file
        }
        return files
    }

    @Test func refusesExactlyTheInjectedLinesAndAcceptsWhatTheCheckerAccepts() throws {
        let directory = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try NationalDatasetGenerator(
            options: GeneratorOptions(graduates: 3_000, seed: 5, injectErrors: 0.03), taxonomy: try ProjectFiles.taxonomy()
        ).write(to: directory)
        let files = try Self.decodeAll(directory)

        var reader = CSVReader(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/injected-errors.csv"))))
        var fields: [String] = []
        _ = try reader.nextRecord(into: &fields)
        var injected = Set<String>()
        while try reader.nextRecord(into: &fields) != nil { injected.insert("\(fields[0]):\(fields[1])") }
        let refused = Set(files.flatMap { name, file in file.problems.map { "\(name):\($0.line)" } })
        #expect(injected.count > 100)
        #expect(refused == injected)

        var checker = DatasetChecker(taxonomy: try ProjectFiles.taxonomy())
        try checker.check(directory: directory)
        for dataset in TVETSchema.datasets {
            let file = files[dataset.fileName]!
            #expect(file.rejectedLineCount == Set(file.problems.map(\.line)).count)
            #expect(file.recordCount == file.lines.count + file.rejectedLineCount)
            // The checker keeps rows whose links are broken and reports those lines separately.
            let brokenLinks = Set(
                checker.problems.filter { problem in
                    problem.file == dataset.fileName
                        && dataset.column(named: problem.column)?.linksTo.map { "unknown \($0) id" } == problem.reason
                }.map(\.line))
            let expectedRows = checker.rows[dataset.fileName] ?? []
            #expect(file.table.rowCount == expectedRows.count - brokenLinks.count, "\(dataset.name)")
            let byID = Dictionary(expectedRows.map { ($0[dataset.primaryKey.name]!, $0) }) { first, _ in first }
            var mismatches: [String] = []
            for row in 0..<file.table.rowCount {
                let id = ImportFixtures.text(file.table.value(row: row, column: dataset.primaryKey.name)!)
                guard let expected = byID[id] else {
                    mismatches.append("\(id) not accepted by the checker")
                    continue
                }
                for column in dataset.columns where !Self.same(file.table.value(row: row, column: column.name)!, expected[column.name]!) {
                    mismatches.append("\(id).\(column.name)")
                }
            }
            #expect(mismatches.isEmpty, "\(dataset.name): \(mismatches.prefix(5))")
        }
    }

    @Test func theCleanNationalSampleDecodesWithoutAProblem() throws {
        let dataset = try GeneratedDataset.shared.get()
        let files = try Self.decodeAll(dataset.directory)
        for schema in TVETSchema.datasets {
            let file = files[schema.fileName]!
            #expect(file.problems.isEmpty, "\(schema.name): \(file.problems.prefix(3))")
            #expect(file.table.rowCount == dataset.rows(schema.name).count)
        }
    }

    /// A table value equals the CSV text it was decoded from.
    static func same(_ value: Value, _ text: String) -> Bool {
        switch value {
        case .int(let v): Int64(text) == v
        case .double(let v): Double(text) == v
        default: ImportFixtures.text(value) == text
        }
    }
}
