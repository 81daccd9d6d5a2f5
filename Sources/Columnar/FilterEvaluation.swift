/// Turns one `Filter` into a selection bitmap over the dataset's rows.
///
/// The predicate runs once over the column's own table (for a linked column, the target table, which is usually
/// small), then the bits are lifted back through each link. Literals are translated once: numbers to integer
/// ranges or sets, strings to a per-dictionary-code truth table, so scans compare integers only.
/// A null value (or a null link) matches nothing but `is_null`.
extension Catalog {
    func evaluate(_ filter: Filter, context: String, dataset: Table) throws(QueryError) -> Bitmap {
        guard let op = FilterOp(rawValue: filter.op) else { throw .unknownOp(context: context, op: filter.op) }
        let bound = try bind(filter.column, in: dataset)
        let column = bound.column
        switch op {
        case .isNull:
            var bits = column.validity ?? Bitmap(count: column.count, value: true)
            bits.invert()
            return bound.lift(bits, missing: true)
        case .notNull:
            return bound.lift(column.validity ?? Bitmap(count: column.count, value: true), missing: false)
        default:
            try checkOp(op, column: bound, context: context)
            let literals = try filterLiterals(filter, op: op, context: context)
            var bits = try predicateBits(op: op, literals: literals, column: column, path: filter.column, context: context)
            if let validity = column.validity { bits.formIntersection(validity) }
            return bound.lift(bits, missing: false)
        }
    }

    private func checkOp(_ op: FilterOp, column: BoundColumn, context: String) throws(QueryError) {
        let valid: Bool
        switch column.type {
        case .list: valid = op == .contains
        case .bool: valid = [.eq, .ne, .in, .notIn].contains(op)
        default: valid = op != .contains
        }
        if !valid { throw .notValidForType(context: context, what: "op '\(op.rawValue)'", column: column.path, type: column.type) }
    }

    /// The literals an op needs: one for comparisons, a list for `in` / `not_in`, two for `between`.
    private func filterLiterals(_ filter: Filter, op: FilterOp, context: String) throws(QueryError) -> [Literal] {
        let literals: [Literal]
        switch op {
        case .in, .notIn:
            guard let values = filter.values else { throw .missingValue(context: context, detail: "op '\(op.rawValue)' needs 'values'") }
            literals = values
        case .between:
            guard let values = filter.values, values.count == 2 else {
                throw .missingValue(context: context, detail: "op 'between' needs 2 values")
            }
            literals = values
        case .contains:
            if let value = filter.value {
                literals = [value]
            } else if let values = filter.values, !values.isEmpty {
                literals = values
            } else {
                throw .missingValue(context: context, detail: "op 'contains' needs a value")
            }
        default:
            guard let value = filter.value else { throw .missingValue(context: context, detail: "op '\(op.rawValue)' needs a value") }
            literals = [value]
        }
        if literals.contains(.null) {
            throw .missingValue(context: context, detail: "op '\(op.rawValue)' needs non-null values (use is_null)")
        }
        return literals
    }

    private func predicateBits(op: FilterOp, literals: [Literal], column: Column, path: String, context: String) throws(QueryError) -> Bitmap {
        func mismatch(_ literal: Literal, expected: String) -> QueryError {
            .typeMismatch(context: context, column: path, type: column.type, detail: "expected \(expected) but the value is \(literal.kind)")
        }
        switch column.storage {
        case .int32(let values):
            let condition = try IntCondition(op: op, literals.map { (l: Literal) throws(QueryError) -> NumericLiteral in
                guard let n = NumericLiteral(l) else { throw mismatch(l, expected: "a number") }
                return n
            })
            return values.withUnsafeBufferPointer { condition.scan($0) }
        case .int64(let values):
            let condition = try IntCondition(op: op, literals.map { (l: Literal) throws(QueryError) -> NumericLiteral in
                guard let n = NumericLiteral(l) else { throw mismatch(l, expected: "a number") }
                return n
            })
            return values.withUnsafeBufferPointer { condition.scan($0) }
        case .date(let values):
            let condition = try IntCondition(op: op, literals.map { (l: Literal) throws(QueryError) -> NumericLiteral in
                guard case .string(let s) = l, let days = EpochDays.parse(s) else { throw mismatch(l, expected: "a \"YYYY-MM-DD\" date") }
                return .int(Int64(days))
            })
            return values.withUnsafeBufferPointer { condition.scan($0) }
        case .double(let values):
            let numbers = try literals.map { (l: Literal) throws(QueryError) -> Double in
                guard let n = NumericLiteral(l) else { throw mismatch(l, expected: "a number") }
                return n.double
            }
            return values.withUnsafeBufferPointer { scanDoubles($0, op: op, numbers) }
        case .bool(let values):
            let flags = try literals.map { (l: Literal) throws(QueryError) -> Bool in
                guard case .bool(let b) = l else { throw mismatch(l, expected: "true or false") }
                return b
            }
            var table = [Bool](repeating: false, count: 2)
            for f in flags { table[f ? 1 : 0] = true }
            if op == .ne || op == .notIn { table = table.map { !$0 } }
            return values.withUnsafeBufferPointer { v in table.withUnsafeBufferPointer { t in scanWords(v) { t[$0 ? 1 : 0] } } }
        case .string(let codes, let dictionary):
            let strings = try literals.map { (l: Literal) throws(QueryError) -> String in
                guard case .string(let s) = l else { throw mismatch(l, expected: "a string") }
                return s
            }
            let table = codeTable(op: op, strings, dictionary: dictionary)
            return codes.withUnsafeBufferPointer { c in table.withUnsafeBufferPointer { t in scanWords(c) { t[Int($0)] } } }
        case .list(let offsets, let codes, let dictionary):
            let strings = try literals.map { (l: Literal) throws(QueryError) -> String in
                guard case .string(let s) = l else { throw mismatch(l, expected: "a string") }
                return s
            }
            let table = codeTable(op: .in, strings, dictionary: dictionary)
            return scanLists(offsets: offsets, codes: codes, table: table)
        }
    }
}

