import Columnar
import Testing

/// The engine against the row-at-a-time reference evaluator on random data and random queries.
@Suite struct RandomQueryTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]
    static let queriesPerSeed = 90

    @Test(arguments: seeds)
    func engineAgreesWithOracle(seed: UInt64) throws {
        let db = RandomDatabase(seed: seed)
        let catalog = try db.catalog()
        var generator = QueryGenerator(db: db, oracle: db.oracle, g: SeededGenerator(seed: seed &* 7919))
        var failures = 0
        for n in 0..<Self.queriesPerSeed {
            let query = generator.query()
            let expected = generator.oracle.run(query)
            do {
                let result = try catalog.execute(query)
                if let diff = difference(engine: result, oracle: expected) {
                    failures += 1
                    Issue.record("seed \(seed) query \(n) differs from the oracle: \(diff)\nquery: \(json(query))")
                }
            } catch {
                failures += 1
                Issue.record("seed \(seed) query \(n) failed: \(error)\nquery: \(json(query))")
            }
            if failures >= 5 { break }
        }
    }
}
