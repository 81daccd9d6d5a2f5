import Columnar
import Foundation
import Hummingbird
import Store
import TVET
import Web

/// `/graduate`: a graduate's own record, programme, status, skills (by name, in the page's language) and
/// certificates. The page reads exactly what `GET /api/v1/graduates/{id}` and `GET /api/v1/certificates` release to
/// the same person, through the same access policy.
struct GraduatePageController {
    let data: DataService
    let own: OwnRecords
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/graduate", parameters: ["saved"]) { request, context in try await record(request: request, context: context) }
        pages.add(.post, "/graduate") { request, context in try await update(request: request, context: context) }
    }

    /// What the form showed when it was sent back with problems: the values typed and every problem by field.
    struct FormState {
        var addSkill = ""
        var email: String?
        var phone: String?
        var errors: [(field: String, message: String)] = []
    }

    func record(request: Request, context: DataRayaRequestContext, form: FormState? = nil) async throws -> Response {
        let page = try PageRequest(request)
        let caller = context.caller
        guard !caller.isAnonymous else { throw APIError.unauthorized("Sign in to see your record.") }
        var content: [String: Any] = [:]
        if let id = caller.principal.graduateID {
            context.audit.record(dataset: DatasetSchema.graduates.name, recordID: id, classification: DatasetSchema.graduates.classification.rawValue)
            try caller.require(.readRecord(.graduates, owner: .graduate(id)))
            let snapshot = data.engine.snapshot
            if let graduates = snapshot.table(DatasetSchema.graduates.name), let row = graduates.row(forKey: id) {
                var view = view(graduates, row: row, id: id, snapshot: snapshot, principal: caller.principal, language: page.language)
                let contact = try await Blocking.run { [data] in try data.store.contact(graduate: id) }
                view["email"] = form?.email ?? contact?.email ?? ""
                view["phone"] = form?.phone ?? contact?.phone ?? ""
                view["add_skill"] = form?.addSkill ?? ""
                view["all_skills"] = data.taxonomy.skills.map { words($0.name, page.language) }.sorted()
                let reads = try await AccessLogController.reads(of: caller, data: data, own: own).map(PersonalReadWords(language: page.language).row)
                view["reads"] = reads
                view["has_reads"] = !reads.isEmpty
                view["saved"] = form == nil && request.uri.queryParameters.get("saved") != nil
                view["has_errors"] = !(form?.errors.isEmpty ?? true)
                view["errors"] = (form?.errors ?? []).map { ["field": $0.field, "message": $0.message] }
                for error in form?.errors ?? [] { view[error.field + "_error"] = error.message }
                content["graduate"] = view
            }
        }
        let html = try renderer.render(
            "graduate", model: page.model(title: PageText.text("graduate_title", page.language), caller: caller), content: content)
        return page.html(html, status: (form?.errors.isEmpty ?? true) ? .ok : .unprocessableContent)
    }

    /// The profile form: skills kept and added, `open_to_matching` (through the same amendment as
    /// `PATCH /api/v1/graduates/{id}`, so the access policy and the schema's rules decide), and the contact for
    /// employers. Problems come back on the form, by field, in the page's language; nothing is changed then.
    func update(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let submitted = try await PageRequest.form(request, context: context)
        let page = try PageRequest(request)
        guard !context.caller.isAnonymous else { throw APIError.unauthorized("Sign in to change your record.") }
        guard let id = context.caller.principal.graduateID else { throw APIError.forbidden("Only a graduate changes their record.") }
        var state = FormState(
            addSkill: (submitted["add_skill"] ?? "").trimmingCharacters(in: .whitespaces),
            email: Self.nonEmpty(submitted["email"]), phone: Self.nonEmpty(submitted["phone"]))
        var skills = submitted.all("keep")
        if !state.addSkill.isEmpty {
            if let skill = MatchWords(taxonomy: data.taxonomy, language: page.language).skill(named: state.addSkill) {
                if !skills.contains(skill.id) { skills.append(skill.id) }
            } else {
                state.errors.append(("add_skill", PageText.text("add_skill_unknown", page.language)))
            }
        }
        let contact = GraduateContact(email: state.email, phone: state.phone)
        if let (field, _) = contact.problem() { state.errors.append((field, PageText.text("contact_\(field)_invalid", page.language))) }
        guard state.errors.isEmpty else { return try await record(request: request, context: context, form: state) }
        let changes: [String: JSONValue] = [
            "skills": .array(skills.map(JSONValue.string)), "open_to_matching": .bool(submitted["open_to_matching"] == "true"),
        ]
        _ = try await Amendment.apply(changes, request: request, context: context, dataset: .graduates, id: id, data: data, own: own)
        try await Blocking.run { [data] in try data.store.setContact(contact, graduate: id) }
        return page.redirect(to: "/graduate?saved=1")
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }

    /// The record in words: names for codes, labels for value sets.
    func view(
        _ graduates: Table, row: Int, id: String, snapshot: Catalog, principal: Principal, language: PageLanguage
    ) -> [String: Any] {
        func words(_ text: BilingualText?) -> String? { text.map { Server.words($0, language) } }
        let programmeID = graduates.text("programme_id", row: row) ?? ""
        let programmes = snapshot.table(DatasetSchema.programmes.name)
        let programme = programmes.flatMap { table in table.row(forKey: programmeID).flatMap { table.text("name", row: $0) } } ?? programmeID
        let status = graduates.text("status", row: row) ?? ""
        let skills = graduates.column("skills").map { column in column.isNull(row) ? [] : column.listItems(at: row) } ?? []
        let certificatesTable = snapshot.table(DatasetSchema.certificates.name)
        let certificates: [[String: Any]] = own.rows(of: .certificates, in: snapshot, for: principal).compactMap { row in
            guard let table = certificatesTable else { return nil }
            let type = table.text("type", row: row) ?? ""
            return [
                "id": table.text("certificate_id", row: row) ?? "", "type": words(ValueSet.certificateType.label(of: type)) ?? type,
                "level": table.text("level", row: row) ?? "", "issued": table.text("issued_on", row: row) ?? "",
            ]
        }
        return [
            "id": id, "programme": programme, "year": graduates.text("graduation_year", row: row) ?? "",
            "status": words(ValueSet.graduateStatus.label(of: status)) ?? status,
            "open": PageText.text(graduates.text("open_to_matching", row: row) == "true" ? "yes" : "no", language),
            // The form's box starts as stored: saving the form for another reason must not change the choice.
            "open_checked": graduates.text("open_to_matching", row: row) == "true",
            "skills": skills.map { skill in ["id": skill, "name": MatchWords(taxonomy: data.taxonomy, language: language).skillName(skill)] },
            "certificates": certificates, "has_certificates": !certificates.isEmpty,
        ]
    }
}
