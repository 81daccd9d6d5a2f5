import Columnar

/// Typed reads of the catalog's columns for building the index: one pass per column over its buffer.
extension Table {
    func requiredColumn(_ name: String) throws(MatchingError) -> Column {
        guard let column = column(name) else { throw .missingColumn(table: self.name, column: name) }
        return column
    }

    /// An integer column as `UInt8` (0 for nulls and values outside 1...255).
    func levels(_ name: String) throws(MatchingError) -> [UInt8] {
        let column = try requiredColumn(name)
        guard case .int32(let values) = column.storage else { throw .missingColumn(table: self.name, column: name) }
        return values.enumerated().map { row, v in column.isNull(row) || v < 1 || v > 255 ? 0 : UInt8(v) }
    }

    /// A decimal column as `Float` (NaN for nulls).
    func floats(_ name: String) throws(MatchingError) -> [Float] {
        let column = try requiredColumn(name)
        switch column.storage {
        case .double(let values): return values.enumerated().map { row, v in column.isNull(row) ? .nan : Float(v) }
        case .int32(let values): return values.enumerated().map { row, v in column.isNull(row) ? .nan : Float(v) }
        default: throw .missingColumn(table: self.name, column: name)
        }
    }

    /// A boolean column (false for nulls).
    func flags(_ name: String) throws(MatchingError) -> [Bool] {
        let column = try requiredColumn(name)
        guard case .bool(let values) = column.storage else { throw .missingColumn(table: self.name, column: name) }
        guard let validity = column.validity else { return values }
        return values.enumerated().map { row, v in v && validity[row] }
    }

    /// A date column as days since 1970-01-01 (`Int32.min` for nulls).
    func days(_ name: String) throws(MatchingError) -> [Int32] {
        let column = try requiredColumn(name)
        guard case .date(let values) = column.storage else { throw .missingColumn(table: self.name, column: name) }
        guard let validity = column.validity else { return values }
        return values.enumerated().map { row, v in validity[row] ? v : .min }
    }

    /// A string column as dense codes (`Codes.unknown` for nulls and values outside the set).
    func codes(_ name: String, translate: (String) -> UInt8?) throws(MatchingError) -> [UInt8] {
        Codes.read(try requiredColumn(name), translate: translate)
    }

    /// The primary key of `row`, for output.
    func key(of row: Int) -> String {
        guard let pk = primaryKey, let column = column(pk) else { return String(row) }
        switch column.value(at: row) {
        case .string(let s): return s
        case .int(let i): return String(i)
        default: return String(row)
        }
    }
}
