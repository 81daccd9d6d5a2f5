import Testing

@testable import Analytics

/// The published perturbation table.
@Suite struct PerturbationTableTests {
    let keys = PerturbationTable.keyRange

    @Test func noiseIsBoundedZeroMeanAndNeverNegative() {
        for count in Int64(0)...200 {
            let noises = (0..<keys).map { PerturbationTable.noise(count: count, cellKey: $0) }
            #expect(noises.allSatisfy { abs($0) <= PerturbationTable.maxNoise }, "count \(count)")
            #expect(noises.allSatisfy { count + $0 >= 0 }, "count \(count)")
            #expect(noises.reduce(0, +) == 0, "count \(count) is not zero-mean")
        }
        #expect((0..<keys).allSatisfy { PerturbationTable.noise(count: 0, cellKey: $0) == 0 })
    }

    /// Small counts never come out as themselves or as 1, so no published value under the threshold names one count.
    @Test func smallCountsAreMovedAndEveryWithheldValueHasSeveralSources() {
        for count in Int64(1)...3 {
            let outcomes = Set((0..<keys).map { PerturbationTable.perturbed(count, cellKey: $0) })
            #expect(!outcomes.contains(count) && !outcomes.contains(1), "count \(count): \(outcomes.sorted())")
        }
        for published in Int64(1)..<5 {
            let sources = (Int64(0)...10).filter { count in
                (0..<keys).contains { PerturbationTable.perturbed(count, cellKey: $0) == published }
            }
            #expect(sources.isEmpty || sources.count >= 2, "\(published) comes only from \(sources)")
        }
    }
}
