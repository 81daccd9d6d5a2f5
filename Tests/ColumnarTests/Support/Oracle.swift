import Columnar

/// A plain value of the reference evaluator. Dates are kept as `YYYY-MM-DD` strings, whose text order is
/// their chronological order.
enum OValue: Hashable, CustomStringConvertible {
    case null
    case int(Int64)
    case double(Double)
    case string(String)
    case bool(Bool)
    case date(String)
    case list([String])

    var description: String {
        switch self {
        case .null: "null"
        case .int(let v): "\(v)"
        case .double(let v): "\(v)"
        case .string(let s): "\"\(s)\""
        case .bool(let b): "\(b)"
        case .date(let d): "date(\(d))"
        case .list(let l): "\(l)"
        }
    }
}

/// A table of the reference evaluator: rows as dictionaries of plain values.
struct OTable {
    var name: String
    var primaryKey: String
    var columns: [(name: String, type: ColumnType)]
    var rows: [[String: OValue]]

    func type(of column: String) -> ColumnType? { columns.first { $0.name == column }?.type }
}

struct OLink {
    var from: String
    var column: String
    var to: String
    var name: String { column.hasSuffix("_id") ? String(column.dropLast(3)) : column }
}

/// A deliberately naive, row-at-a-time evaluator of `Query`, sharing no code with the engine: every row is a
/// dictionary, links are followed by key lookups, groups are dictionaries of row lists.
/// It assumes the query is valid (the random generator only makes valid ones).
struct Oracle {
    let tables: [String: OTable]
    let links: [OLink]
    private var keyIndex: [String: [OValue: Int]] = [:]

    init(tables: [OTable], links: [OLink]) {
        var byName: [String: OTable] = [:]
        for t in tables { byName[t.name] = t }
        self.tables = byName
        self.links = links
        for t in tables {
            var index: [OValue: Int] = [:]
            for (i, row) in t.rows.enumerated() { index[row[t.primaryKey] ?? .null] = i }
            keyIndex[t.name] = index
        }
    }

    /// The type at the end of a path, or nil when the path does not exist.
    func type(of path: String, in dataset: String) -> ColumnType? {
        var table = dataset
        let parts = path.split(separator: ".").map(String.init)
        for part in parts.dropLast() {
            guard let link = links.first(where: { $0.from == table && $0.name == part }) else { return nil }
            table = link.to
        }
        return tables[table]?.type(of: parts.last ?? "")
    }

    func value(_ path: String, row: [String: OValue], table: String) -> OValue {
        var current = row
        var tableName = table
        let parts = path.split(separator: ".").map(String.init)
        for part in parts.dropLast() {
            let link = links.first { $0.from == tableName && $0.name == part }!
            let key = current[link.column] ?? .null
            if key == .null { return .null }
            guard let target = keyIndex[link.to]?[key] else { return .null }
            current = tables[link.to]!.rows[target]
            tableName = link.to
        }
        return current[parts.last!] ?? .null
    }

    // MARK: comparisons

