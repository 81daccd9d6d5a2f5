import Columnar
import Foundation
import SyntheticData
import TVET
import TestSupport

/// Test data for the store, built in one place: a small generated national dataset read into engine tables.
enum Fixtures {
    /// The nine tables of a generated dataset (in load order), read with the plain CSV reader and the engine's
    /// own field parsing: an independent path from the store's binding and stepping.
    static func generatedTables(graduates: Int = 300, seed: UInt64 = 5) throws -> [Columnar.Table] {
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let options = GeneratorOptions(graduates: graduates, seed: seed)
        _ = try NationalDatasetGenerator(options: options, taxonomy: try ProjectFiles.taxonomy()).write(to: folder)
        return try TVETSchema.datasets.map { try table(dataset: $0, csv: folder + "/" + $0.fileName) }
    }

    static func table(dataset: DatasetSchema, csv path: String) throws -> Columnar.Table {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var reader = CSVReader(bytes: bytes)
        var fields: [String] = []
        _ = try reader.nextRecord(into: &fields)  // the header
        let (table, columns) = dataset.makeTableBuilder()
        while try reader.nextRecord(into: &fields) != nil {
            for (column, field) in zip(columns, fields) {
                guard column.appendParsing(field) else { throw FixtureError("\(dataset.name).\(column.name): '\(field)'") }
            }
        }
        return try table.build()
    }

    /// A table of `dataset` from rows of text fields in schema order ("" = null).
    static func table(_ dataset: DatasetSchema, _ rows: [[String]]) throws -> Columnar.Table {
        let (table, columns) = dataset.makeTableBuilder()
        for row in rows {
            for (column, field) in zip(columns, row) {
                guard column.appendParsing(field) else { throw FixtureError("\(dataset.name).\(column.name): '\(field)'") }
            }
        }
        return try table.build()
    }

    static let institution = ["INS001", "ILP Kuala Lumpur", "KESUMA", "ILP", "W.P. Kuala Lumpur", "Kuala Lumpur", "3.15", "101.7"]

    static func programme(_ id: String, institution: String = "INS001", seats: Int = 30) -> [String] {
        [id, institution, "Sijil Elektrik", "ELECTRICAL", "EE-012-3:2016", "3", "24", String(seats)]
    }

    static func student(_ id: String, programme: String) -> [String] {
        [id, "020304101235", "Aminah binti Ali", "F", "2002-03-04", "Selangor", programme, "2020", "ACTIVE", ""]
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Columnar.Table {
    /// Every cell as a comparable value; lists as their items, so an empty list and a null differ.
    func cells(_ column: Columnar.Column) -> [[String]?] {
        (0..<rowCount).map { row in
            if column.isNull(row) { return nil }
            if column.type == .list { return column.listItems(at: row) }
            return [column.value(at: row).description]
        }
    }
}
