import Columnar
import Foundation
import TVET
import Testing
import TestSupport

@testable import Store

/// The plausibility rules that read other records, as the one write path applies them to every writer: a batch that
/// breaks one is refused whole, every such record named by row, field and reason, and nothing stored changes.
@Suite struct PlausibilityCheckTests {
    static func application(_ id: String, programme: String = "P1", intake: String = "2025", noIC: String = "020304101235") -> [String] {
        [id, noIC, "Aminah binti Ali", intake, programme, "1", "SUBMITTED", "2025-01-15"]
    }

    static func storeWithProgrammes() throws -> DataStore {
        let store = try DataStore.inMemory()
        try store.write(try Fixtures.table(.institutions, [Fixtures.institution]), dataset: .institutions)
        try store.write(try Fixtures.table(.programmes, [Fixtures.programme("P1"), Fixtures.programme("P2")]), dataset: .programmes)
        return store
    }

    static func refusals(_ body: () throws -> Void) -> [ImplausibleRecord]? {
        do {
            try body()
            return nil
        } catch StoreError.recordsImplausible(_, let found) {
            return found
        } catch {
            return nil
        }
    }

    @Test func aBatchWithTwoApplicationsOfOnePersonForOneProgrammeAndIntakeIsRefused() throws {
        let store = try Self.storeWithProgrammes()
        let batch = try Fixtures.table(
            .applications,
            [Self.application("A1"), Self.application("A2", programme: "P2"), Self.application("A3", intake: "2026"), Self.application("A4")])
        let found = try #require(Self.refusals { try store.write(batch, dataset: .applications) })
        #expect(found.map(\.row) == [3])
        #expect(found.map(\.field) == ["no_ic"])
        #expect(found[0].reason.contains("programme 'P1' and intake 2025") && found[0].reason.contains("one application per person"))
        #expect(!found[0].reason.contains("020304101235"))
        #expect(try store.loadTable(.applications).rowCount == 0)
    }

    @Test func anApplicationThatRepeatsAStoredOneIsRefusedAndAReplacementIsNot() throws {
        let store = try Self.storeWithProgrammes()
        try store.write(try Fixtures.table(.applications, [Self.application("A1")]), dataset: .applications)
        let again = try Fixtures.table(.applications, [Self.application("A2", programme: "P2"), Self.application("A9")])
        let found = try #require(Self.refusals { try store.write(again, dataset: .applications) })
        #expect(found.map(\.row) == [1] && found[0].field == "no_ic" && found[0].reason.contains("already has an application stored"))
        #expect(try store.loadTable(.applications).rowCount == 1)
        // The same application sent again (its own id) replaces it; another person may apply for the same place.
        try store.write(try Fixtures.table(.applications, [Self.application("A1"), Self.application("A5", noIC: "030405101237")]), dataset: .applications)
        #expect(try store.loadTable(.applications).rowCount == 2)
        // A stored application that the batch moves to another programme no longer holds its old place.
        try store.write(
            try Fixtures.table(.applications, [Self.application("A1", programme: "P2"), Self.application("A6")]), dataset: .applications)
        #expect(try store.loadTable(.applications).rowCount == 3)
    }

    static func vacancy(_ id: String, employer: String, openings: Int) -> [String] {
        [id, employer, "Juruteknik", "7411", "ELECTRICAL", "3", "ELE001", "", "Johor", "1800", "2400", String(openings), "2026-11-01", "2026-12-31"]
    }

    @Test func aVacancyOffersNoMoreOpeningsThanItsEmployersSizeAllows() throws {
        let store = try DataStore.inMemory()
        let employers = [("E1", "MICRO"), ("E2", "SMALL"), ("E3", "MEDIUM"), ("E4", "LARGE")].map { id, size in
            [id, "Syarikat \(id) Sdn. Bhd.", "202301012345", "C", "Johor", size]
        }
        try store.write(try Fixtures.table(.employers, employers), dataset: .employers)
        let within = [("E1", 5), ("E2", 75), ("E3", 200), ("E4", 1000)].enumerated().map { Self.vacancy("V\($0)", employer: $1.0, openings: $1.1) }
        try store.write(try Fixtures.table(.vacancies, within), dataset: .vacancies)
        let above = [("E1", 6), ("E2", 76), ("E3", 201), ("E1", 100_000), ("E4", 3)].enumerated().map {
            Self.vacancy("W\($0)", employer: $1.0, openings: $1.1)
        }
        let found = try #require(Self.refusals { try store.write(try Fixtures.table(.vacancies, above), dataset: .vacancies) })
        #expect(found.map(\.row) == [0, 1, 2, 3])
        #expect(Set(found.map(\.field)) == ["openings"])
        #expect(found[0].reason == "'6' is above 5, the most openings one vacancy of a MICRO employer may have")
        #expect(found[1].reason.contains("above 75") && found[1].reason.contains("SMALL"))
        #expect(found[2].reason.contains("above 200") && found[2].reason.contains("MEDIUM"))
        #expect(try store.loadTable(.vacancies).rowCount == 4)
        #expect(try store.implausibleRecords(try Fixtures.table(.vacancies, above), dataset: .vacancies) == found)
    }
}
