import HTTPTypes
import Hummingbird

/// Validates the MyGDX headers (400 when malformed), records them in the context, and echoes them on the response.
struct UXPMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let client = request.headers[.uxpClient], service = request.headers[.uxpService]
        var context = context
        do {
            context.uxp = try UXPHeaders.parse(client: client, service: service)
        } catch {
            let refusal = APIError(.badRequest, reason: "InvalidUXPHeader", message: "The \(error.header) header is malformed: it \(error.reason).")
            return FaultMiddleware.response(for: refusal, request: request, context: context)
        }
        context.audit.uxp(context.uxp)
        var response = try await next(request, context)
        if let client = context.uxp?.client { response.headers[.uxpClient] = client.description }
        if let service = context.uxp?.service { response.headers[.uxpService] = service.description }
        return response
    }
}

extension HTTPField.Name {
    static let uxpClient = HTTPField.Name("UXP-client")!
    static let uxpService = HTTPField.Name("UXP-Service")!
}