    static func compare(_ a: OValue, _ b: OValue) -> Int {
        func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a, b) {
        case (.int(let x), .int(let y)): return sign(x, y)
        case (.int(let x), .double(let y)): return sign(Double(x), y)
        case (.double(let x), .int(let y)): return sign(x, Double(y))
        case (.double(let x), .double(let y)): return sign(x, y)
        case (.string(let x), .string(let y)), (.date(let x), .date(let y)):
            return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8)) ? -1 : (x == y ? 0 : 1)
        case (.bool(let x), .bool(let y)): return sign(x ? 1 : 0, y ? 1 : 0)
        default: fatalError("oracle: cannot compare \(a) with \(b)")
        }
    }

    /// Ascending with nulls last.
    static func orderNullsLast(_ a: OValue, _ b: OValue) -> Int {
        switch (a == .null, b == .null) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        default: return compare(a, b)
        }
    }

    static func literal(_ l: Literal, for type: ColumnType) -> OValue {
        switch (l, type) {
        case (.int(let i), _): return .int(i)
        case (.double(let d), _): return .double(d)
        case (.string(let s), .date): return .date(s)
        case (.string(let s), _): return .string(s)
        case (.bool(let b), _): return .bool(b)
        case (.null, _): return .null
        }
    }

    func matches(_ f: Filter, row: [String: OValue], table: String) -> Bool {
        let v = value(f.column, row: row, table: table)
        let type = self.type(of: f.column, in: table)!
        if f.op == "is_null" { return v == .null }
        if f.op == "not_null" { return v != .null }
        if v == .null { return false }
        let one = f.value.map { Oracle.literal($0, for: type) }
        let many = (f.values ?? []).map { Oracle.literal($0, for: type) }
        switch f.op {
        case "eq": return Oracle.compare(v, one!) == 0
        case "ne": return Oracle.compare(v, one!) != 0
        case "lt": return Oracle.compare(v, one!) < 0
        case "le": return Oracle.compare(v, one!) <= 0
        case "gt": return Oracle.compare(v, one!) > 0
        case "ge": return Oracle.compare(v, one!) >= 0
        case "between": return Oracle.compare(v, many[0]) >= 0 && Oracle.compare(v, many[1]) <= 0
        case "in": return many.contains { Oracle.compare(v, $0) == 0 }
        case "not_in": return !many.contains { Oracle.compare(v, $0) == 0 }
        case "contains":
            guard case .list(let items) = v else { return false }
            let wanted = one.map { [$0] } ?? many
            return wanted.contains { w in items.contains { .string($0) == w } }
        default: fatalError("oracle: op \(f.op)")
        }
    }

    // MARK: aggregates

    func measure(_ m: Measure, rows: [[String: OValue]], table: String) -> OValue {
        if m.fn == "rate" {
            if rows.isEmpty { return .null }
            let hits = rows.filter { matches(m.condition!, row: $0, table: table) }.count
            return .double(Double(hits) / Double(rows.count))
        }
        guard let column = m.column else { return .int(Int64(rows.count)) }
        let values = rows.map { value(column, row: $0, table: table) }.filter { $0 != .null }
        switch m.fn {
        case "count": return .int(Int64(values.count))
        case "count_distinct": return .int(Int64(Set(values).count))
        case "sum", "avg":
            if values.isEmpty { return .null }
            if case .double = values[0] {
                var total = 0.0
                for case .double(let d) in values { total += d }
                return m.fn == "sum" ? .double(total) : .double(total / Double(values.count))
            }
            var total: Int64 = 0
            for case .int(let i) in values { total += i }
            return m.fn == "sum" ? .int(total) : .double(Double(total) / Double(values.count))
        case "min", "max":
            if values.isEmpty { return .null }
            return values.dropFirst().reduce(values[0]) { best, v in
                let c = Oracle.compare(v, best)
                return (m.fn == "min" ? c < 0 : c > 0) ? v : best
            }
        case "median", "p25", "p75", "p90":
            if values.isEmpty { return .null }
            let p = ["median": 0.5, "p25": 0.25, "p75": 0.75, "p90": 0.9][m.fn]!
            let sorted = values.map { v -> Double in
                switch v {
                case .int(let i): return Double(i)
                case .double(let d): return d
                default: fatalError("oracle: quantile of \(v)")
                }
            }.sorted()
            let h = p * Double(sorted.count - 1)
            let lo = Int(h.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
            return .double(sorted[lo] + (sorted[hi] - sorted[lo]) * (h - Double(lo)))
        default: fatalError("oracle: fn \(m.fn)")
        }
    }

    static func outputName(_ m: Measure) -> String {
        if let a = m.alias { return a }
        return m.column.map { "\(m.fn)(\($0))" } ?? m.fn
    }

    // MARK: the query

    func run(_ q: Query) -> (columns: [String], rows: [[OValue]]) {
        let table = tables[q.dataset]!
        let selected = table.rows.filter { row in q.filters.allSatisfy { matches($0, row: row, table: q.dataset) } }
        var groups: [[OValue]: [[String: OValue]]] = [:]
        for row in selected {
            groups[q.groupBy.map { value($0, row: row, table: q.dataset) }, default: []].append(row)
        }
        if q.groupBy.isEmpty && groups.isEmpty { groups[[]] = [] }
        var out = groups.map { key, rows in key + q.measures.map { measure($0, rows: rows, table: q.dataset) } }
        let columns = q.groupBy + q.measures.map(Oracle.outputName)
        let order = q.orderBy.map { key in (columns.firstIndex(of: key.column)!, key.desc) }
        out.sort { a, b in
            for (i, desc) in order {
                let c = Oracle.orderNullsLast(a[i], b[i])
                if c != 0 { return (a[i] == .null || b[i] == .null) ? c < 0 : (desc ? c > 0 : c < 0) }
            }
            for i in 0..<q.groupBy.count {
                let c = Oracle.orderNullsLast(a[i], b[i])
                if c != 0 { return c < 0 }
            }
            return false
        }
        if let limit = q.limit { out = Array(out.prefix(limit)) }
        return (columns, out)
    }
}
