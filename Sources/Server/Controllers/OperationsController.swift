import Foundation
import HTTPTypes
import Hummingbird
import Matching
import Metrics
import Prometheus
import Store
import TVET

/// `GET /health` (liveness and what is loaded), `GET /metrics` (Prometheus text) and `GET /api/v1/audit/verify`.
struct OperationsController {
    let data: DataService
    let matching: MatchService
    let recorder: AuditRecorder
    /// When the server started, formatted once (a date formatter per request would dominate the route's cost).
    let startedAt: String

    init(data: DataService, matching: MatchService, recorder: AuditRecorder, startedAt: Date) {
        self.data = data
        self.matching = matching
        self.recorder = recorder
        self.startedAt = ISO8601DateFormatter().string(from: startedAt)
    }

    func register(in book: RouteBook) {
        book.add(
            .get, "/health", tag: "Operations", summary: "Liveness and what is loaded", access: "anyone", response: .health
        ) { request, context in try health(request: request, context: context) }
        book.add(
            .get, "/metrics", tag: "Operations", summary: "Metrics in the Prometheus text format", access: "anyone",
            response: .prometheus
        ) { _, _ in metrics() }
        book.add(
            .get, "/api/v1/audit/verify", tag: "Audit", summary: "Verify the audit trail",
            description: "Recomputes the hash chain from the first entry and checks every signed checkpoint; names the first altered, removed or reordered entry.",
            access: "ADMIN, DATA_CONTROLLER, KKTD, JTDTVET, JPDTVET", response: .auditVerification
        ) { request, context in try await verify(request: request, context: context) }
    }

    struct Health: Encodable, Sendable {
        let status: String
        let startedAt: String
        let engineVersion: UInt64
        let datasets: [String: Int]
        let matchingModel: MatchingModel

        enum CodingKeys: String, CodingKey {
            case status, startedAt = "started_at", engineVersion = "engine_version", datasets, matchingModel = "matching_model"
        }
    }

    /// Which matching model ranks: its version, dimension, vocabulary and when it was trained.
    struct MatchingModel: Encodable, Sendable {
        let version: Int
        let dimension: Int
        let vocabularyHash: String
        let trainedOn: String

        enum CodingKeys: String, CodingKey {
            case version, dimension, vocabularyHash = "vocabulary_hash", trainedOn = "trained_on"
        }
    }

    func health(request: Request, context: DataRayaRequestContext) throws -> Response {
        let snapshot = data.engine.snapshot
        var rows: [String: Int] = [:]
        for dataset in TVETSchema.datasets { rows[dataset.name] = snapshot.table(dataset.name)?.rowCount ?? 0 }
        let manifest = matching.model.manifest
        let health = Health(
            status: "ok", startedAt: startedAt, engineVersion: snapshot.version, datasets: rows,
            matchingModel: MatchingModel(
                version: manifest.modelVersion, dimension: manifest.dimension, vocabularyHash: manifest.vocabularyHash,
                trainedOn: manifest.trainedOn))
        return try Envelope(data: health).response(from: request, context: context)
    }

    func metrics() -> Response {
        var buffer: [UInt8] = []
        ServerMetrics.registry.emit(into: &buffer)
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
    }

    struct Verification: Encodable, Sendable {
        let intact: Bool
        let entries: Int
        let checkpoints: Int
        let problem: String?
    }

    func verify(request: Request, context: DataRayaRequestContext) async throws -> Response {
        context.audit.record(dataset: nil, classification: Classification.terhad.rawValue)
        try context.caller.require(.verifyAuditTrail)
        await recorder.flush()
        let result = try await Blocking.run { [data] in try data.store.verifyAudit() }
        let verification = Verification(intact: result.isIntact, entries: result.entries, checkpoints: result.checkpoints, problem: result.problem)
        return try Envelope(data: verification, message: result.isIntact ? "The audit trail is intact." : "The audit trail has been tampered with.")
            .response(from: request, context: context)
    }
}

/// The process's metrics: swift-metrics bootstrapped once onto a Prometheus registry.
enum ServerMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
