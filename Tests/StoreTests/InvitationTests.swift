import Foundation
import Testing
@testable import Store

/// Invitations: one per vacancy and graduate, answered once, by the graduate they are addressed to only.
@Suite struct InvitationTests {
    @Test func anInvitationIsAnsweredOnceByItsGraduate() throws {
        let store = try DataStore.inMemory()
        let first = try store.invite(employer: "E1", vacancy: "V1", graduate: "G1", message: "Temu duga?")
        #expect(first.status == .pending && first.message == "Temu duga?")
        let again = try store.invite(employer: "E1", vacancy: "V1", graduate: "G1", message: "again")
        #expect(again == first)
        #expect(try store.answerInvitation(id: first.id, graduate: "G2", accept: true) == .unknown)
        guard case .answered(let accepted) = try store.answerInvitation(id: first.id, graduate: "G1", accept: true, share: [.email]) else {
            Issue.record("the first answer was not recorded")
            return
        }
        #expect(accepted.status == .accepted && accepted.sharedFields == [.email])
        // Reversing (or repeating) an answer changes nothing and says so.
        #expect(try store.answerInvitation(id: first.id, graduate: "G1", accept: false) == .alreadyAnswered(accepted))
        #expect(try store.invitation(id: first.id) == accepted)
        _ = try store.invite(employer: "E2", vacancy: "V9", graduate: "G1", message: nil)
        #expect(try store.invitations(graduate: "G1").map(\.vacancyID) == ["V9", "V1"])
        #expect(try store.invitations(employer: "E1").map(\.graduateID) == ["G1"])
        #expect(try store.invitations(employer: "E3").isEmpty)
    }

    @Test func aContactIsKeptCheckedAndRemoved() throws {
        let store = try DataStore.inMemory()
        #expect(try store.contact(graduate: "G1") == nil)
        try store.setContact(GraduateContact(email: "aina@contoh.com.my", phone: "+60 12-345 6789"), graduate: "G1")
        #expect(try store.contact(graduate: "G1") == GraduateContact(email: "aina@contoh.com.my", phone: "+60 12-345 6789"))
        #expect(try store.contact(graduate: "G1")?.sharing([.phone]) == GraduateContact(phone: "+60 12-345 6789"))
        #expect(throws: StoreError.invalidContact(field: "email", reason: "must be an e-mail address such as nama@contoh.com.my")) {
            try store.setContact(GraduateContact(email: "not an address"), graduate: "G1")
        }
        #expect(throws: StoreError.self) { try store.setContact(GraduateContact(phone: "12"), graduate: "G1") }
        try store.setContact(GraduateContact(), graduate: "G1")
        #expect(try store.contact(graduate: "G1") == nil)
    }
}
