import Foundation
import Hummingbird
import Store
import TVET
import Web

/// `/graduate/invitations`: employers' invitations to the signed-in graduate, to accept (choosing which contact
/// fields to share) or decline, through the same answer as the API (`InvitationAnswer`): an answered invitation is
/// not answered again.
struct InvitationsPageController {
    let data: DataService
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/graduate/invitations") { request, context in try await list(request: request, context: context) }
        for (verb, accept) in [("accept", true), ("decline", false)] {
            pages.add(.post, "/graduate/invitations/:id/\(verb)") { request, context in
                try await answer(accept: accept, request: request, context: context)
            }
        }
    }

    func list(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let page = try PageRequest(request)
        guard !context.caller.isAnonymous else { throw APIError.unauthorized("Sign in to see your invitations.") }
        context.audit.record(dataset: InvitationController.dataset, classification: Classification.terhad.rawValue)
        try context.caller.require(.listInvitations)
        let graduate = context.caller.principal.graduateID ?? ""
        let invitations = try await Blocking.run { [data] in try data.store.invitations(graduate: graduate) }
        let snapshot = data.engine.snapshot
        let language = page.language
        let items: [[String: Any]] = invitations.map { invitation in
            let vacancies = snapshot.table(DatasetSchema.vacancies.name)
            let employers = snapshot.table(DatasetSchema.employers.name)
            let title = vacancies.flatMap { table in table.row(forKey: invitation.vacancyID).flatMap { table.text("title", row: $0) } }
            let employer = employers.flatMap { table in table.row(forKey: invitation.employerID).flatMap { table.text("name", row: $0) } }
            let shared = (invitation.sharedFields ?? []).map(\.rawValue).sorted().map { PageText.text("share_" + $0, language) }
            var item: [String: Any] = [
                "id": invitation.id, "title": title ?? invitation.vacancyID, "employer": employer ?? invitation.employerID,
                "sent": String(ISO8601DateFormatter().string(from: invitation.createdAt).prefix(10)),
                "status": PageText.text("invitation_" + invitation.status.rawValue.lowercased(), language),
                "pending": invitation.status == .pending,
            ]
            if let message = invitation.message { item["message"] = message }
            if !shared.isEmpty { item["shared"] = shared.joined(separator: ", ") }
            return item
        }
        let html = try renderer.render(
            "invitations", model: page.model(title: PageText.text("invitations_title", language), caller: context.caller),
            content: ["invitations": items])
        return page.html(html)
    }

    func answer(accept: Bool, request: Request, context: DataRayaRequestContext) async throws -> Response {
        let form = try await PageRequest.form(request, context: context)
        let share = Set(form.all("share").compactMap(GraduateContact.Field.init(rawValue:)))
        _ = try await InvitationAnswer.answer(context.parameters.get("id") ?? "", accept: accept, share: share, context: context, data: data)
        return try PageRequest(request).redirect(to: "/graduate/invitations")
    }
}
