import Columnar
import Foundation
import Testing

/// A query over a limit is refused naming the limit, and a scan past its time budget stops cleanly.
@Suite struct QueryLimitTests {
    let limits = QueryLimits(maxFilters: 2, maxValuesPerFilter: 3, maxGroupKeys: 1, maxMeasures: 2, maxGroups: 3, timeBudget: nil)

    func run(_ query: Query, _ limits: QueryLimits) throws -> QueryResult { try Fixture.catalog().execute(query, limits: limits) }

    @Test func eachLimitIsNamed() throws {
        let filter = Filter(column: "status", op: .isNull)
        let cases: [(Query, QueryError)] = [
            (Query(dataset: "graduates", filters: [filter, filter, filter]), .overLimit(limit: "filters", maximum: 2)),
            (Query(dataset: "graduates", filters: [filter, filter], measures: [Measure(fn: "rate", where: filter)]),
             .overLimit(limit: "filters", maximum: 2)),
            (Query(dataset: "graduates", groupBy: ["status", "graduation_year"]), .overLimit(limit: "group_by", maximum: 1)),
            (Query(dataset: "graduates", measures: [Measure(fn: "count"), Measure(fn: "count", as: "a"), Measure(fn: "count", as: "b")]),
             .overLimit(limit: "measures", maximum: 2)),
            (Query(dataset: "graduates", filters: [Filter(column: "status", op: .in, values: ["A", "B", "C", "D"].map { .string($0) })]),
             .overLimit(limit: "values", maximum: 3)),
            (Query(dataset: "graduates", groupBy: ["status"]), .tooManyGroups(maximum: 3)),
        ]
        for (query, expected) in cases {
            #expect(throws: expected) { try run(query, limits) }
            #expect(expected.description.contains(expected.limitName), "\(expected)")
        }
        #expect(try run(Query(dataset: "graduates", groupBy: ["willing_to_relocate"], measures: [Measure(fn: "count")]), limits).rows.count == 3)
    }

    @Test func aSpentTimeBudgetStopsTheScan() throws {
        let query = Query(dataset: "graduates", groupBy: ["status"], measures: [Measure(fn: "count")])
        #expect(throws: QueryError.outOfTime(budget: .zero)) { try run(query, QueryLimits(timeBudget: .zero)) }
        #expect(try run(query, QueryLimits(timeBudget: .seconds(60))).rows.count == 6)
    }
}

extension QueryError {
    /// The name of the limit an over-limit error names.
    fileprivate var limitName: String {
        switch self {
        case .overLimit(let limit, _): limit
        case .tooManyGroups: "groups"
        default: ""
        }
    }
}
