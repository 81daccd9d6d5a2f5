import Matching
import Testing

/// The oracle over the shared fixture, built once, and the comparison of a ranking with it.
enum OracleFixture {
    static let shared: Result<ScoreOracle, any Error> = Result { ScoreOracle(fixture: try MatchingFixture.get()) }

    static func get() throws -> ScoreOracle { try shared.get() }

    /// Same ids in the same order, scores equal within Float tolerance. Two ids may trade places only where the
    /// oracle's scores are equal to within rounding (Float against Double), never otherwise.
    static func expectSame(_ hits: [MatchHit], _ expected: [ScoreOracle.Ranked], _ context: String) {
        #expect(hits.count == expected.count, "\(context): \(hits.count) hits, oracle \(expected.count)")
        let oracleScore = Dictionary(expected.map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        for (i, (hit, want)) in zip(hits, expected).enumerated() {
            #expect(abs(Double(hit.score) - want.score) < 1e-4, "\(context) #\(i): score \(hit.score), oracle \(want.score)")
            if hit.id != want.id {
                let other = oracleScore[hit.id]
                #expect(
                    other != nil && abs(other! - want.score) < 2e-6,
                    "\(context) #\(i): \(hit.id) where the oracle ranks \(want.id) (\(want.score))")
            }
        }
    }
}