/// Which dictionary codes satisfy a string comparison; each distinct string is tested once.
func codeTable(op: FilterOp, _ literals: [String], dictionary: StringDictionary) -> [Bool] {
    // At least one entry: null rows hold code 0 even when the dictionary is empty (their bits are masked later).
    let size = max(dictionary.count, 1)
    var table = [Bool](repeating: false, count: size)
    switch op {
    case .eq, .in, .contains:
        for s in literals { if let c = dictionary.code(of: s) { table[Int(c)] = true } }
    case .ne, .notIn:
        table = [Bool](repeating: true, count: size)
        for s in literals { if let c = dictionary.code(of: s) { table[Int(c)] = false } }
    case .lt, .le, .gt, .ge, .between:
        let loBytes = Array(literals[0].utf8), hiBytes = Array(literals[literals.count - 1].utf8)
        loBytes.withUnsafeBufferPointer { lo in
            hiBytes.withUnsafeBufferPointer { hi in
                dictionary.forEachUTF8 { code, bytes in
                    switch op {
                    case .lt: table[code] = compareUTF8(bytes, lo) < 0
                    case .le: table[code] = compareUTF8(bytes, lo) <= 0
                    case .gt: table[code] = compareUTF8(bytes, lo) > 0
                    case .ge: table[code] = compareUTF8(bytes, lo) >= 0
                    default: table[code] = compareUTF8(bytes, lo) >= 0 && compareUTF8(bytes, hi) <= 0
                    }
                }
            }
        }
    case .isNull, .notNull:
        break
    }
    return table
}

/// Evaluates `predicate` on every value, 64 rows a word; the caller masks nulls out with the validity words.
@inline(__always)
func scanWords<T>(_ values: UnsafeBufferPointer<T>, _ predicate: (T) -> Bool) -> Bitmap {
    let n = values.count
    var words = [UInt64](repeating: 0, count: (n + 63) >> 6)
    words.withUnsafeMutableBufferPointer { out in
        let full = n >> 6
        for w in 0..<full {
            let base = w << 6
            var word: UInt64 = 0
            for j in 0..<64 where predicate(values[base &+ j]) { word |= 1 &<< UInt64(j) }
            out[w] = word
        }
        if full < out.count {
            let base = full << 6
            var word: UInt64 = 0
            for j in 0..<(n - base) where predicate(values[base &+ j]) { word |= 1 &<< UInt64(j) }
            out[full] = word
        }
    }
    return Bitmap(words: words, count: n)
}

func scanLists(offsets: [Int32], codes: [UInt32], table: [Bool]) -> Bitmap {
    let n = offsets.count - 1
    var bits = Bitmap(count: n)
    var words = bits.words
    offsets.withUnsafeBufferPointer { o in
        codes.withUnsafeBufferPointer { c in
            table.withUnsafeBufferPointer { t in
                for row in 0..<n {
                    var k = Int(o[row])
                    let end = Int(o[row + 1])
                    while k < end {
                        if t[Int(c[k])] {
                            words[row >> 6] |= 1 &<< UInt64(row & 63)
                            break
                        }
                        k &+= 1
                    }
                }
            }
        }
    }
    bits = Bitmap(words: words, count: n)
    return bits
}

