import Foundation
import Hummingbird
import Sharing
import Store
import TVET
import Web

/// `/requests`: the signed-in person's data-sharing requests, and those waiting for a step their role takes, each
/// with its state in words and the days it has waited at its stage: exactly what `GET /api/v1/requests` lists for
/// them (the same `SharingService.list`). A registrant still waiting for verification is told why they cannot file.
struct RequestsPageController {
    let sharing: SharingService
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/requests") { request, context in try await list(request: request, context: context) }
    }

    /// The signed-in user; a visitor is sent to sign in.
    static func user(_ context: DataRayaRequestContext) throws -> UserRecord {
        guard let user = context.caller.user else { throw APIError.unauthorized("Sign in to see data-sharing requests.") }
        return user
    }

    /// Why the person may not file yet, in words, or nil.
    static func waitingRegistration(_ context: DataRayaRequestContext, _ language: PageLanguage) -> String? {
        context.caller.principal.registration == .pending ? PageText.text("registration_pending", language) : nil
    }

    func list(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let page = try PageRequest(request)
        let user = try Self.user(context)
        var content: [String: Any] = [:]
        if let waiting = Self.waitingRegistration(context, page.language) {
            content["registration_pending"] = waiting
        } else {
            let words = SharingWords(language: page.language)
            let today = MalaysiaTime.day(of: Date())
            let records = try await sharing.list(as: context.caller.principal)
            let items = records.map { record in (record.requesterID == user.id, Self.item(RequestView(record, today: today), words)) }
            content["mine"] = items.filter(\.0).map(\.1)
            content["waiting"] = items.filter { !$0.0 }.map(\.1)
            content["signed_in"] = true
        }
        let html = try renderer.render(
            "requests", model: page.model(title: PageText.text("requests_title", page.language), caller: context.caller), content: content)
        return page.html(html)
    }

    /// One request in a list: its number, state in words, organisation, purpose, when it was filed and how many days
    /// it has waited at its stage.
    static func item(_ view: RequestView, _ words: SharingWords) -> [String: Any] {
        [
            "id": view.requestID, "state": words.state(view.state), "organisation": view.fields?.organisation ?? "",
            "purpose": view.fields?.purpose ?? "", "filed": view.history.first?.at ?? "", "days": view.waiting.last?.days ?? 0,
        ]
    }
}
