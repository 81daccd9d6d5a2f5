import HTTPTypes
import Hummingbird

/// Marks every cookie of a page `Secure` when the visitor reached DataRaya over TLS, as a TLS-terminating proxy in
/// front of it says with `X-Forwarded-Proto: https`; the browser then never sends the session over plain HTTP.
/// DataRaya itself speaks plain HTTP on loopback, where a `Secure` cookie would not come back. Taking the header
/// on trust is safe here: a client that sends it only makes its own cookies stricter.
struct SecureCookieMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard request.headers[Self.forwardedProto]?.lowercased() == "https" else { return response }
        let cookies = response.headers[values: .setCookie]
        guard !cookies.isEmpty else { return response }
        response.headers[values: .setCookie] = cookies.map { $0.lowercased().contains("; secure") ? $0 : $0 + "; Secure" }
        return response
    }
}
