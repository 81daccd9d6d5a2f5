/// One cell of a query result.
///
/// Encodes to JSON as null, a number, a string, a boolean, or a `"YYYY-MM-DD"` string for a date.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case int(Int64)
    case double(Double)
    case string(String)
    case bool(Bool)
    /// Days since 1970-01-01.
    case date(Int32)

    public var isNull: Bool { self == .null }

    public var description: String {
        switch self {
        case .null: "null"
        case .int(let v): String(v)
        case .double(let v): String(v)
        case .string(let s): s
        case .bool(let b): String(b)
        case .date(let d): EpochDays.format(days: d)
        }
    }

    /// Ascending order used for sorting result rows: nulls last, numbers numerically (int and double compare
    /// by value), strings by UTF-8 bytes, false before true, dates chronologically.
    /// Returns -1, 0 or 1. Values of different kinds order by kind, which a well-typed column never needs.
    public static func compare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        case (.int(let x), .int(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.double(let x), .double(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.int(let x), .double(let y)): return Double(x) == y ? 0 : (Double(x) < y ? -1 : 1)
        case (.double(let x), .int(let y)): return x == Double(y) ? 0 : (x < Double(y) ? -1 : 1)
        case (.string(let x), .string(let y)): return compareUTF8(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.date(let x), .date(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        default: return a.kindRank < b.kindRank ? -1 : 1
        }
    }

    private var kindRank: Int {
        switch self {
        case .null: 6
        case .int, .double: 0
        case .string: 1
        case .bool: 2
        case .date: 3
        }
    }
}

extension Value: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .int(let v): try c.encode(v)
        case .double(let v): if v.isFinite { try c.encode(v) } else { try c.encodeNil() }
        case .string(let s): try c.encode(s)
        case .bool(let b): try c.encode(b)
        case .date(let d): try c.encode(EpochDays.format(days: d))
        }
    }
}
