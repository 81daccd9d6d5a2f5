import Crypto
import Foundation
import Testing

@testable import Analytics

/// The published perturbation table and the record keys behind it.
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

    /// Record keys are fixed per record and spread over the whole key range.
    @Test func recordKeysAreStableAndSpread() {
        let secret = SymmetricKey(data: Data(repeating: 3, count: 32))
        let recordKeys = RecordKeys(secret: secret)
        let values = (0..<4_800).map { recordKeys.key(dataset: "graduates", primaryKey: "G\($0)") }
        #expect(values == (0..<4_800).map { recordKeys.key(dataset: "graduates", primaryKey: "G\($0)") })
        #expect(values.allSatisfy { (0..<Int64(keys)).contains($0) })
        let perKey = Dictionary(grouping: values) { $0 }.mapValues(\.count)
        #expect(perKey.count == keys)
        #expect(perKey.values.allSatisfy { $0 < 60 }, "4,800 records should give about 20 a key")
        // The documented derivation: the first 8 bytes of HMAC-SHA256("<dataset>\0<primary key>"), big-endian, mod 240.
        let mac = HMAC<SHA256>.authenticationCode(for: Data("graduates\u{0}G42".utf8), using: secret)
        let word = mac.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(values[42] == Int64(word % UInt64(keys)))
        let other = RecordKeys(secret: SymmetricKey(data: Data(repeating: 4, count: 32)))
        #expect(values != (0..<4_800).map { other.key(dataset: "graduates", primaryKey: "G\($0)") })
    }
}
