import Columnar

/// SplitMix64: small, seedable, identical on every platform.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension RandomNumberGenerator {
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

/// Three linked tables (graduates → programmes → institutions) with nulls, unmatched keys and every column type.
struct RandomDatabase {
    var tables: [OTable]
    let links = [
        OLink(from: "graduates", column: "programme_id", to: "programmes"),
        OLink(from: "programmes", column: "institution_id", to: "institutions"),
    ]

    init(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        func maybe(_ v: OValue, nulls: Double = 0.15) -> OValue { g.chance(nulls) ? .null : v }
        func date() -> OValue {
            let y = Int.random(in: 2018...2024, using: &g), m = Int.random(in: 1...12, using: &g), d = Int.random(in: 1...28, using: &g)
            return .date("\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)")
        }
        let states = ["Johor", "Selangor", "Sabah", "W.P. Kuala Lumpur", "Éire", "alpha", "Zulu"]
        let institutionCount = Int.random(in: 4...9, using: &g)
        var institutions: [[String: OValue]] = []
        for i in 0..<institutionCount {
            institutions.append([
                "institution_id": .string("I\(i)"), "state": maybe(.string(g.pick(states))), "founded": maybe(date()),
                "public": maybe(.bool(g.chance(0.5))), "rating": maybe(.double(Double(Int.random(in: 0...20, using: &g)) / 4)),
            ])
        }
        let fields = ["Electrical", "ICT", "Mechanical", "Hospitality", "Agro"]
        let programmeCount = Int.random(in: 8...20, using: &g)
        var programmes: [[String: OValue]] = []
        for i in 0..<programmeCount {
            let institution: OValue = g.chance(0.1) ? .string("I99") : .string("I\(Int.random(in: 0..<institutionCount, using: &g))")
            programmes.append([
                "programme_id": .string("P\(i)"), "institution_id": maybe(institution, nulls: 0.1),
                "field": maybe(.string(g.pick(fields))), "level": maybe(.int(Int64.random(in: 1...5, using: &g))),
                "seats": maybe(.int(Int64.random(in: -5...60, using: &g))),
                "fee": maybe(.double(Double(Int.random(in: 0...4000, using: &g)) * 0.25)),
            ])
        }
        let statuses = ["EMPLOYED", "SELF_EMPLOYED", "FURTHER_STUDY", "UPSKILLING", "AWAITING_PLACEMENT", "UNEMPLOYED"]
        let skills = ["ELE001", "ELE014", "ICT002", "MEC003", "HOS010"]
        var graduates: [[String: OValue]] = []
        for i in 0..<Int.random(in: 40...160, using: &g) {
            let programme: OValue = g.chance(0.08) ? .string("P99") : .string("P\(Int.random(in: 0..<programmeCount, using: &g))")
            let items = (0..<Int.random(in: 0...3, using: &g)).map { _ in g.pick(skills) }
            graduates.append([
                "graduate_id": .string("G\(i)"), "programme_id": maybe(programme, nulls: 0.08),
                "graduation_year": maybe(.int(Int64.random(in: 2019...2024, using: &g))),
                "status": maybe(.string(g.pick(statuses))),
                "monthly_salary": maybe(.double(Double(Int.random(in: 4000...24000, using: &g)) * 0.25), nulls: 0.3),
                "months_to_employment": maybe(.int(Int64.random(in: -2...18, using: &g))),
                "graduated_on": maybe(date()), "willing_to_relocate": maybe(.bool(g.chance(0.5))),
                "skills": maybe(.list(items)),
            ])
        }
        tables = [
            OTable(
                name: "institutions", primaryKey: "institution_id",
                columns: [("institution_id", .string), ("state", .string), ("founded", .date), ("public", .bool), ("rating", .double)],
                rows: institutions),
            OTable(
                name: "programmes", primaryKey: "programme_id",
                columns: [
                    ("programme_id", .string), ("institution_id", .string), ("field", .string), ("level", .int32),
                    ("seats", .int64), ("fee", .double),
                ],
                rows: programmes),
            OTable(
                name: "graduates", primaryKey: "graduate_id",
                columns: [
                    ("graduate_id", .string), ("programme_id", .string), ("graduation_year", .int32), ("status", .string),
                    ("monthly_salary", .double), ("months_to_employment", .int64), ("graduated_on", .date),
                    ("willing_to_relocate", .bool), ("skills", .list),
                ],
                rows: graduates),
        ]
    }

