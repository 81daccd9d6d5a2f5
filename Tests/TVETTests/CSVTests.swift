import Testing
import TVET

@Suite struct CSVReaderTests {
    func records(_ text: String) throws -> [(Int, [String])] {
        var reader = CSVReader(bytes: Array(text.utf8))
        var fields: [String] = []
        var out: [(Int, [String])] = []
        while let line = try reader.nextRecord(into: &fields) { out.append((line, fields)) }
        return out
    }

    @Test func readsPlainQuotedAndEmptyFields() throws {
        let rows = try records("a,b,c\n1,,\"x, y\"\n")
        #expect(rows.map(\.1) == [["a", "b", "c"], ["1", "", "x, y"]])
        #expect(rows.map(\.0) == [1, 2])
    }

    @Test func readsDoubledQuotesAndEmbeddedNewlinesAndCountsLines() throws {
        let rows = try records("id,text\n1,\"she said \"\"hi\"\"\"\n2,\"two\nlines\"\n3,end")
        #expect(rows.map(\.1) == [["id", "text"], ["1", "she said \"hi\""], ["2", "two\nlines"], ["3", "end"]])
        #expect(rows.map(\.0) == [1, 2, 3, 5])
    }

    @Test func acceptsCRLFAndAByteOrderMark() throws {
        let rows = try records("\u{FEFF}a,b\r\n1,\"2\"\r\n")
        #expect(rows.map(\.1) == [["a", "b"], ["1", "2"]])
    }

    @Test func anEmptyQuotedFieldIsEmptyAndALastEmptyFieldCounts() throws {
        #expect(try records("\"\",x,\n").map(\.1) == [["", "x", ""]])
    }

    @Test func aStrayQuoteIsReportedWithItsLineAndReadingGoesOn() throws {
        var reader = CSVReader(bytes: Array("a,b\n1,ab\"c\n2,ok\n3,\"x\"y\n4,fine\n".utf8))
        var fields: [String] = []
        var good: [String] = []
        var errors: [CSVReader.ParseError] = []
        while !reader.isAtEnd {
            do {
                if try reader.nextRecord(into: &fields) != nil { good.append(fields[0]) }
            } catch {
                errors.append(error)
            }
        }
        #expect(good == ["a", "2", "4"])
        #expect(errors.map(\.line) == [2, 4])
        #expect(errors[0].reason.contains("unquoted"))
        #expect(errors[1].reason.contains("closing quote"))
    }

    @Test func anUnclosedQuoteIsReported() {
        var reader = CSVReader(bytes: Array("a\n\"open\nnever closed".utf8))
        var fields: [String] = []
        #expect(throws: CSVReader.ParseError(line: 2, reason: "a quoted field is not closed before the end of the file")) {
            while try reader.nextRecord(into: &fields) != nil {}
        }
    }
}

@Suite struct CSVRowTests {
    @Test func quotesOnlyWhatNeedsQuoting() {
        var row = CSVRow()
        row.append("plain")
        row.append("a,b")
        row.append("say \"hi\"")
        row.append(-42)
        row.append(1234.5, fractionDigits: 2)
        row.appendNull()
        row.append(true)
        row.append(list: ["ELE001", "TRV002"])
        #expect(row.rawField(1) == "\"a,b\"")
        #expect((0..<row.count).map(row.rawField).joined(separator: ",")
            == "plain,\"a,b\",\"say \"\"hi\"\"\",-42,1234.50,,true,ELE001;TRV002")
    }

    @Test func roundTripsThroughTheReader() throws {
        let values = ["x", "comma, inside", "quote \" inside", "new\nline", "", "ünïcødé"]
        var row = CSVRow()
        for value in values { row.append(value) }
        row.replace(0, with: "y,z")
        let text = (0..<row.count).map(row.rawField).joined(separator: ",") + "\n"
        var reader = CSVReader(bytes: Array(text.utf8))
        var fields: [String] = []
        _ = try reader.nextRecord(into: &fields)
        #expect(fields == ["y,z"] + values.dropFirst())
    }
}
