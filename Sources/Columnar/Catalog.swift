/// A declared many-to-one link: `from.column` holds keys of `to`'s primary key.
///
/// Queries follow it by name, the column without its `_id` suffix: `Link(from: "graduates", column: "programme_id",
/// to: "programmes")` makes `programme.field` a column of `graduates`.
public struct Link: Sendable, Hashable, Codable, CustomStringConvertible {
    public let from: String
    public let column: String
    public let to: String

    public init(from: String, column: String, to: String) {
        self.from = from
        self.column = column
        self.to = to
    }

    public var name: String { column.hasSuffix("_id") ? String(column.dropLast(3)) : column }
    public var description: String { "\(from).\(column) -> \(to)" }
}

/// An immutable snapshot of every table plus its resolved links.
///
/// Each link whose two tables are present is resolved once, when the snapshot is built, into a row-index array
/// over the source table (-1 = null or unmatched key), so following `a.b.c` costs one array read per hop.
public struct Catalog: Sendable {
    /// Incremented by `CatalogStore` on each publication.
    public internal(set) var version: UInt64 = 0
    public private(set) var tables: [String: Table]
    public let links: [Link]
    /// Source table → link name → target row of each source row.
    private(set) var resolved: [String: [String: ResolvedLink]] = [:]

    /// An empty catalog.
    public init() {
        tables = [:]
        links = []
    }

    public init(tables: [Table], links: [Link] = []) throws(TableError) {
        var byName: [String: Table] = [:]
        for t in tables {
            if byName[t.name] != nil { throw .duplicateTable(t.name) }
            byName[t.name] = t
        }
        var names = Set<String>()
        for l in links where !names.insert("\(l.from)\u{0}\(l.name)").inserted {
            throw .duplicateLink(table: l.from, name: l.name)
        }
        self.tables = byName
        self.links = links
        for link in links { try resolve(link) }
    }

    public func table(_ name: String) -> Table? { tables[name] }

    /// The target row of every row of `table` through the link called `name` (-1 = null or unmatched).
    public func linkRows(from table: String, link name: String) -> [Int32]? { resolved[table]?[name]?.rows }

    /// A new snapshot with `table` added or replaced; links touching it are resolved again.
    public func replacing(_ table: Table) throws(TableError) -> Catalog {
        var next = self
        next.tables[table.name] = table
        for link in links where link.from == table.name || link.to == table.name { try next.resolve(link) }
        return next
    }

    /// A new snapshot where `rows` are merged into the table of the same name by primary key
    /// (see `Table.merging`), or added as a new table.
    public func merging(_ rows: Table) throws(TableError) -> Catalog {
        guard let existing = tables[rows.name] else { return try replacing(rows) }
        return try replacing(existing.merging(rows))
    }

    private mutating func resolve(_ link: Link) throws(TableError) {
        guard let source = tables[link.from], let target = tables[link.to] else {
            resolved[link.from]?[link.name] = nil
            return
        }
        guard let column = source.column(link.column) else { throw .unknownLinkColumn(table: link.from, column: link.column) }
        guard let pk = target.primaryKey, let keyColumn = target.column(pk), let index = target.keyIndex else {
            throw .linkTargetWithoutKey(link: link.description, target: link.to)
        }
        let rows = try Catalog.resolveRows(link: link, column: column, keyColumn: keyColumn, index: index)
        resolved[link.from, default: [:]][link.name] = ResolvedLink(link: link, rows: rows)
    }

    private static func resolveRows(link: Link, column: Column, keyColumn: Column, index: KeyIndex) throws(TableError) -> [Int32] {
        var rows: [Int32]
        switch (column.storage, index) {
        case (.string(let codes, let dictionary), .string(let rowOfCode)):
            guard let targetDictionary = keyColumn.dictionary else { return [] }
            // Each distinct key is looked up once; rows then gather through the code → row table.
            var rowOfSourceCode = [Int32](repeating: -1, count: dictionary.count)
            dictionary.forEachUTF8 { code, bytes in
                if let t = targetDictionary.code(utf8: bytes) { rowOfSourceCode[code] = rowOfCode[Int(t)] }
            }
            rows = [Int32](unsafeUninitializedCapacity: codes.count) { out, initialized in
                codes.withUnsafeBufferPointer { c in
                    rowOfSourceCode.withUnsafeBufferPointer { m in
                        for i in 0..<c.count { out[i] = m[Int(c[i])] }
                    }
                }
                initialized = codes.count
            }
        case (.int32(let values), .integer(let keys)):
            rows = values.map { keys[Int64($0)] ?? -1 }
        case (.int64(let values), .integer(let keys)):
            rows = values.map { keys[$0] ?? -1 }
        default:
            throw .linkTypeMismatch(
                link: link.description, detail: "column is \(column.type.rawValue), key '\(keyColumn.name)' is \(keyColumn.type.rawValue)")
        }
        if let validity = column.validity {
            for i in 0..<rows.count where !validity[i] { rows[i] = -1 }
        }
        return rows
    }
}

struct ResolvedLink: Sendable {
    let link: Link
    let rows: [Int32]
}
