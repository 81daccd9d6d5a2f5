/// A filter / group-by / aggregate query, decoded from the JSON of the query API:
///
/// ```json
/// {"dataset": "graduates",
///  "filters": [{"column": "programme.institution.state", "op": "in", "values": ["Johor", "Selangor"]}],
///  "group_by": ["programme.field"],
///  "measures": [{"fn": "count", "as": "graduates"}, {"fn": "median", "column": "monthly_salary"}],
///  "order_by": [{"column": "graduates", "desc": true}],
///  "limit": 100}
/// ```
/// Ops and fns are kept as the strings sent, so an unknown one is reported by `Catalog.execute` as a
/// `QueryError` naming it instead of failing JSON decoding.
public struct Query: Codable, Sendable, Equatable {
    public var dataset: String
    public var filters: [Filter]
    public var groupBy: [String]
    public var measures: [Measure]
    public var orderBy: [OrderKey]
    public var limit: Int?

    public init(
        dataset: String, filters: [Filter] = [], groupBy: [String] = [], measures: [Measure] = [],
        orderBy: [OrderKey] = [], limit: Int? = nil
    ) {
        self.dataset = dataset
        self.filters = filters
        self.groupBy = groupBy
        self.measures = measures
        self.orderBy = orderBy
        self.limit = limit
    }

    enum CodingKeys: String, CodingKey {
        case dataset, filters, measures, limit
        case groupBy = "group_by"
        case orderBy = "order_by"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dataset = try c.decode(String.self, forKey: .dataset)
        filters = try c.decodeIfPresent([Filter].self, forKey: .filters) ?? []
        groupBy = try c.decodeIfPresent([String].self, forKey: .groupBy) ?? []
        measures = try c.decodeIfPresent([Measure].self, forKey: .measures) ?? []
        orderBy = try c.decodeIfPresent([OrderKey].self, forKey: .orderBy) ?? []
        limit = try c.decodeIfPresent(Int.self, forKey: .limit)
    }
}

/// One condition on a column: `value` for single-value ops, `values` for `in`, `not_in` and `between`.
public struct Filter: Codable, Sendable, Equatable {
    public var column: String
    public var op: String
    public var value: Literal?
    public var values: [Literal]?

    public init(column: String, op: String, value: Literal? = nil, values: [Literal]? = nil) {
        self.column = column
        self.op = op
        self.value = value
        self.values = values
    }

    public init(column: String, op: FilterOp, value: Literal? = nil, values: [Literal]? = nil) {
        self.init(column: column, op: op.rawValue, value: value, values: values)
    }
}

/// The filter operators.
public enum FilterOp: String, Sendable, CaseIterable {
    case eq, ne
    case `in` = "in"
    case notIn = "not_in"
    case lt, le, gt, ge, between
    case isNull = "is_null"
    case notNull = "not_null"
    case contains
}

/// One aggregate of a group. The output column is named `as`, or by default `fn` for a measure without a
/// column (`count`, `rate`) and `fn(column)` otherwise (`median(monthly_salary)`).
public struct Measure: Codable, Sendable, Equatable {
    public var fn: String
    public var column: String?
    /// The condition of a `rate` (JSON key `where`).
    public var condition: Filter?
    /// The output column name (JSON key `as`).
    public var alias: String?

    public init(fn: String, column: String? = nil, where condition: Filter? = nil, as alias: String? = nil) {
        self.fn = fn
        self.column = column
        self.condition = condition
        self.alias = alias
    }

    public init(fn: MeasureFn, column: String? = nil, where condition: Filter? = nil, as alias: String? = nil) {
        self.init(fn: fn.rawValue, column: column, where: condition, as: alias)
    }

    enum CodingKeys: String, CodingKey {
        case fn, column
        case condition = "where"
        case alias = "as"
    }

    /// The name of this measure's result column.
    public var outputName: String {
        if let alias { return alias }
        if let column { return "\(fn)(\(column))" }
        return fn
    }
}

/// The aggregate functions.
public enum MeasureFn: String, Sendable, CaseIterable {
    case count
    case countDistinct = "count_distinct"
    case sum, avg, min, max, median, p25, p75, p90, rate

    /// The quantile of `median` and `pNN`.
    var quantile: Double? {
        switch self {
        case .median: 0.5
        case .p25: 0.25
        case .p75: 0.75
        case .p90: 0.9
        default: nil
        }
    }
}

/// Sorts the result by an output column (a group_by path or a measure's output name).
public struct OrderKey: Codable, Sendable, Equatable {
    public var column: String
    public var desc: Bool

    public init(column: String, desc: Bool = false) {
        self.column = column
        self.desc = desc
    }

    enum CodingKeys: String, CodingKey { case column, desc }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        column = try c.decode(String.self, forKey: .column)
        desc = try c.decodeIfPresent(Bool.self, forKey: .desc) ?? false
    }
}

/// A JSON scalar in a filter: numbers, strings (also dates as `"YYYY-MM-DD"`) and booleans.
public enum Literal: Codable, Sendable, Equatable, CustomStringConvertible {
    case int(Int64)
    case double(Double)
    case string(String)
    case bool(Bool)
    case null

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .int(i)
        } else if let d = try? c.decode(Double.self) {
            self = .double(d)
        } else {
            self = .string(try c.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .bool(let b): try c.encode(b)
        case .null: try c.encodeNil()
        }
    }

    public var description: String {
        switch self {
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): "\"\(s)\""
        case .bool(let b): String(b)
        case .null: "null"
        }
    }

    /// What kind of JSON value this is, for error messages.
    var kind: String {
        switch self {
        case .int, .double: "a number"
        case .string: "a string"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

extension Literal: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
