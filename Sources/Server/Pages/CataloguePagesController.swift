import Foundation
import Hummingbird
import Sharing
import Store
import TVET
import Web

/// `/catalogue` and `/catalogue/{dataset}`: the catalogue of CONTRACT 3.10 as pages, from the same items as
/// `GET /api/v1/catalogue`: what each dataset holds, who supplies it, how sensitive it is and how to obtain it, with
/// its column dictionary from the schema.
struct CataloguePagesController {
    let data: DataService
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/catalogue") { request, context in try await list(request: request, context: context) }
        pages.add(.get, "/catalogue/:dataset") { request, context in try await entry(request: request, context: context) }
    }

    func items() async throws -> [CatalogueItem] {
        let store = data.store
        let updates = try await Blocking.run { try store.datasetUpdates() }
        return Catalogue.items(snapshot: data.engine.snapshot, updates: updates, year: CivilDate.today().year)
    }

    func list(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let page = try PageRequest(request)
        let items = try await items().map { view($0, page.language) }
        let html = try renderer.render(
            "catalogue", model: page.model(title: PageText.text("catalogue_title", page.language), caller: context.caller),
            content: ["items": items])
        return page.html(html)
    }

    func entry(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let page = try PageRequest(request)
        let dataset = try CatalogueController.dataset(context)
        guard let item = try await items().first(where: { $0.dataset == dataset.name }) else {
            throw APIError.notFound("No dataset of that name is in the catalogue.")
        }
        let view = view(item, page.language)
        let html = try renderer.render(
            "catalogue_entry", model: page.model(title: view["title"] as? String ?? dataset.name, caller: context.caller),
            content: ["item": view])
        return page.html(html)
    }

    /// An item in words, in the page's language.
    func view(_ item: CatalogueItem, _ language: PageLanguage) -> [String: Any] {
        let yes = PageText.text("yes", language), no = PageText.text("no", language)
        let coverage = [item.coverage.from, item.coverage.to].compactMap { $0.map(String.init) }
        return [
            "dataset": item.dataset, "title": words(item.title, language), "description": words(item.description, language),
            "classification": words(item.classification.label, language), "personal": item.personalData ? yes : no,
            "owners": item.owners.joined(separator: ", "), "records": HomePageController.count(Double(item.records), language),
            "coverage": coverage.isEmpty ? "—" : Set(coverage).count == 1 ? coverage[0] : coverage.joined(separator: "–"),
            "frequency": PageText.text("frequency_" + item.frequency.rawValue, language), "updated": item.updatedAt.map { String($0.prefix(10)) } ?? "—",
            "retention": "\(item.retentionYears) " + PageText.text("years", language), "open": item.access == .open,
            "citation": language == .ms ? item.citation.ms : item.citation.en,
            "columns": item.columns.map { column in
                [
                    "name": column.name, "title": words(column.title, language), "type": column.type,
                    "classification": words(column.classification.label, language), "personal": column.personal ? yes : no,
                ]
            },
        ]
    }
}
