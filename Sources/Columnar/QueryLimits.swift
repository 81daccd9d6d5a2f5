/// How large a query may be and how long it may run; `Catalog.execute` refuses a query over a limit before it reads
/// a row, and stops a scan that outlives `timeBudget` between two batches.
///
///     let result = try catalog.execute(query, limits: QueryLimits(maxFilters: 8, timeBudget: .seconds(5)))
public struct QueryLimits: Sendable, Equatable {
    /// Filters of the query (a `rate` measure's `where` counts as one more).
    public var maxFilters: Int
    /// Values of one filter's `values` list (`in`, `not_in`).
    public var maxValuesPerFilter: Int
    public var maxGroupKeys: Int
    public var maxMeasures: Int
    /// Groups the query may form, before its `limit` is applied.
    public var maxGroups: Int
    /// Time the scan may take; nil for no limit.
    public var timeBudget: Duration?

    public init(
        maxFilters: Int = 32, maxValuesPerFilter: Int = 1000, maxGroupKeys: Int = 8, maxMeasures: Int = 32,
        maxGroups: Int = 100_000, timeBudget: Duration? = .seconds(10)
    ) {
        self.maxFilters = maxFilters
        self.maxValuesPerFilter = maxValuesPerFilter
        self.maxGroupKeys = maxGroupKeys
        self.maxMeasures = maxMeasures
        self.maxGroups = maxGroups
        self.timeBudget = timeBudget
    }

    /// No limit at all (the command line's own queries, tests of the engine).
    public static let none = QueryLimits(
        maxFilters: .max, maxValuesPerFilter: .max, maxGroupKeys: .max, maxMeasures: .max, maxGroups: .max, timeBudget: nil)

    /// Refuses a query whose shape is over a limit, naming the limit.
    func check(_ query: Query) throws(QueryError) {
        let conditions = query.filters + query.measures.compactMap(\.condition)
        if conditions.count > maxFilters { throw .overLimit(limit: "filters", maximum: maxFilters) }
        if query.groupBy.count > maxGroupKeys { throw .overLimit(limit: "group_by", maximum: maxGroupKeys) }
        if query.measures.count > maxMeasures { throw .overLimit(limit: "measures", maximum: maxMeasures) }
        if conditions.contains(where: { ($0.values?.count ?? 0) > maxValuesPerFilter }) {
            throw .overLimit(limit: "values", maximum: maxValuesPerFilter)
        }
    }

    /// When a scan that starts now must stop.
    func deadline() -> ContinuousClock.Instant? { timeBudget.map { ContinuousClock.now + $0 } }
}
