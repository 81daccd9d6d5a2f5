import Foundation
import HTTPTypes
import Hummingbird
import Sharing
import Store
import TVET

/// The catalogue (CONTRACT 3.10): every dataset with its classification, coverage and columns, as JSON and as
/// DCAT-AP JSON-LD, and the whole-dataset download of open data. No credential is needed; whether a dataset
/// downloads is the access policy's answer (`downloadDataset`).
struct CatalogueController {
    let data: DataService
    let limits: ServerConfiguration

    func register(in book: RouteBook) {
        book.add(
            .get, "/api/v1/catalogue", tag: "Catalogue", summary: "List every dataset",
            description: "Title, description, cluster, owners, classification, coverage, records, access and columns of each dataset.",
            access: "anyone", parameters: [.limit, .cursor], response: .catalogue
        ) { request, context in try await list(request: request, context: context) }
        book.add(
            .get, "/api/v1/catalogue/{dataset}", tag: "Catalogue", summary: "One dataset's entry", access: "anyone",
            parameters: [.path("dataset", "The dataset's name.")], response: .catalogueEntry
        ) { request, context in try await entry(request: request, context: context) }
        book.add(
            .get, "/api/v1/catalogue/{dataset}/download.csv", tag: "Catalogue", summary: "Download an open dataset whole",
            description: "Only TERBUKA datasets; any other is refused and shared through a data-sharing request instead.",
            access: "anyone, for open (TERBUKA) datasets", parameters: [.path("dataset", "The dataset's name.")],
            response: .datasetCSV
        ) { request, context in try download(request: request, context: context) }
        book.add(
            .get, "/catalogue.jsonld", tag: "Catalogue", summary: "The catalogue as DCAT-AP JSON-LD", access: "anyone",
            response: .dcat
        ) { request, context in try await dcat(request: request, context: context) }
    }

    func items() async throws -> [CatalogueItem] {
        let store = data.store
        let updates = try await Blocking.run { try store.datasetUpdates() }
        return Catalogue.items(snapshot: data.engine.snapshot, updates: updates, year: CivilDate.today().year)
    }

    func list(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let limit = try limits.pageSize(request.uri.queryParameters.get("limit"))
        let start = try limits.pageStart(request.uri.queryParameters.get("cursor"))
        return try Envelope(data: Paged(slicing: try await items(), from: start, limit: limit)).response(from: request, context: context)
    }

    func entry(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let dataset = try Self.dataset(context)
        let store = data.store
        let updates = try await Blocking.run { try store.datasetUpdates() }
        let item = Catalogue.item(dataset, snapshot: data.engine.snapshot, updatedAt: updates[dataset.name], year: CivilDate.today().year)
        return try Envelope(data: item).response(from: request, context: context)
    }

    func download(request: Request, context: DataRayaRequestContext) throws -> Response {
        let dataset = try Self.dataset(context)
        context.audit.record(dataset: dataset.name, classification: dataset.classification.rawValue)
        try context.caller.require(.downloadDataset(dataset))
        guard let table = data.engine.snapshot.table(dataset.name) else { throw APIError.internalError }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(dataset.fileName)\""
        let bytes = DatasetCSV.bytes(table, columns: dataset.columnNames)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func dcat(request: Request, context: DataRayaRequestContext) async throws -> Response {
        // IRIs name the address the caller reached; without a Host header they are relative to the service.
        let host = request.head.authority.map { "http://" + $0 } ?? ""
        let body = try JSONEncoder().encode(DCATDocument(items: try await items(), base: host))
        var headers = HTTPFields()
        headers[.contentType] = "application/ld+json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func dataset(_ context: DataRayaRequestContext) throws -> DatasetSchema {
        let name = context.parameters.get("dataset") ?? ""
        guard let dataset = TVETSchema.dataset(named: name) else { throw APIError.notFound("No dataset of that name is in the catalogue.") }
        return dataset
    }
}
