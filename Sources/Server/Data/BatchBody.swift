import Foundation
import HTTPTypes
import Hummingbird
import Store
import TVET

/// Reads a batch request body, JSON (an array of records) or CSV (`text/csv`), within the body limit, and passes it
/// to the one write path as the caller, with the request's audit entry to commit alongside the records.
enum BatchBody {
    static func ingest(request: Request, context: DataRayaRequestContext, dataset: DatasetSchema, data: DataService) async throws -> Int {
        let caller = context.caller
        context.audit.record(dataset: dataset.name, classification: dataset.classification.rawValue)
        // Refused before reading a byte of the body: whoever may not write gets the same answer however much they send.
        try caller.require(.submitBatch(dataset))
        var request = request
        let buffer = try await request.collectBody(upTo: context.bodyLimit)
        let bytes = Array(buffer.readableBytesView)
        let contentType = request.headers[.contentType]?.lowercased() ?? "application/json"
        let csv: [UInt8]
        var known: [RowProblem] = []
        var recordIndex: ((Int) -> Int?)?
        if contentType.hasPrefix("text/csv") {
            csv = bytes
        } else {
            guard contentType.hasPrefix("application/json") else {
                throw APIError(.unsupportedMediaType, reason: "UnsupportedMediaType", message: "Send application/json or text/csv.")
            }
            let records: [JSONValue]
            do {
                records = try JSONDecoder().decode([JSONValue].self, from: Data(bytes))
            } catch {
                throw APIError.badRequest("The body must be a JSON array of \(dataset.name) records.")
            }
            guard !records.isEmpty else { throw APIError.badRequest("The batch has no records.") }
            let batch = JSONBatch(records: records, dataset: dataset)
            csv = batch.csv
            known = batch.problems
            recordIndex = batch.index(ofLine:)
        }
        return try await write(
            csv: csv, known: known, recordIndex: recordIndex, dataset: dataset, intent: .store, request: request, context: context,
            data: data)
    }

    /// Passes CSV text to the one write path as the caller, with the request's audit entry to commit alongside.
    static func write(
        csv: [UInt8], known: [RowProblem], recordIndex: ((Int) -> Int?)?, dataset: DatasetSchema, intent: WriteIntent,
        request: Request, context: DataRayaRequestContext, data: DataService
    ) async throws -> Int {
        let entry = AuditMiddleware.entry(request: request, context: context, status: 200)
        let principal = context.caller.principal
        do {
            let stored = try await Blocking.run {
                try data.ingest(csv: csv, dataset: dataset, as: principal, intent: intent, audit: entry, knownProblems: known)
            }
            context.audit.committedWithWrite()
            return stored
        } catch let error as IngestError {
            throw APIError(error, recordIndex: recordIndex)
        }
    }
}
