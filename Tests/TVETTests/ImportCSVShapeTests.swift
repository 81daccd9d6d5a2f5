import Columnar
import Foundation
import TVET
import TestSupport
import Testing

/// Record shape and header handling of `DatasetDecoder` (RFC 4180 edge cases), on the employers dataset.
@Suite struct ImportCSVShapeTests {
    let employers = DatasetSchema.employers
    let header = "employer_id,name,ssm_no,msic_section,state,size"

    func decode(_ text: String) throws -> DecodedFile { try ImportFixtures.decode(employers, text) }

    func names(_ file: DecodedFile) -> [String] {
        (0..<file.table.rowCount).map { ImportFixtures.text(file.table.value(row: $0, column: "name")!) }
    }

    @Test func readsQuotedFieldsDoubledQuotesEmbeddedNewlinesAndCRLF() throws {
        let text =
            header + "\r\n"
            + "E1,\"Syarikat A, B & C\",200501644106,C,Johor,SMALL\r\n"
            + "E2,\"Kedai \"\"Murah\"\" Sdn. Bhd.\",200501644107,G,Perak,MICRO\r\n"
            + "E3,\"Two\r\nlines\",200501644108,G,Perak,MICRO\r\n"
            + "E4,\"\",200501644109,G,Perak,MICRO\r\n"
            + "E5,Plain,200501644110,G,Perak,MICRO"
        let file = try decode(text)
        #expect(names(file) == ["Syarikat A, B & C", "Kedai \"Murah\" Sdn. Bhd.", "Two\r\nlines", "Plain"])
        #expect(file.lines == [2, 3, 4, 7])
        // An empty quoted field is null like any empty field: `name` is required.
        #expect(file.problems == [RowProblem(line: 6, column: "name", reason: "required value is missing")])
        #expect(file.recordCount == 5)
        #expect(file.rejectedLineCount == 1)
    }

    @Test func acceptsAByteOrderMarkAndSkipsBlankLines() throws {
        let text = "\u{FEFF}" + header + "\n\nE1,A,200501644106,C,Johor,SMALL\n\r\n\nE2,B,200501644107,C,Johor,SMALL\n\n"
        let file = try decode(text)
        #expect(file.problems.isEmpty)
        #expect(file.lines == [3, 6])
        #expect(file.recordCount == 2)
    }

