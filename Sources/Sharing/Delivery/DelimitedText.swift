import Columnar

/// Rows of a dataset as tab-separated text (the `txt` delivery): a header row, one line a record, an empty field
/// for null, lists joined by `;`. A tab or line break inside a value becomes a space, so every line is one record.
public enum DelimitedText {
    public static func tabSeparated(_ table: Table, columns names: [String], rows: [Int]) -> [UInt8] {
        let columns = names.compactMap { table.column($0) }
        var lines = [names.joined(separator: "\t")]
        for row in rows {
            lines.append(columns.map { column in
                column.isNull(row) ? "" : clean(column.value(at: row).description)
            }.joined(separator: "\t"))
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
