import Columnar
import Foundation
import HTTPTypes
import Hummingbird
import Store
import TVET

/// `GET /api/v1/<dataset>`, `GET /api/v1/<dataset>/{id}` and `POST /api/v1/<dataset>` for the nine datasets
/// (CONTRACT 3.5, seed Lampiran B): reads filtered to the caller's clearance, all-or-nothing batch writes.
struct DatasetController {
    let data: DataService
    let limits: ServerConfiguration

    func register(in book: RouteBook) {
        for dataset in TVETSchema.datasets {
            let name = dataset.name
            book.add(
                .get, "/api/v1/\(name)", tag: "Datasets", summary: "List \(dataset.label.en.lowercased())",
                description: "Pages of \(name) records with the columns your clearance releases.",
                access: dataset.classification == .terbuka ? "anyone" : "roles with row-level access; a graduate sees their own",
                parameters: [.limit, .cursor], response: .page(of: dataset)
            ) { request, context in try list(dataset, request: request, context: context) }
            book.add(
                .get, "/api/v1/\(name)/{id}", tag: "Datasets", summary: "Read one \(dataset.label.en.lowercased()) record",
                access: dataset.classification == .terbuka ? "anyone" : "roles with row-level access; a graduate their own",
                parameters: [.path("id", "The record's \(dataset.primaryKey.name).")], response: .record(of: dataset)
            ) { request, context in try read(dataset, request: request, context: context) }
            book.add(
                .post, "/api/v1/\(name)", tag: "Datasets", summary: "Submit a batch of \(dataset.label.en.lowercased())",
                description: "A JSON array of records, or text/csv with a header row. All-or-nothing: either every record is stored, or none is and every bad record is listed (index, field, reason). Records with an existing id replace it.",
                access: name == "vacancies" ? "DATA_CONTROLLER, AGENCY_SYSTEM; EMPLOYER for its own vacancies" : "DATA_CONTROLLER, AGENCY_SYSTEM",
                request: .batch(of: dataset), response: .accepted
            ) { request, context in try await submit(dataset, request: request, context: context) }
        }
    }

    /// Which rows of `dataset` the caller may read, and which columns of them.
    enum Scope {
        case all([ColumnSchema])
        /// A graduate's own rows, every column.
        case own([Int])
        case none
    }

    func scope(_ dataset: DatasetSchema, caller: Caller, snapshot: Catalog) -> Scope {
        if dataset.classification == .terbuka || caller.access.rowLevel {
            return .all(caller.access.visibleColumns(of: dataset))
        }
        guard let graduateID = caller.user?.graduateID, caller.holds(.graduate), let table = snapshot.table(dataset.name)
        else { return .none }
        let studentID = snapshot.table("graduates").flatMap { graduates in
            graduates.row(forKey: graduateID).flatMap { RecordJSON.text(graduates, row: $0, column: "student_id") }
        }
        switch dataset.name {
        case "graduates": return .own(table.row(forKey: graduateID).map { [$0] } ?? [])
        case "students": return .own(studentID.flatMap { table.row(forKey: $0) }.map { [$0] } ?? [])
        case "certificates":
            guard let studentID else { return .own([]) }
            return .own((0..<table.rowCount).filter { RecordJSON.text(table, row: $0, column: "student_id") == studentID })
        default: return .none
        }
    }

