import Foundation
import HTTPTypes
import Hummingbird
import Store
import TVET

/// `PATCH /api/v1/<dataset>/{id}`: a JSON object of some fields of one stored record. The stored record with those
/// fields changed goes through the one write path as an amendment (`WriteIntent.amend`), so the access policy decides
/// on the stored record's owner and the fields changed, and the schema's rules hold for the whole record.
enum Amendment {
    static func apply(
        request: Request, context: DataRayaRequestContext, dataset: DatasetSchema, id: String, data: DataService, own: OwnRecords
    ) async throws -> Int {
        var request = request
        let body = try await request.collectBody(upTo: context.bodyLimit)
        guard case .object(let changes)? = try? JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView)) else {
            throw APIError.badRequest("The body must be a JSON object of the \(dataset.name) fields to change.")
        }
        return try await apply(changes, request: request, context: context, dataset: dataset, id: id, data: data, own: own)
    }

    /// Applies `changes` (field → new value) to the stored record `id`, as the caller.
    static func apply(
        _ changes: [String: JSONValue], request: Request, context: DataRayaRequestContext, dataset: DatasetSchema, id: String,
        data: DataService, own: OwnRecords
    ) async throws -> Int {
        guard !changes.isEmpty else { throw APIError.badRequest("Name at least one field to change.") }
        if let unknown = changes.keys.sorted().first(where: { dataset.column(named: $0) == nil }) {
            throw APIError.badRequest("unknown field: \(dataset.name) has no column '\(unknown)'")
        }
        if changes[dataset.primaryKey.name] != nil {
            throw APIError.badRequest("\(dataset.primaryKey.name) names the record in the path and cannot be changed.")
        }
        let columns = Set(changes.keys)
        let snapshot = data.engine.snapshot
        let table = snapshot.table(dataset.name)
        let row = table?.row(forKey: id)
        // Someone else's record answers exactly as a missing one; the write path asks again on what is stored.
        try context.caller.require(.amendRecord(dataset, owner: row.flatMap { own.owner(of: dataset, row: $0, in: table!) }, columns: columns))
        guard let table, let row else { throw APIError.notFound("No \(dataset.name) record has that id.") }
        let stored = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(RecordJSON(table: table, row: row, columns: dataset.columns)))
        guard case .object(var fields) = stored else { throw APIError.internalError }
        for (name, value) in changes { fields[name] = value }
        let batch = JSONBatch(records: [.object(fields)], dataset: dataset)
        return try await BatchBody.write(
            csv: batch.csv, known: batch.problems, recordIndex: batch.index(ofLine:), dataset: dataset, intent: .amend(columns: columns),
            request: request, context: context, data: data)
    }
}