    var oracle: Oracle { Oracle(tables: tables, links: links) }

    func catalog() throws -> Catalog {
        try Catalog(
            tables: tables.map(engineTable),
            links: links.map { Link(from: $0.from, column: $0.column, to: $0.to) })
    }
}

/// Loads a reference table into the engine through the public builders.
func engineTable(_ t: OTable) throws -> Table {
    let builder = TableBuilder(name: t.name, primaryKey: t.primaryKey)
    let columns = t.columns.map { builder.addColumn($0.name, type: $0.type) }
    for row in t.rows {
        for (i, (name, _)) in t.columns.enumerated() {
            let b = columns[i]
            switch row[name] ?? .null {
            case .null: b.appendNull()
            case .int(let v):
                if let b32 = b as? Int32ColumnBuilder { b32.append(Int32(v)) } else { (b as! Int64ColumnBuilder).append(v) }
            case .double(let v): (b as! DoubleColumnBuilder).append(v)
            case .string(let s): (b as! StringColumnBuilder).append(s)
            case .bool(let v): (b as! BoolColumnBuilder).append(v)
            case .date(let s):
                let parts = s.split(separator: "-").map { Int($0)! }
                _ = (b as! DateColumnBuilder).append(year: parts[0], month: parts[1], day: parts[2])
            case .list(let items): (b as! ListColumnBuilder).append(items)
            }
        }
    }
    return try builder.build()
}

/// Random valid queries over a `RandomDatabase`.
struct QueryGenerator {
    let db: RandomDatabase
    let oracle: Oracle
    var g: SeededGenerator

    /// Every column path reachable from `dataset` (own columns, then through links).
    func paths(from dataset: String, prefix: String = "") -> [String] {
        guard let table = db.tables.first(where: { $0.name == dataset }) else { return [] }
        var out = table.columns.map { prefix + $0.name }
        for link in db.links where link.from == dataset {
            out += paths(from: link.to, prefix: prefix + link.name + ".")
        }
        return out
    }

    /// Values a path takes in the data (for realistic literals).
    func observed(_ path: String, dataset: String) -> [OValue] {
        let rows = db.tables.first { $0.name == dataset }!.rows
        return rows.map { oracle.value(path, row: $0, table: dataset) }.filter { $0 != .null }
    }

    mutating func literal(_ path: String, type: ColumnType, dataset: String) -> Literal {
        let seen = observed(path, dataset: dataset)
        let base: OValue? = seen.isEmpty || g.chance(0.15) ? nil : g.pick(seen)
        switch type {
        case .int32, .int64:
            var v: Int64 = 0
            if case .int(let i) = base { v = i } else { v = Int64.random(in: -3...2030, using: &g) }
            if g.chance(0.2) { return .double(Double(v) + g.pick([0.5, -0.25])) }
            return .int(v + (g.chance(0.2) ? Int64.random(in: -2...2, using: &g) : 0))
        case .double:
            var v = 0.0
            if case .double(let d) = base { v = d } else { v = Double(Int.random(in: -10...6000, using: &g)) }
            if g.chance(0.2) { return .int(Int64(v.rounded(.down))) }
            return .double(v)
        case .bool:
            return .bool(g.chance(0.5))
        case .date:
            if case .date(let s) = base, !g.chance(0.2) { return .string(s) }
            return .string("\(Int.random(in: 2017...2025, using: &g))-0\(Int.random(in: 1...9, using: &g))-1\(Int.random(in: 0...9, using: &g))")
        case .string:
            if case .string(let s) = base { return .string(s) }
            return .string(g.pick(["", "Johor", "ZZZ", "Électrique", "a", "P5", "I1"]))
        case .list:
            var items: [String] = []
            for v in seen { if case .list(let l) = v { items += l } }
            return .string(items.isEmpty || g.chance(0.15) ? "NOPE" : g.pick(items))
        }
    }

