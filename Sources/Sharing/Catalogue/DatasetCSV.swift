import Columnar
import TVET

/// Rows of a dataset as CSV text in the form of CONTRACT section 2 — header row, RFC 4180 quoting, empty field for
/// null, lists joined by `;` — the form `dataraya import` reads back.
///
///     let bytes = DatasetCSV.bytes(table, columns: DatasetSchema.institutions.columnNames)
public enum DatasetCSV {
    /// `rows` nil means every row, in stored order.
    public static func bytes(_ table: Table, columns names: [String], rows: [Int]? = nil) -> [UInt8] {
        let columns = names.compactMap { table.column($0) }
        var out: [UInt8] = []
        var record = CSVRow()
        for name in names { record.append(name) }
        out += record.bytes + [10]
        for row in rows ?? Array(0..<table.rowCount) {
            record.removeAll()
            for column in columns { record.append(column.isNull(row) ? "" : column.value(at: row).description) }
            out += record.bytes + [10]
        }
        return out
    }
}
