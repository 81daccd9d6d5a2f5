import TVET

/// Turns a JSON batch (an array of records) into CSV text for the dataset decoder, so that JSON and CSV batches
/// pass exactly the same rules. JSON types are checked strictly here (a number for a number column, a string for
/// text and dates, `true`/`false` for booleans, an array of strings for lists), and a field the schema does not have
/// is refused, never dropped (no mass assignment).
struct JSONBatch {
    let csv: [UInt8]
    /// The CSV line each record starts on, in record order (for mapping the decoder's problems back to indices).
    let startLines: [Int]
    /// Type errors and unknown fields, by the line the record starts on (mapped back to indices with `index(ofLine:)`).
    let problems: [RowProblem]

    init(records: [JSONValue], dataset: DatasetSchema) {
        var text: [UInt8] = []
        var row = CSVRow()
        for column in dataset.columns { row.append(column.name) }
        Self.appendLine(row, to: &text)
        var line = 2
        var starts: [Int] = []
        var problems: [RowProblem] = []
        let known = Set(dataset.columnNames)
        for record in records {
            starts.append(line)
            row.removeAll()
            guard case .object(let fields) = record else {
                problems.append(RowProblem(line: line, column: nil, reason: "a record must be a JSON object, not \(record.kind)"))
                for _ in dataset.columns { row.appendNull() }
                line += Self.appendLine(row, to: &text)
                continue
            }
            for name in fields.keys.sorted() where !known.contains(name) {
                problems.append(RowProblem(line: line, column: name, reason: "unknown field: \(dataset.name) has no column '\(name)'"))
            }
            for column in dataset.columns {
                switch Self.text(of: fields[column.name] ?? .null, for: column) {
                case .success(let value?): row.append(value)
                case .success(nil): row.appendNull()
                case .failure(let reason):
                    problems.append(RowProblem(line: line, column: column.name, reason: reason.text))
                    row.appendNull()
                }
            }
            line += Self.appendLine(row, to: &text)
        }
        csv = text
        startLines = starts
        self.problems = problems
    }

    /// The record index of a CSV line.
    func index(ofLine line: Int) -> Int? {
        var low = 0, high = startLines.count - 1, found: Int?
        while low <= high {
            let mid = (low + high) / 2
            if startLines[mid] <= line {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }

    struct Reason: Error { let text: String }

    static func text(of value: JSONValue, for column: ColumnSchema) -> Result<String?, Reason> {
        // Types are described, values never repeated: a field may be personal data.
        let expected: String
        switch (column.type, value) {
        case (_, .null): return .success(nil)
        case (.text, .string(let text)), (.date, .string(let text)): return .success(text)
        case (.integer, .number(let number)):
            guard number == number.rounded(), abs(number) < 1e15 else { return .failure(Reason(text: "must be a whole number")) }
            return .success(String(Int64(number)))
        case (.decimal, .number(let number)): return .success(String(number))
        case (.boolean, .bool(let flag)): return .success(flag ? "true" : "false")
        case (.list, .array(let items)):
            var texts: [String] = []
            for item in items {
                guard case .string(let text) = item, !text.isEmpty, !text.contains(";") else {
                    return .failure(Reason(text: "must be an array of non-empty strings without ';'"))
                }
                texts.append(text)
            }
            return .success(texts.isEmpty ? nil : texts.joined(separator: ";"))
        case (.text, _): expected = "a string"
        case (.date, _): expected = "a \"YYYY-MM-DD\" string"
        case (.integer, _), (.decimal, _): expected = "a number"
        case (.boolean, _): expected = "true or false"
        case (.list, _): expected = "an array of strings"
        }
        return .failure(Reason(text: "must be \(expected), not \(value.kind)"))
    }

    /// Appends a row and a newline; returns how many lines it took (quoted fields may hold newlines).
    @discardableResult
    private static func appendLine(_ row: CSVRow, to text: inout [UInt8]) -> Int {
        text.append(contentsOf: row.bytes)
        text.append(10)
        return 1 + row.bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }
}
