/// Why a query was refused. `description` is one sentence naming the offending part; it never repeats filter
/// values (they may be personal data). `context` is the part of the query at fault: `filter 2`, `measure 1`,
/// `measure 3 where`, `group_by 1`, `order_by 1` (1-based).
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownDataset(String)
    case unknownColumn(path: String, dataset: String)
    case unknownOp(context: String, op: String)
    case unknownFn(context: String, fn: String)
    /// A value of the wrong JSON kind for the column (or a date string that is not `YYYY-MM-DD`).
    case typeMismatch(context: String, column: String, type: ColumnType, detail: String)
    /// An op, fn or grouping that the column's type does not support.
    case notValidForType(context: String, what: String, column: String, type: ColumnType)
    case missingValue(context: String, detail: String)
    /// Anything else malformed: duplicate output names, an unknown order_by column, a negative limit, ...
    case invalid(context: String, detail: String)
    case overflow(context: String)
    /// A part of the query is longer than `QueryLimits` allows: `limit` names the part (`filters`, `values`, ...).
    case overLimit(limit: String, maximum: Int)
    /// The query would form more groups than `QueryLimits.maxGroups`.
    case tooManyGroups(maximum: Int)
    /// The scan ran past `QueryLimits.timeBudget` and was stopped.
    case outOfTime(budget: Duration)

    public var description: String {
        switch self {
        case .unknownDataset(let d): "unknown dataset '\(d)'"
        case .unknownColumn(let path, let dataset): "unknown column '\(path)' in dataset '\(dataset)'"
        case .unknownOp(let ctx, let op): "\(ctx): unknown op '\(op)'"
        case .unknownFn(let ctx, let fn): "\(ctx): unknown fn '\(fn)'"
        case .typeMismatch(let ctx, let column, let type, let detail): "\(ctx): column '\(column)' is \(type.rawValue), \(detail)"
        case .notValidForType(let ctx, let what, let column, let type): "\(ctx): \(what) is not valid for \(type.rawValue) column '\(column)'"
        case .missingValue(let ctx, let detail): "\(ctx): \(detail)"
        case .invalid(let ctx, let detail): "\(ctx): \(detail)"
        case .overflow(let ctx): "\(ctx): the sum overflows a 64-bit integer"
        case .overLimit(let limit, let maximum): "the query is over its limit of \(maximum) \(limit)"
        case .tooManyGroups(let maximum): "the query forms more than its limit of \(maximum) groups; filter it or group more coarsely"
        case .outOfTime(let budget): "the query was stopped at its time budget of \(budget); filter it or group more coarsely"
        }
    }
}
