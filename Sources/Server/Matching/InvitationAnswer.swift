import Store
import TVET

/// A graduate's answer to an invitation, for the API and the pages alike: the access policy decides on the
/// invitation's addressee (someone else's answers as one that does not exist), and an invitation answered before is a
/// 409 that says how, changing nothing.
enum InvitationAnswer {
    static func answer(
        _ idText: String, accept: Bool, share: Set<GraduateContact.Field>, context: DataRayaRequestContext, data: DataService
    ) async throws -> Invitation {
        context.audit.record(dataset: InvitationController.dataset, recordID: idText, classification: Classification.terhad.rawValue)
        let invitation = try await Blocking.run { [data] in try Int64(idText).flatMap { id throws(StoreError) in try data.store.invitation(id: id) } }
        try context.caller.require(.answerInvitation(addresseeGraduateID: invitation?.graduateID ?? ""))
        guard let invitation else { throw APIError.notFound("No invitation of yours has that id.") }
        let answer = try await Blocking.run { [data] in
            try data.store.answerInvitation(id: invitation.id, graduate: invitation.graduateID, accept: accept, share: share)
        }
        switch answer {
        case .answered(let answered): return answered
        case .alreadyAnswered(let answered):
            let verb = answered.status == .accepted ? "accepted" : "declined"
            throw APIError.conflict("This invitation was \(verb) already; an answer cannot be repeated or changed.")
        case .unknown: throw APIError.notFound("No invitation of yours has that id.")
        }
    }
}