    mutating func filter(dataset: String) -> Filter {
        let path = g.pick(paths(from: dataset))
        let type = oracle.type(of: path, in: dataset)!
        let ops: [FilterOp]
        switch type {
        case .list: ops = [.contains, .contains, .isNull, .notNull]
        case .bool: ops = [.eq, .ne, .in, .notIn, .isNull, .notNull]
        default: ops = [.eq, .ne, .in, .notIn, .lt, .le, .gt, .ge, .between, .isNull, .notNull]
        }
        let op = g.pick(ops)
        switch op {
        case .isNull, .notNull: return Filter(column: path, op: op)
        case .in, .notIn:
            let values = (0..<Int.random(in: 0...4, using: &g)).map { _ in literal(path, type: type, dataset: dataset) }
            return Filter(column: path, op: op, values: values)
        case .between:
            var a = literal(path, type: type, dataset: dataset), b = literal(path, type: type, dataset: dataset)
            if g.chance(0.8), Oracle.compare(Oracle.literal(a, for: type), Oracle.literal(b, for: type)) > 0 { swap(&a, &b) }
            return Filter(column: path, op: op, values: [a, b])
        case .contains where g.chance(0.3):
            return Filter(column: path, op: op, values: [literal(path, type: type, dataset: dataset), literal(path, type: type, dataset: dataset)])
        default:
            return Filter(column: path, op: op, value: literal(path, type: type, dataset: dataset))
        }
    }

    mutating func query() -> Query {
        let dataset = g.pick(["graduates", "graduates", "graduates", "programmes", "institutions"])
        let all = paths(from: dataset)
        let scalar = all.filter { oracle.type(of: $0, in: dataset) != .list }
        let numeric = all.filter { [.int32, .int64, .double].contains(oracle.type(of: $0, in: dataset)) }
        var q = Query(dataset: dataset)
        q.filters = (0..<g.pick([0, 0, 1, 1, 2, 3])).map { _ in filter(dataset: dataset) }
        var keys: [String] = []
        for _ in 0..<g.pick([0, 1, 1, 2, 2, 3]) {
            let k = g.pick(scalar)
            if !keys.contains(k) { keys.append(k) }
        }
        q.groupBy = keys
        var names = Set(keys)
        for i in 0..<Int.random(in: 1...4, using: &g) {
            let fn = g.pick(MeasureFn.allCases)
            var m: Measure
            switch fn {
            case .count: m = Measure(fn: fn, column: g.chance(0.5) ? nil : g.pick(all))
            case .countDistinct, .min, .max: m = Measure(fn: fn, column: g.pick(scalar))
            case .sum, .avg, .median, .p25, .p75, .p90: m = Measure(fn: fn, column: g.pick(numeric))
            case .rate: m = Measure(fn: fn, where: filter(dataset: dataset), as: g.chance(0.5) ? "share" : nil)
            }
            if names.contains(m.outputName) { m.alias = "m\(i)" }
            names.insert(m.outputName)
            q.measures.append(m)
        }
        let outputs = q.groupBy + q.measures.map(\.outputName)
        for _ in 0..<g.pick([0, 0, 1, 1, 2]) {
            q.orderBy.append(OrderKey(column: g.pick(outputs), desc: g.chance(0.5)))
        }
        if g.chance(0.3) { q.limit = Int.random(in: 0...8, using: &g) }
        return q
    }
}
