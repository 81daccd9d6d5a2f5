import Columnar
import Testing

@testable import Analytics

/// The keyed copy of a snapshot: a data change re-keys the dataset it touched and reuses every other one's keys.
@Suite struct RecordKeysTests {
    @Test func aChangeRekeysOnlyTheDatasetItTouched() throws {
        let fixture = try AnalyticsFixture.load()
        let keys = RecordKeys(secret: AnalyticsFixture.cellKeySecret)
        let before = fixture.store.snapshot
        let first = try keys.keyed(before)
        #expect(first.hashed == before.tables.values.reduce(0) { $0 + $1.rowCount })
        let vacancies = try #require(before.table("vacancies"))
        let keep = (0..<vacancies.rowCount).filter { $0 % 2 == 0 }.map(Int32.init)
        let after = try before.replacing(vacancies.gathering(rows: keep))
        let reused = try keys.keyed(after, reusing: first.catalog)
        #expect(reused.hashed == keep.count)
        let fresh = try keys.keyed(after)
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
