import Columnar
import Hummingbird
import TVET
import Web

/// The institution-profile report asked for without `institution_id`: a page to choose the institution (of a state,
/// when one is chosen) instead of a refusal.
struct InstitutionPicker {
    let pages: PageRenderer

    func page(request: Request, context: DataRayaRequestContext, snapshot: Catalog, state: String?) throws -> Response {
        let page = try PageRequest(request)
        let institutions = snapshot.table(DatasetSchema.institutions.name)
        var choices: [(code: String, label: String)] = []
        if let table = institutions {
            for row in 0..<table.rowCount where state == nil || table.text("state", row: row) == state {
                if let id = table.text("institution_id", row: row) { choices.append((id, (table.text("name", row: row) ?? id) + " (\(table.text("state", row: row) ?? ""))")) }
            }
        }
        choices.sort { ($0.label, $0.code) < ($1.label, $1.code) }
        let content: [String: Any] = [
            "states": MalaysianState.allCases.map { ["code": $0.name, "selected": $0.name == state] },
            "institutions": choices.map { ["code": $0.code, "label": $0.label] },
        ]
        let html = try pages.render(
            "institution_picker", model: page.model(title: PageText.text("institution_profile", page.language), caller: context.caller),
            content: content)
        return page.html(html)
    }
}