    func list(_ dataset: DatasetSchema, request: Request, context: DataRayaRequestContext) throws -> Response {
        let snapshot = data.engine.snapshot
        let limit = try limits.pageSize(request.uri.queryParameters.get("limit"))
        let start = try cursor(request.uri.queryParameters.get("cursor"))
        guard let table = snapshot.table(dataset.name) else { throw APIError.internalError }
        let page: (rows: [Int], columns: [ColumnSchema], next: Int?)
        switch scope(dataset, caller: context.caller, snapshot: snapshot) {
        case .none: throw refusal(dataset, caller: context.caller)
        case .own(let rows):
            let slice = Array(rows.dropFirst(start).prefix(limit))
            page = (slice, dataset.columns, start + limit < rows.count ? start + limit : nil)
        case .all(let columns):
            let end = min(table.rowCount, start + limit)
            page = (start < end ? Array(start..<end) : [], columns, end < table.rowCount ? end : nil)
        }
        context.audit.record(dataset: dataset.name, classification: Self.classification(of: page.columns))
        let items = page.rows.map { RecordJSON(table: table, row: $0, columns: page.columns) }
        return try Envelope(data: Page(items: items, nextCursor: page.next.map(String.init))).response(from: request, context: context)
    }

    func read(_ dataset: DatasetSchema, request: Request, context: DataRayaRequestContext) throws -> Response {
        let snapshot = data.engine.snapshot
        let id = context.parameters.get("id") ?? ""
        guard let table = snapshot.table(dataset.name) else { throw APIError.internalError }
        let row = table.row(forKey: id)
        let columns: [ColumnSchema]
        switch scope(dataset, caller: context.caller, snapshot: snapshot) {
        case .none: throw refusal(dataset, caller: context.caller)
        case .own(let rows):
            // Someone else's record is "not found", exactly as a record that does not exist.
            guard let row, rows.contains(row) else { throw APIError.notFound("No \(dataset.name) record has that id.") }
            columns = dataset.columns
        case .all(let visible):
            guard row != nil else { throw APIError.notFound("No \(dataset.name) record has that id.") }
            columns = visible
        }
        context.audit.record(dataset: dataset.name, recordID: id, classification: Self.classification(of: columns))
        return try Envelope(data: RecordJSON(table: table, row: row!, columns: columns)).response(from: request, context: context)
    }

    func submit(_ dataset: DatasetSchema, request: Request, context: DataRayaRequestContext) async throws -> Response {
        let caller = context.caller
        guard !caller.isAnonymous else { throw APIError.unauthorized("Submitting data needs a credential.") }
        guard caller.access.writableDatasets.contains(dataset.name) else {
            throw APIError.forbidden("Your role may not submit \(dataset.name) records.")
        }
        context.audit.record(dataset: dataset.name, classification: dataset.classification.rawValue)
        var check: DataService.RecordCheck?
        if dataset.name == "vacancies", caller.holds(.employer), !caller.holds(.dataController), !caller.holds(.agencySystem) {
            let own = caller.user?.employerID
            check = { table, row in
                RecordJSON.text(table, row: row, column: "employer_id") == own
                    ? nil : ("employer_id", "an employer may submit vacancies only for its own employer record")
            }
        }
        let stored = try await BatchBody.ingest(request: request, context: context, dataset: dataset, data: data, check: check)
        return try Envelope(data: Accepted(dataset: dataset.name, records: stored), message: "Data accepted")
            .response(from: request, context: context)
    }

    private func refusal(_ dataset: DatasetSchema, caller: Caller) -> APIError {
        caller.isAnonymous
            ? .unauthorized("\(dataset.name) is \(dataset.classification.rawValue) data: send a credential.")
            : .forbidden("Your role does not give access to row-level \(dataset.name) records.")
    }

    private func cursor(_ text: String?) throws -> Int {
        guard let text else { return 0 }
        guard let value = Int(text), value >= 0 else { throw APIError.badRequest("cursor must be a next_cursor value from a previous page.") }
        return value
    }

    static func classification(of columns: [ColumnSchema]) -> String {
        (columns.map(\.classification).max() ?? .terbuka).rawValue
    }

    struct Page: Encodable, Sendable {
        let items: [RecordJSON]
        let nextCursor: String?

        enum CodingKeys: String, CodingKey { case items, nextCursor = "next_cursor" }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(items, forKey: .items)
            try container.encode(nextCursor, forKey: .nextCursor)
        }
    }

    struct Accepted: Encodable, Sendable {
        let dataset: String
        let records: Int
    }
}
