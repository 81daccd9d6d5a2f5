import Foundation
import Hummingbird
import Sharing
import Store
import TVET
import Web

/// `/registrations`: a DATA_CONTROLLER's queue of registrations waiting for verification, each with the forms to
/// approve or reject it with a note. It asks the same `RegistrationService` and access-policy action
/// (`decideRegistration`) as the API, so anyone else gets the 403 page.
struct RegistrationQueueController {
    let registrations: RegistrationService
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/registrations", parameters: ["decided"]) { request, context in try await queue(request: request, context: context)
        }
        pages.add(.post, "/registrations/:id") { request, context in try await decide(request: request, context: context) }
    }

    func queue(request: Request, context: DataRayaRequestContext, problem: String? = nil) async throws -> Response {
        let page = try PageRequest(request)
        let words = SharingWords(language: page.language)
        let pending = try await registrations.pending(as: context.caller.principal)
        let items: [[String: Any]] = pending.map { registration in
            [
                "id": registration.id, "category": words.category(registration.category), "organisation": registration.organisation,
                "name": registration.name ?? "—", "email": registration.email, "filed": MalaysiaTime.text(registration.filedAt),
            ]
        }
        var content: [String: Any] = ["registrations": items, "decided": request.uri.queryParameters.get("decided") != nil]
        if let problem { content["problem"] = problem }
        let html = try renderer.render(
            "registrations", model: page.model(title: PageText.text("registrations_title", page.language), caller: context.caller),
            content: content)
        return page.html(html, status: problem == nil ? .ok : .conflict)
    }

    func decide(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let form = try await PageRequest.form(request, context: context)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw APIError.notFound("No registration has that id.") }
        context.audit.record(dataset: nil, recordID: "registration \(id) decision", classification: nil)
        guard let user = context.caller.user else { throw APIError.unauthorized("Deciding registrations needs you to sign in.") }
        guard let decision = form["decision"], ["approve", "reject"].contains(decision) else {
            throw APIError.badRequest("The decision must be approve or reject.")
        }
        let note = GraduatePageController.nonEmpty(form["note"])
        do {
            _ = try await registrations.decide(id, approve: decision == "approve", note: note, by: user, as: context.caller.principal)
        } catch {
            // Decided already: the queue again, saying so; any other refusal is the error page.
            guard case .refused(let refusal) = error, refusal.kind == .conflict else { throw error }
            return try await queue(
                request: request, context: context, problem: PageText.text("registration_decided", try PageRequest(request).language))
        }
        return try PageRequest(request).redirect(to: "/registrations?decided=1")
    }
}
