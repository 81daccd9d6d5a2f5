import Testing

@testable import Matching

/// The cosine gate drops exactly the rows that cannot reach the threshold even with every other part of the score at
/// its maximum: never one that could, and (so that it is worth having) every one that clearly cannot.
@Suite struct CosineGateTests {
    func bestScore(_ w: ScoreWeights, cosine: Float) -> Float {
        w.skills * (w.exactShare + (1 - w.exactShare) * max(0, cosine)) + w.field + w.level + w.location + w.salary
    }

    @Test(arguments: [ScoreWeights.standard, .skillsOnly, .exactOverlapOnly])
    func dropsOnlyRowsThatCannotReachTheThreshold(weights: ScoreWeights) {
        for t in stride(from: Float(-0.2), through: 1.05, by: 0.01) {
            let gate = CosineGate(weights: weights, threshold: t)
            for c in stride(from: Float(-1), through: 1, by: 0.001) {
                let best = bestScore(weights, cosine: c)
                if best >= t { #expect(c >= gate.limit, "threshold \(t), cosine \(c) could reach it") }
                if best < t - 1e-4 { #expect(c < gate.limit, "threshold \(t), cosine \(c) cannot reach it") }
            }
        }
    }

    @Test func aBlockIsSkippedOnlyWhenAllSixteenCosinesAreBelowTheLimit() {
        let gate = CosineGate(weights: .standard, threshold: 0.9)
        var cosines = [Float](repeating: gate.limit - 0.01, count: 40)
        cosines.withUnsafeBufferPointer { c in
            #expect(gate.blockEnd(0, rows: 0..<40, cosines: c.baseAddress!) == -1)
            #expect(gate.blockEnd(32, rows: 0..<40, cosines: c.baseAddress!) == 40)
        }
        cosines[15] = gate.limit
        cosines.withUnsafeBufferPointer { c in
            #expect(gate.blockEnd(0, rows: 0..<40, cosines: c.baseAddress!) == 16)
            #expect(gate.blockEnd(16, rows: 0..<40, cosines: c.baseAddress!) == -1)
        }
    }
}
