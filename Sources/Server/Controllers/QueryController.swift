import Columnar
import Foundation
import HTTPTypes
import Hummingbird
import Store
import TVET

/// `POST /api/v1/query` (CONTRACT 3.4): one filter / group-by / aggregate query on the engine, for roles cleared
/// for row-level data. Every column the query touches must be within the caller's clearance.
struct QueryController {
    let data: DataService
    let limits: ServerConfiguration
    let personalReads: PersonalReadBudget
    let recorder: AuditRecorder

    func register(in book: RouteBook) {
        book.add(
            .post, "/api/v1/query", tag: "Query", summary: "Run a query",
            description: "Filters, group-by over linked columns, and the measures of CONTRACT 3.4. Rates are fractions in [0, 1].",
            access: "roles with row-level access (DATA_CONTROLLER, AGENCY_SYSTEM, committees, ANALYST)",
            request: .query, response: .queryResult
        ) { request, context in try await run(request: request, context: context) }
    }

    func run(request: Request, context: DataRayaRequestContext) async throws -> Response {
        // Refused before the body is read: whoever may not query gets the same answer whatever they send.
        try context.caller.require(.runQuery(nil, columns: []))
        var request = request
        let body = try await request.collectBody(upTo: context.bodyLimit)
        var query: Query
        do {
            query = try JSONDecoder().decode(Query.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError.badRequest("The body is not a query: \(Self.describe(error)).")
        }
        guard let dataset = TVETSchema.dataset(named: query.dataset) else {
            throw APIError.badRequest("unknown dataset '\(query.dataset)'")
        }
        // Unknown paths are left to the engine, which names them.
        let columns = query.columnPaths.compactMap { path in
            TVETSchema.resolve(path: path, from: dataset).map { ColumnReference(path: path, column: $0.0) }
        }
        let classification = max(dataset.classification, columns.map(\.column.classification).max() ?? .terbuka)
        context.audit.record(dataset: dataset.name, classification: classification.rawValue)
        try context.caller.require(.runQuery(dataset, columns: columns))
        // A grant key's query reads only the grant's rows: its filters join the query's.
        if let scope = context.caller.principal.grant?.datasets[dataset.name] { query.filters += scope.filters }
        if let limit = query.limit, limit > limits.maxQueryRows {
            throw APIError.badRequest("limit must be at most \(limits.maxQueryRows).")
        }
        let result = try data.engine.snapshot.execute(query, limits: limits.queryLimits)
        // Grouping by a personal column answers one row per person.
        let perPerson = query.groupBy.contains { TVETSchema.resolve(path: $0, from: dataset)?.0.personal == true }
        if perPerson { try await personalReads.admit(result.rows.count, of: dataset.name, caller: context.caller, recorder: recorder) }
        let response = try Envelope(data: result).response(from: request, context: context)
        if let bytes = response.body.contentLength, bytes > limits.maxQueryResultBytes {
            throw APIError(
                .contentTooLarge, reason: "ResultTooLarge",
                message: "The answer is larger than its limit of \(limits.maxQueryResultBytes) bytes; filter it, group more coarsely or set a limit.")
        }
        return response
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "'\(key.stringValue)' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON" : "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' is not valid"
        default: "not valid JSON"
        }
    }
}
