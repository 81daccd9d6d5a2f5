import Foundation
import Hummingbird
import Sharing
import Store
import TVET
import Web

/// `POST /requests/{id}/actions`: a step of the workflow taken on the request's page, through the same `StepCommand`,
/// `SharingService.act` and access policy as `POST /api/v1/requests/{id}/actions`. A refused step is shown on the
/// page with its reason in words and changes nothing; the requester's grant key (shown once) and the one-off delivery
/// of an ACTIVE request go through the same calls as the API's.
struct RequestStepController {
    let sharing: SharingService
    let detail: RequestPageController

    func register(in pages: PageRoutes) {
        pages.add(.post, "/requests/:id/actions") { request, context in try await act(request: request, context: context) }
        pages.add(.post, "/requests/:id/grant/keys") { request, context in try await takeKey(request: request, context: context) }
        pages.add(.get, "/requests/:id/delivery.zip") { request, context in
            try await GrantController(sharing: sharing).deliver(request: request, context: context)
        }
    }

    /// The fields of a step as the API reads them, from the form: the amended request rides along a resubmission.
    static func command(_ form: PageForm, amended: SharingRequestBody?) throws -> StepCommand {
        var fields: [String: Any] = [:]
        if let amended, let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(amended)) as? [String: Any] {
            fields = object
        }
        fields["action"] = form["action"] ?? ""
        for name in ["note", "conditions", "reference", "kind", "document_sha256"] {
            if let value = GraduatePageController.nonEmpty(form[name]) { fields[name] = value }
        }
        if let amount = GraduatePageController.nonEmpty(form["amount_myr"]).flatMap({ Double($0.replacingOccurrences(of: ",", with: "")) })
        {
            fields["amount_myr"] = amount
        }
        return try StepCommand(json: JSONSerialization.data(withJSONObject: fields))
    }

    func act(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let form = try await PageRequest.form(request, context: context)
        let id = try RequestController.id(context)
        let user = try RequestsPageController.user(context)
        let language = try PageRequest(request).language
        let action = RequestAction(rawValue: form["action"] ?? "")
        context.audit.record(dataset: nil, recordID: "request \(id) \(action?.rawValue ?? "step")", classification: nil)
        let items = RequestForm.catalogue(detail.data)
        var amended: RequestForm?
        var amendedBody: SharingRequestBody?
        if action == .resubmit {
            let form = RequestForm(form, datasets: items.map(\.dataset))
            let (body, problems) = form.body(datasets: items.map(\.dataset), language: language)
            amended = form
            guard let body else {
                return try await refused(id, request, context, Outcome(problems: problems, amended: form, status: .unprocessableContent))
            }
            amendedBody = body
        }
        do {
            _ = try await sharing.act(on: id, try Self.command(form, amended: amendedBody), by: user, as: context.caller.principal)
        } catch SharingError.invalid(let found) {
            var problems = FormProblems()
            if action == .resubmit {
                problems = RequestFormController.problems(found, body: amendedBody, items: items, language: language)
            } else {
                let words = SharingWords(language: language)
                for problem in found {
                    problems.add(
                        problem.field + "-" + (action?.rawValue ?? ""), label: Self.label(problem.field, language), words.problem(problem))
                }
            }
            return try await refused(id, request, context, Outcome(problems: problems, amended: amended, status: .unprocessableContent))
        } catch SharingError.refused(let refusal) where refusal.kind == .forbidden || refusal.kind == .conflict {
            guard let action, let record = try? await sharing.read(id, as: context.caller.principal) else {
                throw SharingError.refused(refusal)
            }
            let facts = record.effectiveFacts(on: MalaysiaTime.day(of: Date()))
            let reason = SharingWords(language: language).refusal(
                refusal, action: action, facts: facts, principal: context.caller.principal)
            return try await detail.show(
                record, request: request, context: context,
                outcome: Outcome(refused: reason, amended: amended, status: refusal.kind == .forbidden ? .forbidden : .conflict))
        }
        return try PageRequest(request).redirect(to: "/requests/\(id)?done=1")
    }

    typealias Outcome = RequestPageController.Outcome

    /// The request's page again, with what went wrong; a request the person may not read is not found.
    func refused(_ id: Int64, _ request: Request, _ context: DataRayaRequestContext, _ outcome: Outcome) async throws -> Response {
        let record = try await sharing.read(id, as: context.caller.principal)
        return try await detail.show(record, request: request, context: context, outcome: outcome)
    }

    static func label(_ field: String, _ language: PageLanguage) -> String {
        let keys = [
            "amount_myr": "amount_myr", "reference": "payment_reference", "kind": "agreement_kind", "document_sha256": "document_sha256",
        ]
        return PageText.text(keys[field] ?? field, language)
    }

    func takeKey(request: Request, context: DataRayaRequestContext) async throws -> Response {
        _ = try await PageRequest.form(request, context: context)
        let id = try RequestController.id(context)
        let user = try RequestsPageController.user(context)
        let page = try PageRequest(request)
        context.audit.record(dataset: nil, recordID: "request \(id) grant key", classification: nil)
        let issued = try await sharing.issueGrantKey(ofRequest: id, by: user, as: context.caller.principal)
        let content: [String: Any] = [
            "id": id, "key": issued.key, "expires": issued.record.expiresAt.map { MalaysiaTime.text($0) } ?? "",
        ]
        let html = try detail.renderer.render(
            "grant_key", model: page.model(title: PageText.text("key_title", page.language), caller: context.caller), content: content)
        var response = page.html(html, status: .created)
        // Shown once: no cache keeps it.
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
