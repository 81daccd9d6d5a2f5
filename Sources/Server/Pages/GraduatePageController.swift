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
        pages.add(.get, "/graduate") { request, context in try await record(request: request, context: context) }
    }

    func record(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let page = try PageRequest(request)
        let caller = context.caller
        guard !caller.isAnonymous else { throw APIError.unauthorized("Sign in to see your record.") }
        var content: [String: Any] = [:]
        if let id = caller.principal.graduateID {
            context.audit.record(dataset: DatasetSchema.graduates.name, recordID: id, classification: DatasetSchema.graduates.classification.rawValue)
            try caller.require(.readRecord(.graduates, owner: .graduate(id)))
            let snapshot = data.engine.snapshot
            if let graduates = snapshot.table(DatasetSchema.graduates.name), let row = graduates.row(forKey: id) {
                content["graduate"] = view(graduates, row: row, id: id, snapshot: snapshot, principal: caller.principal, language: page.language)
            }
        }
        let html = try renderer.render(
            "graduate", model: page.model(title: PageText.text("graduate_title", page.language), caller: caller), content: content)
        return page.html(html)
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
            "skills": skills.map { skill in ["id": skill, "name": words(data.taxonomy.skill(id: skill)?.name) ?? skill] },
            "certificates": certificates, "has_certificates": !certificates.isEmpty,
        ]
    }
}
