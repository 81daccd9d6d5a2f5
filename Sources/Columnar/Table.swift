/// Errors raised while building tables and catalogs (not by queries: see `QueryError`).
public enum TableError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicateColumn(table: String, column: String)
    case lengthMismatch(table: String, column: String, rows: Int, expected: Int)
    case unknownPrimaryKey(table: String, column: String)
    case primaryKeyType(table: String, column: String, type: ColumnType)
    case nullKey(table: String, row: Int)
    case duplicateKey(table: String, key: String)
    case schemaMismatch(table: String, detail: String)
    case unknownTable(String)
    case duplicateTable(String)
    case unknownLinkColumn(table: String, column: String)
    case linkTargetWithoutKey(link: String, target: String)
    case linkTypeMismatch(link: String, detail: String)
    case duplicateLink(table: String, name: String)

    public var description: String {
        switch self {
        case .duplicateColumn(let t, let c): "table '\(t)': column '\(c)' declared twice"
        case .lengthMismatch(let t, let c, let rows, let expected): "table '\(t)': column '\(c)' has \(rows) rows, expected \(expected)"
        case .unknownPrimaryKey(let t, let c): "table '\(t)': primary key column '\(c)' does not exist"
        case .primaryKeyType(let t, let c, let type): "table '\(t)': primary key '\(c)' is \(type.rawValue), must be string, int32 or int64"
        case .nullKey(let t, let row): "table '\(t)': row \(row) has a null primary key"
        case .duplicateKey(let t, let key): "table '\(t)': primary key '\(key)' appears more than once"
        case .schemaMismatch(let t, let detail): "table '\(t)': \(detail)"
        case .unknownTable(let t): "unknown table '\(t)'"
        case .duplicateTable(let t): "table '\(t)' given twice"
        case .unknownLinkColumn(let t, let c): "link column '\(c)' does not exist in table '\(t)'"
        case .linkTargetWithoutKey(let l, let t): "link \(l): table '\(t)' has no primary key"
        case .linkTypeMismatch(let l, let detail): "link \(l): \(detail)"
        case .duplicateLink(let t, let n): "table '\(t)': two links named '\(n)'"
        }
    }
}

/// Primary key → row lookup, built once per table version.
enum KeyIndex: Sendable {
    /// Row of each dictionary code of a string key (-1 for a code no row uses).
    case string(rowOfCode: [Int32])
    case integer([Int64: Int32])
}

/// An immutable table: a name, a row count, ordered columns of equal length and an optional primary key.
public struct Table: Sendable {
    public let name: String
    public let rowCount: Int
    public let columns: [Column]
    /// Name of the primary-key column, if any.
    public let primaryKey: String?
    let keyIndex: KeyIndex?
    private let positions: [String: Int]

    /// Assembles a table from finished columns; checks lengths, names and key uniqueness.
    public init(name: String, columns: [Column], primaryKey: String? = nil) throws(TableError) {
        var positions: [String: Int] = [:]
        for (i, c) in columns.enumerated() {
            if positions[c.name] != nil { throw .duplicateColumn(table: name, column: c.name) }
            positions[c.name] = i
        }
        let rows = columns.first?.count ?? 0
        for c in columns where c.count != rows {
            throw .lengthMismatch(table: name, column: c.name, rows: c.count, expected: rows)
        }
        self.name = name
        self.rowCount = rows
        self.columns = columns
        self.positions = positions
        self.primaryKey = primaryKey
        if let primaryKey {
            guard let index = positions[primaryKey] else { throw .unknownPrimaryKey(table: name, column: primaryKey) }
            keyIndex = try Table.buildKeyIndex(table: name, column: columns[index])
        } else {
            keyIndex = nil
        }
    }

    private static func buildKeyIndex(table: String, column: Column) throws(TableError) -> KeyIndex {
        if let validity = column.validity, let first = (0..<column.count).first(where: { !validity[$0] }) {
            throw .nullKey(table: table, row: first)
        }
        switch column.storage {
        case .string(let codes, let dictionary):
            var rowOfCode = [Int32](repeating: -1, count: dictionary.count)
            for (row, code) in codes.enumerated() {
                if rowOfCode[Int(code)] >= 0 { throw .duplicateKey(table: table, key: dictionary[code]) }
                rowOfCode[Int(code)] = Int32(row)
            }
            return .string(rowOfCode: rowOfCode)
        case .int32(let values):
            return try integerIndex(table: table, values.lazy.map { Int64($0) })
        case .int64(let values):
            return try integerIndex(table: table, values)
        default:
            throw .primaryKeyType(table: table, column: column.name, type: column.type)
        }
    }

