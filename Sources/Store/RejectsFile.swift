import Foundation
import TVET

/// `<dataset>.rejects.csv`: one row per rejected line of a source file, `line,column,reason` followed by the
/// record's original fields, so the lines can be corrected and imported again.
///
/// It holds the same personal data as its source file and is kept beside it (git ignores `*.rejects.csv`).
enum RejectsFile {
    static func path(beside source: String, dataset: DatasetSchema) -> String {
        URL(fileURLWithPath: source).deletingLastPathComponent().appendingPathComponent(dataset.name + ".rejects.csv").path
    }

    /// Writes the rejects of `source`. A line with several problems is one row; its columns and reasons are joined
    /// with `;`. A record that is not valid CSV (a stray quote) keeps its first physical line as one field.
    static func write(to path: String, source: String, problems: [RowProblem]) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: source), options: .alwaysMapped))
        var byLine: [Int: [RowProblem]] = [:]
        for problem in problems { byLine[problem.line, default: []].append(problem) }
        var reader = CSVReader(bytes: bytes)
        var fields: [String] = []
        var header: [String] = []
        var records: [Int: [String]] = [:]
        while true {
            do {
                guard let line = try reader.nextRecord(into: &fields) else { break }
                if line == 1 { header = fields } else if byLine[line] != nil { records[line] = fields }
            } catch {
                if byLine[error.line] != nil { records[error.line] = [physicalLine(error.line, in: bytes)] }
            }
        }
        let writer = try CSVWriter(path: path)
        writer.writeHeader(["line", "column", "reason"] + header)
        for line in byLine.keys.sorted() {
            let lineProblems = byLine[line]!
            var row = CSVRow()
            row.append(line)
            row.append(lineProblems.compactMap(\.column).joined(separator: ";"))
            row.append(lineProblems.map(\.reason).joined(separator: "; "))
            for field in records[line] ?? [] { row.append(field) }
            writer.write(row)
        }
        writer.close()
    }

    /// The text of physical line `number` (from 1), without its line end.
    private static func physicalLine(_ number: Int, in bytes: [UInt8]) -> String {
        var line = 1, start = 0
        while line < number, let newline = bytes[start...].firstIndex(of: 10) {
            start = newline + 1
            line += 1
        }
        var end = bytes[start...].firstIndex(of: 10) ?? bytes.count
        if end > start, bytes[end - 1] == 13 { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
