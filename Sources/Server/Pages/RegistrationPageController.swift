import Foundation
import Hummingbird
import Sharing
import Store
import TVET
import Web

/// `/register`: anyone registers to use the data through the same `RegistrationService` as
/// `POST /api/v1/registrations`; problems come back on the form in the visitor's language, and the page then says
/// whether the registration waits for a data controller or is verified already. The password and a MyKad number are
/// never put back into the form or a URL.
struct RegistrationPageController {
    let registrations: RegistrationService
    let renderer: PageRenderer

    static let fields = ["category", "organisation", "name", "email", "login", "password"]

    func register(in pages: PageRoutes) {
        pages.add(.get, "/register", parameters: ["registered"]) { request, context in try form(request: request, context: context) }
        pages.add(.post, "/register") { request, context in try await submit(request: request, context: context) }
    }

    func form(
        request: Request, context: DataRayaRequestContext, values: [String: String] = [:], problems: FormProblems = FormProblems()
    ) throws -> Response {
        let page = try PageRequest(request)
        let language = page.language
        // Only what a registration answers: waiting for a data controller, or verified at once.
        let registered = request.uri.queryParameters.get("registered").flatMap(RegistrationState.init(rawValue:)).flatMap {
            $0 == .rejected ? nil : $0
        }
        var content = problems.content
        if let registered {
            content["registered"] = PageText.text(registered == .approved ? "registered_approved" : "registered_pending", language)
        } else {
            content["fields"] = fields(values: values, problems: problems, language: language)
        }
        let title = PageText.text(registered == nil ? "register_title" : "registered_title", language)
        let html = try renderer.render("register", model: page.model(title: title, caller: context.caller), content: content)
        return page.html(html, status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    func fields(values: [String: String], problems: FormProblems, language: PageLanguage) -> [[String: Any]] {
        let words = SharingWords(language: language)
        return Self.fields.map { name in
            var field = FormField(name: name, label: Self.label(name, language), error: problems.message(name), value: values[name] ?? "")
            switch name {
            case "category":
                field.input = .choice(
                    [("", PageText.text("choose", language))] + UserCategory.allCases.map { ($0.rawValue, words.category($0)) })
            case "email": field.input = .text(type: "email", autocomplete: "email")
            case "name": field.input = .text(type: "text", autocomplete: "name")
            case "organisation": field.input = .text(type: "text", autocomplete: "organization")
            case "login":
                field.hint = PageText.text("register_login_hint", language)
                field.input = .text(type: "text", autocomplete: "username")
            case "password":
                field.hint = PageText.text("password_hint", language)
                field.input = .text(type: "password", autocomplete: "new-password")
            default: break
            }
            return field.content
        }
    }

    static func label(_ name: String, _ language: PageLanguage) -> String {
        PageText.text(["name": "person_name", "login": "register_login"][name] ?? name, language)
    }

    func submit(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let submitted = try await PageRequest.form(request, context: context)
        var values: [String: String] = [:]
        for name in Self.fields { values[name] = submitted[name] ?? "" }
        let body = RegistrationBody(
            category: values["category"] ?? "", organisation: values["organisation"] ?? "", name: values["name"] ?? "",
            email: values["email"] ?? "", login: values["login"] ?? "", password: values["password"] ?? "")
        do {
            let record = try await registrations.register(body)
            context.audit.record(dataset: nil, recordID: "registration \(record.id)", classification: nil)
            return try PageRequest(request).redirect(to: "/register?registered=\(record.state.rawValue)")
        } catch SharingError.invalid(let found) {
            let language = try PageRequest(request).language
            var problems = FormProblems()
            for problem in found {
                problems.add(problem.field, label: Self.label(problem.field, language), SharingWords(language: language).problem(problem))
            }
            // Neither the password nor a MyKad number goes back into the form.
            values["password"] = nil
            if (values["login"] ?? "").allSatisfy(\.isNumber) { values["login"] = nil }
            return try form(request: request, context: context, values: values, problems: problems)
        }
    }
}