    private static func integerIndex<S: Sequence<Int64>>(table: String, _ keys: S) throws(TableError) -> KeyIndex {
        var index: [Int64: Int32] = [:]
        for (row, key) in keys.enumerated() {
            if index.updateValue(Int32(row), forKey: key) != nil { throw .duplicateKey(table: table, key: String(key)) }
        }
        return .integer(index)
    }

    public var columnNames: [String] { columns.map(\.name) }

    public func column(_ name: String) -> Column? { positions[name].map { columns[$0] } }

    /// The row whose primary key is `key` (string keys).
    public func row(forKey key: String) -> Int? {
        guard case .string(let rowOfCode) = keyIndex, let pk = primaryKey, let dictionary = column(pk)?.dictionary,
            let code = dictionary.code(of: key)
        else { return nil }
        let row = rowOfCode[Int(code)]
        return row >= 0 ? Int(row) : nil
    }

    /// The row whose primary key is `key` (integer keys).
    public func row(forKey key: Int64) -> Int? {
        guard case .integer(let index) = keyIndex else { return nil }
        return index[key].map(Int.init)
    }

    /// The value of `column` at `row` (for display and tests).
    public func value(row: Int, column name: String) -> Value? { column(name)?.value(at: row) }

    /// The rows at `indices` (-1 gives a row of nulls) as a new table without a primary key.
    public func gathering(rows indices: [Int32], name: String? = nil) -> Table {
        let gathered = columns.map { column in
            let builder = makeBuilder(name: column.name, type: column.type)
            indices.withUnsafeBufferPointer { builder.appendRows(of: column, rows: $0) }
            return builder.finish()
        }
        // Columns come from one table and have equal lengths and distinct names, so this cannot fail.
        return (try? Table(name: name ?? self.name, columns: gathered)) ?? self
    }
}

/// Collects typed column builders and freezes them into a `Table`.
///
/// ```swift
/// let t = TableBuilder(name: "programmes", primaryKey: "programme_id")
/// let id = t.string("programme_id"), seats = t.int32("seats")
/// id.append("P001"); seats.append(30)
/// let table = try t.build()
/// ```
public final class TableBuilder {
    public let name: String
    public let primaryKey: String?
    public private(set) var builders: [any ColumnBuilder] = []

    public init(name: String, primaryKey: String? = nil) {
        self.name = name
        self.primaryKey = primaryKey
    }

    /// Adds a column of `type` and returns its builder.
    @discardableResult
    public func addColumn(_ name: String, type: ColumnType) -> any ColumnBuilder {
        let builder = makeBuilder(name: name, type: type)
        builders.append(builder)
        return builder
    }

    public func int32(_ name: String) -> Int32ColumnBuilder { add(Int32ColumnBuilder(name: name)) }
    public func int64(_ name: String) -> Int64ColumnBuilder { add(Int64ColumnBuilder(name: name)) }
    public func double(_ name: String) -> DoubleColumnBuilder { add(DoubleColumnBuilder(name: name)) }
    public func bool(_ name: String) -> BoolColumnBuilder { add(BoolColumnBuilder(name: name)) }
    public func date(_ name: String) -> DateColumnBuilder { add(DateColumnBuilder(name: name)) }
    public func string(_ name: String) -> StringColumnBuilder { add(StringColumnBuilder(name: name)) }
    public func list(_ name: String) -> ListColumnBuilder { add(ListColumnBuilder(name: name)) }

    private func add<B: ColumnBuilder>(_ builder: B) -> B {
        builders.append(builder)
        return builder
    }

    /// Freezes every column. Throws when columns differ in length, names repeat, or the key is null or repeated.
    public func build() throws(TableError) -> Table {
        try Table(name: name, columns: builders.map { $0.finish() }, primaryKey: primaryKey)
    }
}
