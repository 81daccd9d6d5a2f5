import Columnar
import TVET
import TestSupport
import Testing

/// A header row is bounded: a wide one is refused before its names are read, and a header problem lists only a few
/// of the names it found.
@Suite struct ImportHeaderLimitTests {
    let employers = DatasetSchema.employers

    @Test func aHeaderWiderThanItsLimitIsRefusedWithoutListingItsNames() {
        let names = (0..<100_000).map { "x\($0)" }.joined(separator: ",")
        let decoder = DatasetDecoder(dataset: employers, taxonomy: ImportFixtures.taxonomy)
        #expect(decoder.maxHeaderFields == 4 * employers.columns.count)
        #expect(throws: ImportFileError.tooManyFields(dataset: "employers", found: 100_000, limit: decoder.maxHeaderFields)) {
            try decoder.decode(Array((names + "\n").utf8), linkExists: { _, _ in true })
        }
    }

    @Test func theLimitIsAMultipleOfTheColumnCount() {
        let decoder = DatasetDecoder(dataset: employers, taxonomy: ImportFixtures.taxonomy, headerFieldsPerColumn: 2)
        let header = (employers.columnNames + employers.columnNames.map { $0 + "_copy" }).joined(separator: ",")
        #expect(decoder.maxHeaderFields == 2 * employers.columns.count)
        #expect(throws: ImportFileError.badHeader(
            dataset: "employers", unknown: employers.columnNames.map { $0 + "_copy" }, missing: [], duplicate: [])
        ) { try decoder.decode(Array((header + "\n").utf8), linkExists: { _, _ in true }) }
    }

    @Test func aHeaderProblemListsAFewNamesAndCountsTheRest() {
        let unknown = (1...20).map { "column_\($0)_" + String(repeating: "z", count: 100) }
        let description = ImportFileError.badHeader(dataset: "employers", unknown: unknown, missing: [], duplicate: []).description
        #expect(description.hasSuffix(" and 17 more"))
        #expect(description.utf8.count < 160, "\(description)")
    }
}
