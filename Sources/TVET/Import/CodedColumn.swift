import Columnar

/// A string column with few distinct values (a value set, a link to a small dataset), kept as one code per row into
/// a table holding each distinct value once, and gathered into the final column at the end.
///
/// The decoder already hashes such a field once to check it (value-set table, link cache); the code it finds there
/// is all a row needs, so the column builder does not hash every row's bytes a second time. Gathering interns only
/// the values that accepted rows use, in first-use order, as the builder would have.
struct CodedColumn {
    let name: String
    /// One row per distinct value; a value's row is its code.
    private let values: StringColumnBuilder
    private var codes: [Int32] = []

    init(name: String, values initial: [String] = []) {
        self.name = name
        values = StringColumnBuilder(name: name)
        for value in initial { values.append(value) }
    }

    /// Adds a value not seen before and returns its code.
    mutating func addValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        values.append(utf8: bytes)
        return Int32(values.count - 1)
    }

    /// Appends a row: a code from `addValue` (or the initial values' order), or -1 for null.
    mutating func append(code: Int32) { codes.append(code) }

    /// The rows coded so far, as strings into `builder` (for a column that turns out to have many distinct values).
    func replay(into builder: StringColumnBuilder) {
        guard case .string(let rowCodes, let dictionary) = values.finish().storage else { return }
        for code in codes {
            if code < 0 { builder.appendNull() } else { builder.append(dictionary[rowCodes[Int(code)]]) }
        }
    }

    func finish() -> Column {
        do {
            return try Table(name: name, columns: [values.finish()]).gathering(rows: codes).columns[0]
        } catch {
            preconditionFailure("a one-column table cannot be refused: \(error)")
        }
    }
}