    @Test func aStrayQuoteOrTextAfterAClosingQuoteRefusesOnlyThatRecord() throws {
        let text = ImportFixtures.file(
            employers,
            [
                "E1,Rekod \"rosak,200501644106,C,Johor,SMALL",
                "E2,Good,200501644107,C,Johor,SMALL",
                "E3,\"Quoted\"tail,200501644108,C,Johor,SMALL",
                "E4,\"Multi",
                "line\" then,200501644109,C,Johor,SMALL",
                "E5,Also good,200501644110,C,Johor,SMALL",
            ])
        let file = try decode(text)
        #expect(names(file) == ["Good", "Also good"])
        #expect(file.lines == [3, 7])
        #expect(
            file.problems == [
                RowProblem(line: 2, column: nil, reason: "a double quote inside an unquoted field (quote the whole field)"),
                RowProblem(line: 4, column: nil, reason: "text after the closing quote of a quoted field"),
                RowProblem(line: 5, column: nil, reason: "text after the closing quote of a quoted field"),
            ])
    }

    @Test func anUnclosedQuoteRefusesItsRecordAndReadingGoesOnAtTheNextLine() throws {
        let text = ImportFixtures.file(
            employers,
            [
                "E1,\"never closed,200501644106,C,Johor,SMALL",
                "E2,Good,200501644107,C,Johor,SMALL",
            ])
        let file = try decode(text)
        #expect(file.problems == [RowProblem(line: 2, column: nil, reason: "a quoted field is not closed before the end of the file")])
        #expect(names(file) == ["Good"])
        #expect(file.lines == [3])
        #expect(file.recordCount == 2)
    }

    @Test func aWrongNumberOfFieldsIsAWholeRecordProblem() throws {
        let text = ImportFixtures.file(
            employers,
            [
                "E1,A,200501644106,C,Johor",
                "E2,B,200501644107,C,Johor,SMALL,extra",
                "E3,C,200501644108,C,Johor,SMALL",
            ])
        let file = try decode(text)
        #expect(
            file.problems == [
                RowProblem(line: 2, column: nil, reason: "expected 6 fields, found 5"),
                RowProblem(line: 3, column: nil, reason: "expected 6 fields, found 7"),
            ])
        #expect(file.lines == [4])
    }

    @Test func aHeaderOnlyFileHasNoRecords() throws {
        let file = try decode(header)
        #expect(file.recordCount == 0)
        #expect(file.table.rowCount == 0)
        #expect(file.table.columns.map(\.name) == employers.columnNames)
    }

    @Test func columnsComeInAnyOrderAndAbsentNullableColumnsAreNull() throws {
        let text =
            "longitude,type,name,institution_id,state,district,ministry\n"
            + "112.0944,POLITEKNIK,Politeknik Mukah,I1,Sarawak,Mukah,KPT\n"
        let file = try ImportFixtures.decode(.institutions, text)
        #expect(file.problems.isEmpty)
        #expect(file.table.columns.map(\.name) == DatasetSchema.institutions.columnNames)
        #expect(file.table.value(row: 0, column: "institution_id") == .string("I1"))
        #expect(file.table.value(row: 0, column: "latitude") == .null)
        #expect(file.table.value(row: 0, column: "longitude") == .double(112.0944))
    }

    @Test func headerProblemsRefuseTheWholeFileAndNameTheColumns() {
        #expect(throws: ImportFileError.badHeader(dataset: "employers", unknown: ["ssm"], missing: ["ssm_no"], duplicate: [])) {
            try decode("employer_id,name,ssm,msic_section,state,size\n")
        }
        #expect(throws: ImportFileError.badHeader(dataset: "employers", unknown: [], missing: [], duplicate: ["state"])) {
            try decode("employer_id,name,ssm_no,msic_section,state,size,state\n")
        }
        #expect(throws: ImportFileError.badHeader(dataset: "employers", unknown: [], missing: ["state", "size"], duplicate: [])) {
            try decode("employer_id,name,ssm_no,msic_section\n")
        }
        #expect(throws: ImportFileError.empty) { try decode("") }
        #expect(throws: ImportFileError.empty) { try decode("\u{FEFF}\n\n") }
        #expect(throws: ImportFileError.malformedHeader(reason: RecordScannerReasons.strayQuote)) { try decode("employer_id,na\"me\n") }
        let description = ImportFileError.badHeader(dataset: "employers", unknown: ["ssm", "x"], missing: ["ssm_no"], duplicate: ["state"])
            .description
        #expect(
            description == "header of employers: unknown columns 'ssm', 'x'; missing required column 'ssm_no'; column named twice 'state'")
    }

    @Test func decodesAFileOnDiskAndReportsProgress() throws {
        let directory = try ProjectFiles.temporaryDirectory()
        let path = directory + "/employers.csv"
        let text = ImportFixtures.file(employers, ["E1,A,200501644106,C,Johor,SMALL"])
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        var reports: [(Int, Int)] = []
        let decoder = DatasetDecoder(dataset: employers, taxonomy: ImportFixtures.taxonomy)
        let file = try decoder.decode(file: path, linkExists: { _, _ in true }, progress: { reports.append(($0, $1)) })
        #expect(file.table.rowCount == 1)
        #expect(reports.last.map { [$0.0, $0.1] } == [text.utf8.count, text.utf8.count])
        #expect(throws: ImportFileError.self) { try decoder.decode(file: directory + "/missing.csv", linkExists: { _, _ in true }) }
    }
}

/// The reasons the scanner gives, as the tests expect them.
enum RecordScannerReasons {
    static let strayQuote = "a double quote inside an unquoted field (quote the whole field)"
}
