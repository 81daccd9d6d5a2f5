import Foundation
import HTTPTypes
import Hummingbird
import Store

/// Writes one audit entry for every request to data (`/api/v1/...`, `/reports/...`), allowed or refused.
struct AuditMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext
    let recorder: AuditRecorder

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard path.hasPrefix("/api/") || path.hasPrefix("/reports/") else { return try await next(request, context) }
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = FaultMiddleware.response(for: error, request: request, context: context)
        }
        let note = context.audit.snapshot
        let status = Int(response.status.code)
        await recorder.record(
            AuditEntry(
                at: Date(), actor: note.caller.auditName, category: note.caller.user?.category.rawValue,
                roles: note.caller.user.map { $0.roles.map(\.rawValue).sorted().joined(separator: ";") },
                uxpClient: note.uxp?.client?.description, uxpService: note.uxp?.service?.description,
                action: "\(request.method) \(context.endpointPath ?? path)", dataset: note.dataset, recordID: note.recordID,
                classification: note.classification, outcome: status < 400 ? .allowed : status < 500 ? .refused : .failed,
                status: status, faultID: note.faultID, requestID: context.id))
        return response
    }
}
