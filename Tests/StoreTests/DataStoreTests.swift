import Columnar
import Foundation
import TVET
import Testing
import TestSupport

@testable import Store

/// Batch writes, upserts, rollback and loading into the engine.
@Suite struct DataStoreTests {
    @Test func aGeneratedDatasetRoundTripsExactly() throws {
        let tables = try Fixtures.generatedTables()
        let store = try DataStore.inMemory()
        for (dataset, table) in zip(TVETSchema.datasets, tables) { try store.write(table, dataset: dataset) }
        let catalog = try store.loadCatalog()
        for (dataset, original) in zip(TVETSchema.datasets, tables) {
            let loaded = try #require(catalog.table(dataset.name))
            #expect(loaded.rowCount == original.rowCount && original.rowCount > 0, "\(dataset.name)")
            #expect(loaded.columnNames == dataset.columnNames)
            #expect(loaded.primaryKey == dataset.primaryKey.name)
            for column in original.columns {
                let stored = try #require(loaded.column(column.name))
                #expect(stored.type == column.type, "\(dataset.name).\(column.name)")
                #expect(loaded.cells(stored) == original.cells(column), "\(dataset.name).\(column.name)")
            }
        }
        #expect(catalog.links == TVETSchema.links)
    }

    @Test func nullsEmptyListsAndEdgeValuesSurvive() throws {
        let store = try DataStore.inMemory()
        try store.write(try Fixtures.table(.institutions, [Fixtures.institution]), dataset: .institutions)
        try store.write(try Fixtures.table(.employers, [["E1", "Syarikat \"Maju\", Bhd", "202301012345", "C", "Johor", "LARGE"]]), dataset: .employers)
        let builder = DatasetSchema.vacancies.makeTableBuilder()
        // The most openings a plausible vacancy may have (a large employer's, `OpeningsBySize`).
        let values = ["V1", "E1", "Juruteknik 'Kanan'", "7411", "ELECTRICAL", "3", "ELE001;ELE002", "", "Johor", "0", "1e6",
                      "1000", "1900-01-01", "2099-12-31"]
        for (column, value) in zip(builder.columns, values) { #expect(column.appendParsing(value)) }
        try store.write(try builder.table.build(), dataset: .vacancies)
        // An empty list (not null) in optional_skills, stored as ''.
        let second = DatasetSchema.vacancies.makeTableBuilder()
        for (index, (column, value)) in zip(second.columns, values).enumerated() {
            if index == 0 { #expect(column.appendParsing("V2")) } else if index == 7 {
                (column as! ListColumnBuilder).endRow()
            } else { #expect(column.appendParsing(value)) }
        }
        try store.write(try second.table.build(), dataset: .vacancies)
        let vacancies = try store.loadTable(.vacancies)
        #expect(vacancies.rowCount == 2)
        let optional = try #require(vacancies.column("optional_skills"))
        #expect(optional.isNull(0) && !optional.isNull(1) && optional.listItems(at: 1).isEmpty)
        #expect(vacancies.value(row: 0, column: "essential_skills") == .string("ELE001;ELE002"))
        #expect(vacancies.value(row: 0, column: "salary_max") == .double(1e6))
        #expect(vacancies.value(row: 0, column: "posted_on") == .date(EpochDays.parse("1900-01-01")!))
        #expect(vacancies.value(row: 1, column: "closes_on") == .date(EpochDays.parse("2099-12-31")!))
        #expect(try store.loadTable(.employers).value(row: 0, column: "name") == .string("Syarikat \"Maju\", Bhd"))
    }

    @Test func reImportingARecordReplacesItInPlaceAndKeepsItsLinks() throws {
        let store = try DataStore.inMemory()
        try store.write(try Fixtures.table(.institutions, [Fixtures.institution]), dataset: .institutions)
        try store.write(
            try Fixtures.table(.programmes, [Fixtures.programme("P1"), Fixtures.programme("P2")]), dataset: .programmes)
        try store.write(
            try Fixtures.table(.students, [Fixtures.student("S1", programme: "P1"), Fixtures.student("S2", programme: "P2")]),
            dataset: .students)
        // P1 again with other seats, and a new P3: P1 keeps its place, P3 comes last, the students still link.
        try store.write(
            try Fixtures.table(.programmes, [Fixtures.programme("P3", seats: 7), Fixtures.programme("P1", seats: 99)]),
            dataset: .programmes)
        let catalog = try store.loadCatalog()
        let programmes = try #require(catalog.table("programmes"))
        #expect((0..<3).map { programmes.value(row: $0, column: "programme_id") } == [.string("P1"), .string("P2"), .string("P3")])
        #expect(programmes.value(row: 0, column: "seats") == .int(99))
        #expect(catalog.linkRows(from: "students", link: "programme") == [0, 1])
        let result = try catalog.execute(
            Query(dataset: "students", filters: [Filter(column: "programme.seats", op: .eq, value: .int(99))],
                  measures: [Measure(fn: .count)]))
        #expect(result.rows == [[.int(1)]])
    }

    @Test func aRefusedRowLeavesTheStoreAsItWas() throws {
        let store = try DataStore.inMemory()
        try store.write(try Fixtures.table(.institutions, [Fixtures.institution]), dataset: .institutions)
        try store.write(try Fixtures.table(.programmes, [Fixtures.programme("P1", seats: 30)]), dataset: .programmes)
        let before = try store.rowCounts()
        // The batch updates P1, adds P2, then fails on a link to an institution that is not stored.
        let batch = try Fixtures.table(
            .programmes,
            [Fixtures.programme("P1", seats: 55), Fixtures.programme("P2"), Fixtures.programme("P4", institution: "NOPE")])
        #expect(throws: StoreError.rowRefused(dataset: "programmes", row: 2, reason: "FOREIGN KEY constraint failed")) {
            try store.write(batch, dataset: .programmes)
        }
        #expect(try store.rowCounts() == before)
        let programmes = try store.loadTable(.programmes)
        #expect(programmes.rowCount == 1 && programmes.value(row: 0, column: "seats") == .int(30))
        // The store still takes the next good batch.
        try store.write(try Fixtures.table(.programmes, [Fixtures.programme("P2")]), dataset: .programmes)
        #expect(try store.rowCounts()["programmes"] == 2)
    }

    @Test func aBatchWithoutTheSchemasColumnsIsRefusedBeforeWriting() throws {
        let store = try DataStore.inMemory()
        let builder = TableBuilder(name: "institutions", primaryKey: "institution_id")
        builder.string("institution_id").append("I1")
        #expect(throws: StoreError.schemaMismatch(dataset: "institutions", detail: "the batch has no column 'name'")) {
            try store.write(try builder.build(), dataset: .institutions)
        }
        let wrongType = TableBuilder(name: "programmes", primaryKey: "programme_id")
        for column in DatasetSchema.programmes.columns {
            if column.name == "seats" { wrongType.double("seats").append(3.0) } else { wrongType.string(column.name).append("x") }
        }
        #expect(throws: StoreError.schemaMismatch(dataset: "programmes", detail: "column 'level' is string in the batch, integer in the schema")) {
            try store.write(try wrongType.build(), dataset: .programmes)
        }
    }

    @Test func theLoadedCatalogAnswersALinkedQuery() throws {
        let tables = try Fixtures.generatedTables(graduates: 200, seed: 11)
        let store = try DataStore.inMemory()
        for (dataset, table) in zip(TVETSchema.datasets, tables) { try store.write(table, dataset: dataset) }
        let catalog = try store.loadCatalog()
        let result = try catalog.execute(
            Query(dataset: "graduates", groupBy: ["programme.institution.state"], measures: [Measure(fn: .count, as: "n")]))
        // The same count by hand, from the tables as generated.
        let byName = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
        let graduates = byName["graduates"]!, programmes = byName["programmes"]!, institutions = byName["institutions"]!
        var expected: [String: Int64] = [:]
        for row in 0..<graduates.rowCount {
            let programme = programmes.row(forKey: graduates.value(row: row, column: "programme_id")!.description)!
            let institution = institutions.row(forKey: programmes.value(row: programme, column: "institution_id")!.description)!
            expected[institutions.value(row: institution, column: "state")!.description, default: 0] += 1
        }
        #expect(result.columns == ["programme.institution.state", "n"])
        #expect(result.rows == expected.sorted { Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8) }
            .map { [.string($0.key), .int($0.value)] })
    }

    @Test func loadingWhileAnotherConnectionWritesSeesTheLastCommit() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reader = try DataStore(path: folder + "/store.sqlite"), other = try DataStore(path: folder + "/store.sqlite")
        try reader.write(try Fixtures.table(.institutions, [Fixtures.institution]), dataset: .institutions)
        // `other` holds the write lock with an uncommitted programme: the load does not wait and does not see it.
        let loaded = try other.writer.write { db in
            try db.execute(sql: "INSERT INTO programmes VALUES ('P9', 'INS001', 'X', 'ICT', NULL, 3, 12, 10)")
            return try reader.loadCatalog()
        }
        #expect(loaded.table("institutions")?.rowCount == 1)
        #expect(loaded.table("programmes")?.rowCount == 0)
        #expect(try reader.loadCatalog().table("programmes")?.rowCount == 1)
    }
}