func scanDoubles(_ v: UnsafeBufferPointer<Double>, op: FilterOp, _ x: [Double]) -> Bitmap {
    switch op {
    case .eq: let a = x[0]; return scanWords(v) { $0 == a }
    case .ne: let a = x[0]; return scanWords(v) { $0 != a }
    case .lt: let a = x[0]; return scanWords(v) { $0 < a }
    case .le: let a = x[0]; return scanWords(v) { $0 <= a }
    case .gt: let a = x[0]; return scanWords(v) { $0 > a }
    case .ge: let a = x[0]; return scanWords(v) { $0 >= a }
    case .between: let a = x[0], b = x[1]; return scanWords(v) { $0 >= a && $0 <= b }
    case .in:
        if x.count <= 8 { return scanWords(v) { value in x.contains(value) } }
        let set = Set(x)
        return scanWords(v) { set.contains($0) }
    case .notIn:
        let set = Set(x)
        return scanWords(v) { !set.contains($0) }
    case .isNull, .notNull, .contains:
        return Bitmap(count: v.count)
    }
}

/// A JSON number as an exact integer when it is one, else as a double.
enum NumericLiteral {
    case int(Int64)
    case fraction(Double)

    init?(_ literal: Literal) {
        switch literal {
        case .int(let i): self = .int(i)
        case .double(let d):
            if d.isFinite, d == d.rounded(), let i = Int64(exactly: d) { self = .int(i) } else { self = .fraction(d) }
        default: return nil
        }
    }

    var double: Double {
        switch self {
        case .int(let i): Double(i)
        case .fraction(let d): d
        }
    }

    /// The largest integer ≤ the number (saturated to Int64).
    var floor: Int64 {
        switch self {
        case .int(let i): i
        case .fraction(let d): NumericLiteral.saturate(d.rounded(.down))
        }
    }

    /// The smallest integer ≥ the number (saturated to Int64).
    var ceiling: Int64 {
        switch self {
        case .int(let i): i
        case .fraction(let d): NumericLiteral.saturate(d.rounded(.up))
        }
    }

    private static func saturate(_ d: Double) -> Int64 {
        if d >= 9.2233720368547758e18 { return .max }
        if d <= -9.2233720368547758e18 { return .min }
        return Int64(d)
    }
}

/// An integer-column condition, normalised to an inclusive range or a set (optionally negated).
/// Comparisons with a fractional literal are exact: `v < 2.5` is `v <= 2`, `v == 2.5` matches nothing.
enum IntCondition {
    case range(lo: Int64, hi: Int64, negated: Bool)
    case set(Set<Int64>, negated: Bool)

    init(op: FilterOp, _ x: [NumericLiteral]) throws(QueryError) {
        switch op {
        case .eq, .ne:
            let negated = op == .ne
            if case .int(let i) = x[0] { self = .range(lo: i, hi: i, negated: negated) } else { self = .range(lo: 1, hi: 0, negated: negated) }
        case .lt:
            let (hi, overflow) = x[0].ceiling.subtractingReportingOverflow(1)
            self = overflow ? .range(lo: 1, hi: 0, negated: false) : .range(lo: .min, hi: hi, negated: false)
        case .le: self = .range(lo: .min, hi: x[0].floor, negated: false)
        case .gt:
            let (lo, overflow) = x[0].floor.addingReportingOverflow(1)
            self = overflow ? .range(lo: 1, hi: 0, negated: false) : .range(lo: lo, hi: .max, negated: false)
        case .ge: self = .range(lo: x[0].ceiling, hi: .max, negated: false)
        case .between: self = .range(lo: x[0].ceiling, hi: x[1].floor, negated: false)
        case .in, .notIn:
            var set = Set<Int64>()
            for n in x { if case .int(let i) = n { set.insert(i) } }
            self = .set(set, negated: op == .notIn)
        case .isNull, .notNull, .contains:
            self = .set([], negated: false)
        }
    }

    func scan<T: BinaryInteger>(_ v: UnsafeBufferPointer<T>) -> Bitmap {
        switch self {
        case .range(let lo, let hi, let negated):
            if lo > hi { return Bitmap(count: v.count, value: negated) }
            let span = UInt64(bitPattern: hi &- lo)
            if negated { return scanWords(v) { UInt64(bitPattern: Int64($0) &- lo) > span } }
            return scanWords(v) { UInt64(bitPattern: Int64($0) &- lo) <= span }
        case .set(let set, let negated):
            if set.count <= 8 {
                let items = Array(set)
                return scanWords(v) { items.contains(Int64($0)) != negated }
            }
            return scanWords(v) { set.contains(Int64($0)) != negated }
        }
    }
}
