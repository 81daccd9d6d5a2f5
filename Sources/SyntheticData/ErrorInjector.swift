import TVET
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Writes deliberately bad records for testing importers (`dataraya generate --inject-errors RATE`).
///
/// After a share `rate` of good records, an extra record is written: a copy of that record with a fresh id and
/// exactly one defect. Nothing links to the extra records, so rejecting them leaves every good record whole.
/// Every defect is listed in `injected-errors.csv` (file, line, column, kind) beside the data.
final class ErrorInjector {
    enum Kind: String, CaseIterable {
        case wrongType = "wrong_type"
        case unknownCode = "unknown_code"
        case invalidMyKad = "invalid_mykad"
        case brokenLink = "broken_link"
        case badQuoting = "bad_quoting"
        case missingRequired = "missing_required"
        case duplicateID = "duplicate_id"
    }

    struct Defect {
        let column: String
        let kind: Kind
    }

    static let manifestName = "injected-errors.csv"

    private let rate: Double
    private var random: RandomSource
    /// What was injected where: (file, line, column, kind).
    private(set) var entries: [(file: String, line: Int, column: String, kind: Kind)] = []

    init(rate: Double, seed: UInt64) {
        self.rate = rate
        random = RandomSource(seed: seed, stream: "injected-errors")
    }

    func shouldInject() -> Bool { random.chance(rate) }

    /// Turns a copy of a good record into a bad one and says what is wrong with it.
    func corrupt(_ row: inout CSVRow, schema: DatasetSchema, sequence: Int) -> Defect {
        let columns = Array(schema.columns.enumerated().dropFirst())
        var candidates: [(Kind, [Int])] = [
            (.wrongType, columns.filter { [.integer, .decimal, .date, .boolean].contains($0.1.type) }.map(\.0)),
            (.unknownCode, columns.filter { if case .oneOf = $0.1.rule { true } else { false } }.map(\.0)),
            (.invalidMyKad, columns.filter { $0.1.rule == .myKad }.map(\.0)),
            (.brokenLink, columns.filter { $0.1.linksTo != nil }.map(\.0)),
            (.badQuoting, columns.filter { $0.1.type == .text && $0.1.rule == nil && $0.1.linksTo == nil }.map(\.0)),
            (.missingRequired, columns.filter { !$0.1.nullable }.map(\.0)),
            (.duplicateID, [0]),
        ]
        candidates.removeAll { $0.1.isEmpty }
        let (kind, indices) = random.pick(candidates)
        let index = random.pick(indices)
        let column = schema.columns[index]
        if kind != .duplicateID { row.replace(0, with: row.rawField(0) + "X\(sequence + 1)") }
        switch kind {
        case .wrongType:
            let values: [DataType: [String]] = [
                .integer: ["twelve", "3.5", "12a"], .decimal: ["RM1500", "1,500.00", "n/a"],
                .date: ["2024-02-30", "31/12/2024", "2023-13-01"], .boolean: ["yes", "1", "TRUE "],
            ]
            row.replace(index, with: random.pick(values[column.type]!))
        case .unknownCode: row.replace(index, with: row.rawField(index) + "X")
        case .invalidMyKad:
            row.replace(index, with: random.pick(["991332101234", "990230101234", "990101171234", "99010110123", "990101-10-1234"]))
        case .brokenLink: row.replace(index, with: "NOSUCH\(sequence + 1)")
        case .badQuoting: row.replaceRaw(index, with: "Rekod \"rosak")
        case .missingRequired: row.replaceRaw(index, with: "")
        case .duplicateID: break
        }
        return Defect(column: column.name, kind: kind)
    }

    func record(file: String, line: Int, defect: Defect) {
        entries.append((file, line, defect.column, defect.kind))
    }

    func writeManifest(to path: String) throws {
        let writer = try CSVWriter(path: path)
        writer.writeHeader(["file", "line", "column", "kind"])
        var row = CSVRow()
        for entry in entries {
            row.removeAll()
            row.append(entry.file)
            row.append(entry.line)
            row.append(entry.column)
            row.append(entry.kind.rawValue)
            writer.write(row)
        }
        writer.close()
    }
}
