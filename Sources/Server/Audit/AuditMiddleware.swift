import Foundation
import HTTPTypes
import Hummingbird
import Store

/// Writes one audit entry for every request to data (`/api/v1/...`, `/reports/...`), allowed or refused, and for
/// every page that touched data or request whose credential or login was refused, whatever its path — unless the handler committed the entry
/// already with the data it wrote (a stored batch).
struct AuditMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext
    let recorder: AuditRecorder

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let toData = path.hasPrefix("/api/") || path.hasPrefix("/reports/")
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            guard toData || context.audit.snapshot.refusedLogin || context.audit.snapshot.dataset != nil else { throw error }
            response = FaultMiddleware.response(for: error, request: request, context: context)
        }
        let note = context.audit.snapshot
        // A page that touched data noted its dataset, and is audited like the API.
        guard (toData || note.refusedLogin || note.dataset != nil) && !note.committed else { return response }
        let status = Int(response.status.code)
        await recorder.record(Self.entry(request: request, context: context, status: status), releasing: status < 400 ? note.released : nil)
        return response
    }

    /// The entry of a request as its context's note tells it, with the status the client gets.
    static func entry(request: Request, context: Context, status: Int) -> AuditEntry {
        let note = context.audit.snapshot
        return AuditEntry(
            at: Date(), actor: note.caller.auditName, category: note.caller.user?.category.rawValue,
            roles: note.caller.auditRoles,
            uxpClient: note.uxp?.client?.description, uxpService: note.uxp?.service?.description,
            action: "\(request.method) \(context.endpointPath ?? request.uri.path)", dataset: note.dataset, recordID: note.recordID,
            classification: note.classification, outcome: status < 400 ? .allowed : status < 500 ? .refused : .failed,
            status: status, faultID: note.faultID, requestID: context.id)
    }
}
