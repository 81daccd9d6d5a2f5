import Columnar
import Foundation
import Testing

/// `count_distinct` over a sparse selection: a scan batch can hold up to 63 rows more than `batchSize` when it ends on
/// a selection word, and the aggregate's code buffer must take them all.
@Suite struct DistinctCountTests {
    @Test func distinctCountsOverSelectionsWithLongBatchesMatchALoop() throws {
        let builder = TableBuilder(name: "people")
        let keep = builder.int64("keep"), group = builder.string("group"), person = builder.string("person")
        var expected: [String: Set<String>] = [:]
        var random = SystemRandomNumberGenerator()
        for row in 0..<50_000 {
            // Whole 64-row words alternate with sparse ones, so batches end past batchSize.
            let kept = (row / 64) % 3 == 0 || Int.random(in: 0..<4, using: &random) == 0
            let g = "G\(row % 7)", p = "P\(Int.random(in: 0..<3_000, using: &random))"
            keep.append(kept ? 1 : 0)
            _ = group.appendParsing(g)
            _ = person.appendParsing(p)
            if kept { expected[g, default: []].insert(p) }
        }
        let catalog = try Catalog(tables: [builder.build()])
        let query = Query(
            dataset: "people", filters: [Filter(column: "keep", op: .eq, value: .int(1))], groupBy: ["group"],
            measures: [Measure(fn: .countDistinct, column: "person", as: "people")])
        let result = try catalog.execute(query)
        #expect(result.rows.count == 7)
        for row in result.rows {
            guard case .string(let g) = row[0], case .int(let count) = row[1] else {
                Issue.record("unexpected row \(row)")
                continue
            }
            #expect(Int(count) == expected[g]?.count)
        }
    }
}
