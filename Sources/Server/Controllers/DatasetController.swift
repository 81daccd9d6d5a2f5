import Columnar
import Foundation
import HTTPTypes
import Hummingbird
import Store
import TVET

/// `GET /api/v1/<dataset>`, `GET /api/v1/<dataset>/{id}`, `POST /api/v1/<dataset>` and `PATCH /api/v1/<dataset>/{id}`
/// for the nine datasets (CONTRACT 3.5, seed Lampiran B): reads within what the access policy releases, all-or-nothing
/// batch writes and amendments through the one write path. No right is decided here: every one is the policy's.
struct DatasetController {
    let data: DataService
    let own: OwnRecords
    let limits: ServerConfiguration
    let personalReads: PersonalReadBudget
    let recorder: AuditRecorder

    func register(in book: RouteBook) {
        for dataset in TVETSchema.datasets {
            let name = dataset.name
            let label = dataset.label.en.lowercased()
            book.add(
                .get, "/api/v1/\(name)", tag: "Datasets", summary: "List \(label)",
                description: "Pages of \(name) records with the columns your clearance releases; a graduate or applicant sees their own.",
                access: dataset.classification == .terbuka ? "anyone" : "roles with row-level access; owners see their own",
                parameters: [.limit, .cursor], response: .page(of: dataset)
            ) { request, context in try await list(dataset, request: request, context: context) }
            book.add(
                .get, "/api/v1/\(name)/{id}", tag: "Datasets", summary: "Read one \(label) record",
                access: dataset.classification == .terbuka ? "anyone" : "roles with row-level access; the record's owner",
                parameters: [.path("id", "The record's \(dataset.primaryKey.name).")], response: .record(of: dataset)
            ) { request, context in try await read(dataset, request: request, context: context) }
            book.add(
                .post, "/api/v1/\(name)", tag: "Datasets", summary: "Submit a batch of \(label)",
                description: "A JSON array of records, or text/csv with a header row. All-or-nothing: either every record is stored, "
                    + "or none is and every bad record is listed (index, field, reason). Records with an existing id replace it, "
                    + "which needs owning the stored record as well as the new one (docs/API.md, Ownership).",
                access: Self.writers(dataset), request: .batch(of: dataset), response: .accepted
            ) { request, context in try await submit(dataset, request: request, context: context) }
            book.add(
                .patch, "/api/v1/\(name)/{id}", tag: "Datasets", summary: "Change some fields of one \(label) record",
                description: "A JSON object of the fields to change; the others keep their stored values. The same rules as a batch apply.",
                access: dataset == .graduates
                    ? "DATA_CONTROLLER, AGENCY_SYSTEM; the graduate, for their own skills and open_to_matching"
                    : "DATA_CONTROLLER, AGENCY_SYSTEM",
                parameters: [.path("id", "The record's \(dataset.primaryKey.name).")], request: .amendment(of: dataset), response: .accepted
            ) { request, context in try await amend(dataset, request: request, context: context) }
        }
    }

    static func writers(_ dataset: DatasetSchema) -> String {
        switch dataset {
        case .vacancies: "DATA_CONTROLLER, AGENCY_SYSTEM; an EMPLOYER for its own vacancies"
        case .applications: "DATA_CONTROLLER, AGENCY_SYSTEM; a UP_TVET applicant for their own, as SUBMITTED"
        default: "DATA_CONTROLLER, AGENCY_SYSTEM"
        }
    }

