import Foundation
import Hummingbird
import Sharing
import Store
import TVET
import Web

/// `/requests/new` and `POST /requests`: the form to file a data-sharing request, filed through the same
/// `SharingService.file` (and so the same `RequestValidation` and access policy) as `POST /api/v1/requests`; every
/// field at fault comes back named on the form, and nothing is stored.
struct RequestFormController {
    let sharing: SharingService
    let data: DataService
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/requests/new") { request, context in try await form(request: request, context: context) }
        pages.add(.post, "/requests") { request, context in try await file(request: request, context: context) }
    }

    func items() -> [CatalogueItem] { RequestForm.catalogue(data) }

    func form(
        request: Request, context: DataRayaRequestContext, form: RequestForm = RequestForm(), problems: FormProblems = FormProblems(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let page = try PageRequest(request)
        _ = try RequestsPageController.user(context)
        var content = problems.content
        if let waiting = RequestsPageController.waitingRegistration(context, page.language) {
            content["registration_pending"] = waiting
        } else {
            content.merge(form.content(items: items(), problems: problems, language: page.language)) { $1 }
            content["may_file"] = true
        }
        let html = try renderer.render(
            "request_new", model: page.model(title: PageText.text("request_new_title", page.language), caller: context.caller),
            content: content)
        return page.html(html, status: status)
    }

    func file(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let submitted = try await PageRequest.form(request, context: context)
        let user = try RequestsPageController.user(context)
        let language = try PageRequest(request).language
        let items = items()
        let form = RequestForm(submitted, datasets: items.map(\.dataset))
        let (body, formProblems) = form.body(datasets: items.map(\.dataset), language: language)
        guard let body else {
            return try await self.form(
                request: request, context: context, form: form, problems: formProblems, status: .unprocessableContent)
        }
        do {
            let record = try await sharing.file(body, by: user, as: context.caller.principal)
            context.audit.record(dataset: nil, recordID: "request \(record.id) submit", classification: nil)
            return try PageRequest(request).redirect(to: "/requests/\(record.id)")
        } catch SharingError.invalid(let found) {
            let problems = Self.problems(found, body: body, items: items, language: language)
            return try await self.form(request: request, context: context, form: form, problems: problems, status: .unprocessableContent)
        } catch SharingError.refused(let refusal) where refusal.kind == .forbidden && context.caller.principal.registration == .pending {
            return try await self.form(request: request, context: context, status: .forbidden)
        }
    }

    /// The rules' problems, each on the form element it is about, in words.
    static func problems(_ found: [SharingError.Problem], body: SharingRequestBody?, items: [CatalogueItem], language: PageLanguage)
        -> FormProblems
    {
        var problems = FormProblems()
        for problem in found {
            let anchor = RequestForm.anchor(problem.field, body: body)
            problems.add(
                anchor, label: RequestForm.label(anchor, items: items, language: language),
                SharingWords(language: language).problem(problem))
        }
        return problems
    }
}
