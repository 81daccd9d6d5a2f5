import Columnar
import Crypto
import Foundation
import Testing

@testable import Analytics

/// The record keys behind the cell keys, and the keyed copy of a snapshot: a data change re-keys the dataset it touched
/// and reuses every other one's keys.
@Suite struct RecordKeysTests {
    let keys = PerturbationTable.keyRange

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

    @Test func aChangeRekeysOnlyTheDatasetItTouched() throws {
        let fixture = try AnalyticsFixture.load()
        let recordKeys = RecordKeys(secret: AnalyticsFixture.cellKeySecret)
        let before = fixture.store.snapshot
        let first = try recordKeys.keyed(before)
        #expect(first.hashed == before.tables.values.reduce(0) { $0 + $1.rowCount })
        let vacancies = try #require(before.table("vacancies"))
        let keep = (0..<vacancies.rowCount).filter { $0 % 2 == 0 }.map(Int32.init)
        let after = try before.replacing(vacancies.gathering(rows: keep))
        let reused = try recordKeys.keyed(after, reusing: first.catalog)
        #expect(reused.hashed == keep.count)
        let fresh = try recordKeys.keyed(after)
        for name in after.tables.keys {
            let reusedKeys = reused.catalog.table(name)?.column(RecordKeys.column).map { column in
                (0..<column.count).map { column.value(at: $0) }
            }
            let freshKeys = fresh.catalog.table(name)?.column(RecordKeys.column).map { column in
                (0..<column.count).map { column.value(at: $0) }
            }
            #expect(reusedKeys == freshKeys, "\(name)")
        }
    }
}
