@testable import Columnar
import Testing

@Suite struct BitmapTests {
    @Test func partialLastWordStaysClean() {
        var b = Bitmap(count: 70, value: true)
        #expect(b.words.count == 2)
        #expect(b.words[1] == 0b11_1111)
        #expect(b.popcount == 70)
        b.invert()
        #expect(b.popcount == 0)
        b[69] = true
        b[0] = true
        #expect(b.setIndices() == [0, 69])
        b.invert()
        #expect(b.popcount == 68)
        #expect(!b[69] && b[68])
    }

    @Test func exactMultipleOf64() {
        let b = Bitmap(count: 128, value: true)
        #expect(b.tailMask == ~0)
        #expect(b.popcount == 128)
        #expect(Bitmap(count: 0).words.isEmpty)
    }

    @Test func wordsPastCountAreCleared() {
        let b = Bitmap(words: [~0, ~0], count: 65)
        #expect(b.popcount == 65)
        #expect(b.words[1] == 1)
    }

    @Test func intersectionAndUnion() {
        var a = Bitmap(count: 100), b = Bitmap(count: 100)
        a[3] = true; a[70] = true
        b[70] = true; b[99] = true
        var i = a
        i.formIntersection(b)
        #expect(i.setIndices() == [70])
        a.formUnion(b)
        #expect(a.setIndices() == [3, 70, 99])
    }

    @Test func validityOnlyWhenNullsExist() {
        let none = Int32ColumnBuilder(name: "x")
        for i in 0..<200 { none.append(Int32(i)) }
        #expect(none.finish().validity == nil)

        let some = Int32ColumnBuilder(name: "x")
        for i in 0..<130 { if [0, 63, 64, 129].contains(i) { some.appendNull() } else { some.append(Int32(i)) } }
        let column = some.finish()
        #expect(column.validity?.count == 130)
        #expect(column.nullCount == 4)
        #expect(column.isNull(0) && column.isNull(63) && column.isNull(64) && column.isNull(129))
        #expect(!column.isNull(1) && !column.isNull(65) && !column.isNull(128))
        #expect(column.value(at: 128) == .int(128))
    }

    @Test func selectionBatchesCoverEverySelectedRow() {
        var selection = Bitmap(count: 5000)
        for i in stride(from: 0, to: 5000, by: 3) { selection[i] = true }
        for i in 128..<192 { selection[i] = true }  // a full word
        var seen: [Int32] = []
        forEachBatch(rowCount: 5000, selection: selection) { seen.append(contentsOf: $0) }
        #expect(seen == selection.setIndices())
        var all = 0
        forEachBatch(rowCount: 4097, selection: nil) { all += $0.count }
        #expect(all == 4097)
    }
}
