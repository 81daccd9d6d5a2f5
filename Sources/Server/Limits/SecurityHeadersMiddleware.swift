import HTTPTypes
import Hummingbird

/// Adds the headers that keep a browser from misreading or framing what the server sends: `nosniff` and
/// `X-Frame-Options: DENY` on every response, and on HTML a `Content-Security-Policy` that runs no script at all.
///
/// Reports need inline styles (their `<style>` block and the chart swatches' `style` attributes), inline SVG and
/// `data:` links for their CSV downloads; the pages for people their one stylesheet, served by DataRaya itself
/// (`/assets/site.css`); nothing else, so the policy allows only those.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        if response.headers[.contentType]?.hasPrefix("text/html") == true {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        return response
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
}
