import Foundation
import HTTPTypes
import Hummingbird
import TVET

/// Reads a batch request body, JSON (an array of records) or CSV (`text/csv`), within the body limit, and passes it
/// to the data service.
enum BatchBody {
    static func ingest(
        request: Request, context: DataRayaRequestContext, dataset: DatasetSchema, data: DataService,
        check: DataService.RecordCheck?
    ) async throws -> Int {
        var request = request
        let buffer = try await request.collectBody(upTo: context.bodyLimit)
        let bytes = Array(buffer.readableBytesView)
        let contentType = request.headers[.contentType]?.lowercased() ?? "application/json"
        if contentType.hasPrefix("text/csv") {
            return try data.ingest(csv: bytes, dataset: dataset, recordIndex: nil, extraProblems: [], check: check)
        }
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
        return try data.ingest(
            csv: batch.csv, dataset: dataset, recordIndex: batch.index(ofLine:), extraProblems: batch.problems, check: check)
    }
}