    func list(_ dataset: DatasetSchema, request: Request, context: DataRayaRequestContext) async throws -> Response {
        let snapshot = data.engine.snapshot
        let limit = try limits.pageSize(request.uri.queryParameters.get("limit"))
        let start = try cursor(request.uri.queryParameters.get("cursor"))
        guard let table = snapshot.table(dataset.name) else { throw APIError.internalError }
        context.audit.record(dataset: dataset.name, classification: dataset.classification.rawValue)
        let page: (rows: [Int], columns: [ColumnSchema], next: Int?)
        switch AccessPolicy.readScope(context.caller.principal, dataset) {
        case .refused(let refusal): throw APIError(refusal)
        case .own(let columns):
            page = Self.page(own.rows(of: dataset, in: snapshot, for: context.caller.principal), columns, start: start, limit: limit)
        case .granted(let columns, let grant):
            // A grant's row filters apply to every list it reads.
            page = Self.page(try snapshot.rows(of: dataset.name, matching: grant.datasets[dataset.name]?.filters ?? []), columns, start: start, limit: limit)
        case .all(let columns):
            let end = min(table.rowCount, start + limit)
            page = (start < end ? Array(start..<end) : [], columns, end < table.rowCount ? end : nil)
        }
        context.audit.record(dataset: dataset.name, classification: Self.classification(of: page.columns))
        try await admitPersonal(page.rows, of: dataset, in: table, columns: page.columns, context: context)
        let items = page.rows.map { RecordJSON(table: table, row: $0, columns: page.columns) }
        return try Envelope(data: Page(items: items, nextCursor: page.next.map(String.init))).response(from: request, context: context)
    }

    func read(_ dataset: DatasetSchema, request: Request, context: DataRayaRequestContext) async throws -> Response {
        let snapshot = data.engine.snapshot
        let id = context.parameters.get("id") ?? ""
        guard let table = snapshot.table(dataset.name) else { throw APIError.internalError }
        // Noted before the decision, so that a refused read is audited with what was asked for.
        context.audit.record(dataset: dataset.name, recordID: id, classification: dataset.classification.rawValue)
        let row = table.row(forKey: id)
        try context.caller.require(.readRecord(dataset, owner: row.flatMap { own.owner(of: dataset, row: $0, in: table) }))
        guard let row else { throw APIError.notFound("No \(dataset.name) record has that id.") }
        let columns: [ColumnSchema]
        switch AccessPolicy.readScope(context.caller.principal, dataset) {
        case .own(let released), .all(let released): columns = released
        case .granted(let released, let grant):
            guard try snapshot.rows(of: dataset.name, matching: grant.datasets[dataset.name]?.filters ?? []).contains(row) else {
                throw APIError.forbidden("This key reads only the rows \(grant.name) covers, and this record is not one of them.")
            }
            columns = released
        case .refused(let refusal): throw APIError(refusal)
        }
        context.audit.record(dataset: dataset.name, recordID: id, classification: Self.classification(of: columns))
        try await admitPersonal([row], of: dataset, in: table, columns: columns, context: context)
        return try Envelope(data: RecordJSON(table: table, row: row, columns: columns)).response(from: request, context: context)
    }

    func submit(_ dataset: DatasetSchema, request: Request, context: DataRayaRequestContext) async throws -> Response {
        let stored = try await BatchBody.ingest(request: request, context: context, dataset: dataset, data: data)
        return try Envelope(data: Accepted(dataset: dataset.name, records: stored), message: "Data accepted")
            .response(from: request, context: context)
    }

    func amend(_ dataset: DatasetSchema, request: Request, context: DataRayaRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        context.audit.record(dataset: dataset.name, recordID: id, classification: dataset.classification.rawValue)
        let stored = try await Amendment.apply(request: request, context: context, dataset: dataset, id: id, data: data, own: own)
        return try Envelope(data: Accepted(dataset: dataset.name, records: stored), message: "Data accepted")
            .response(from: request, context: context)
    }

    /// When a released column is personal: counts the rows about to be released against the caller's personal-data
    /// budget (which may wait, or refuse), and notes them with the request's audit entry, for their people to see.
    func admitPersonal(
        _ rows: [Int], of dataset: DatasetSchema, in table: Columnar.Table, columns: [ColumnSchema], context: DataRayaRequestContext
    ) async throws {
        guard columns.contains(where: \.personal) else { return }
        try await personalReads.admit(rows.count, of: dataset.name, caller: context.caller, recorder: recorder)
        context.audit.released(dataset: dataset.name, recordIDs: rows.compactMap { table.text(dataset.primaryKey.name, row: $0) })
    }

    /// The page of `rows` that starts at `start`.
    static func page(_ rows: [Int], _ columns: [ColumnSchema], start: Int, limit: Int) -> (rows: [Int], columns: [ColumnSchema], next: Int?) {
        (Array(rows.dropFirst(start).prefix(limit)), columns, start + limit < rows.count ? start + limit : nil)
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
