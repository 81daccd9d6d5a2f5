import Foundation
import Testing
@testable import Store

/// Pseudonyms shown to employers: stable per (employer, graduate), different between employers, reversible only by
/// the store that issued them and only for the employer they were issued to.
@Suite struct CandidatePseudonymTests {
    @Test func stablePerEmployerAndReversibleOnlyForThatEmployer() throws {
        let store = try DataStore.inMemory()
        let first = store.candidatePseudonym(employer: "E000001", graduate: "G0000042")
        #expect(first == store.candidatePseudonym(employer: "E000001", graduate: "G0000042"))
        #expect(first != store.candidatePseudonym(employer: "E000002", graduate: "G0000042"))
        #expect(first != store.candidatePseudonym(employer: "E000001", graduate: "G0000043"))
        #expect(!first.contains("G0000042"))
        #expect(store.graduate(fromPseudonym: first, employer: "E000001") == "G0000042")
        #expect(store.graduate(fromPseudonym: first, employer: "E000002") == nil)
    }

    @Test func anotherStoreOrAnAlteredPseudonymRecoversNothing() throws {
        let store = try DataStore.inMemory(), other = try DataStore.inMemory()
        let pseudonym = store.candidatePseudonym(employer: "E000001", graduate: "G0000042")
        #expect(other.graduate(fromPseudonym: pseudonym, employer: "E000001") == nil)
        var altered = Array(pseudonym)
        altered[altered.count - 3] = altered[altered.count - 3] == "A" ? "B" : "A"
        #expect(store.graduate(fromPseudonym: String(altered), employer: "E000001") == nil)
        #expect(store.graduate(fromPseudonym: "G0000042", employer: "E000001") == nil)
        #expect(store.graduate(fromPseudonym: "cand_", employer: "E000001") == nil)
    }
}
