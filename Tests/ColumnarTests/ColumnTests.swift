@testable import Columnar
import Testing

@Suite struct ColumnTests {
    @Test func fixedWidthBuildersParseFields() {
        let i32 = Int32ColumnBuilder(name: "a")
        #expect(i32.appendParsing("42") && i32.appendParsing("-7") && i32.appendParsing(""))
        #expect(!i32.appendParsing("4x") && !i32.appendParsing("99999999999"))
        let c = i32.finish()
        #expect(c.type == .int32 && c.count == 3)
        #expect([c.value(at: 0), c.value(at: 1), c.value(at: 2)] == [.int(42), .int(-7), .null])

        let i64 = Int64ColumnBuilder(name: "b")
        #expect(i64.appendParsing("9000000000") && !i64.appendParsing("-"))
        #expect(i64.finish().value(at: 0) == .int(9_000_000_000))

        let d = DoubleColumnBuilder(name: "c")
        #expect(d.appendParsing("1500.25") && d.appendParsing("-0.1") && d.appendParsing("1e3") && !d.appendParsing("abc"))
        d.append(Double.nan)
        let dc = d.finish()
        #expect(dc.value(at: 0) == .double(1500.25) && dc.value(at: 1) == .double(-0.1) && dc.value(at: 2) == .double(1000))
        #expect(dc.value(at: 3) == .null)

        let b = BoolColumnBuilder(name: "d")
        #expect(b.appendParsing("true") && b.appendParsing("false") && b.appendParsing("") && !b.appendParsing("yes"))
        let bc = b.finish()
        #expect([bc.value(at: 0), bc.value(at: 1), bc.value(at: 2)] == [.bool(true), .bool(false), .null])

        let dt = DateColumnBuilder(name: "e")
        #expect(dt.appendParsing("2024-02-29") && !dt.appendParsing("2023-02-29") && !dt.appendParsing("2024-2-1"))
        #expect(dt.append(year: 1970, month: 1, day: 1) && !dt.append(year: 2024, month: 13, day: 1))
        let dc2 = dt.finish()
        #expect(dc2.value(at: 0) == .date(19782) && dc2.value(at: 1) == .date(0))
    }

    @Test func civilDates() {
        #expect(EpochDays.days(year: 2000, month: 3, day: 1) == 11017)
        #expect(EpochDays.format(days: -1) == "1969-12-31")
        #expect(EpochDays.parse("1900-02-29") == nil)
        for d in stride(from: Int32(-800_000), to: 800_000, by: 997) {
            #expect(EpochDays.parse(EpochDays.format(days: d)) == d || EpochDays.civil(days: d).year < 0)
        }
    }

    @Test func stringsAreDictionaryEncoded() {
        let s = StringColumnBuilder(name: "state")
        s.append("Johor")
        s.append("Selangor"[...])
        "Johor,Perak".utf8.withContiguousStorageIfAvailable { bytes in
            s.append(utf8: UnsafeBufferPointer(rebasing: bytes[0..<5]))
            s.append(utf8: UnsafeBufferPointer(rebasing: bytes[6..<11]))
        }
        s.appendNull()
        let c = s.finish()
        guard case .string(let codes, let dictionary) = c.storage else { Issue.record("not a string column"); return }
        #expect(dictionary.count == 3)
        #expect(Array(codes.prefix(4)) == [0, 1, 0, 2])
        #expect(dictionary.code(of: "Perak") == 2 && dictionary.code(of: "Kedah") == nil)
        #expect(c.value(at: 4) == .null && c.value(at: 3) == .string("Perak"))
    }

    @Test func dictionaryGrowsAndRanksByBytes() {
        let words = (0..<5000).map { "w\($0)" } + ["Zulu", "alpha", "Éire", ""]
        let d = StringDictionary(words + words)
        #expect(d.count == words.count)
        for (i, w) in words.enumerated() { #expect(d.code(of: w) == UInt32(i)) }
        let ranks = d.ranks
        let sorted = words.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for (rank, w) in sorted.enumerated() { #expect(ranks[Int(d.code(of: w)!)] == UInt32(rank)) }
        #expect(ranks[Int(d.code(of: "Zulu")!)] < ranks[Int(d.code(of: "alpha")!)])
        #expect(ranks[Int(d.code(of: "alpha")!)] < ranks[Int(d.code(of: "Éire")!)])
    }

    @Test func listsKeepItemsNullsAndEmptyRows() {
        let l = ListColumnBuilder(name: "skills")
        "ELE001;ELE014;;ICT002".utf8.withContiguousStorageIfAvailable { l.append(splitting: UnsafeBufferPointer(rebasing: $0[...])) }
        #expect(l.appendParsing(""))
        l.append([])
        l.appendItem("ELE014"[...])
        l.endRow()
        let c = l.finish()
        #expect(c.count == 4)
        #expect(c.listItems(at: 0) == ["ELE001", "ELE014", "ICT002"])
        #expect(c.isNull(1) && !c.isNull(2) && c.listItems(at: 2).isEmpty)
        #expect(c.value(at: 3) == .string("ELE014"))
        #expect(c.dictionary?.count == 3)
    }
}
