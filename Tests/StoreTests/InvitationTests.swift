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
        #expect(try store.answerInvitation(id: first.id, graduate: "G2", accept: true) == nil)
        #expect(try store.answerInvitation(id: first.id, graduate: "G1", accept: true)?.status == .accepted)
        #expect(try store.answerInvitation(id: first.id, graduate: "G1", accept: false)?.status == .accepted)
        _ = try store.invite(employer: "E2", vacancy: "V9", graduate: "G1", message: nil)
        #expect(try store.invitations(graduate: "G1").map(\.vacancyID) == ["V9", "V1"])
        #expect(try store.invitations(employer: "E1").map(\.graduateID) == ["G1"])
        #expect(try store.invitations(employer: "E3").isEmpty)
    }
}
