import HTTPTypes
import Hummingbird

/// Registers routes on the router and records each one's documentation at the same place, so the OpenAPI
/// document (`/openapi.json`) is built from the routes that exist. A test compares it with `router.routes`.
///
/// The declared query parameters are also the ones the route accepts: every handler is wrapped in a
/// `QueryParameterCheck` that refuses any other with a 400 listing them, so the document and the server cannot
/// disagree, and a route that reads a parameter must declare it.
final class RouteBook {
    typealias Context = DataRayaRequestContext
    typealias Handler = @Sendable (Request, Context) async throws -> Response

    struct Entry {
        let method: HTTPRequest.Method
        /// The path in OpenAPI form: `/api/v1/students/{id}`.
        let path: String
        let summary: String
        let description: String
        /// Who may call it, in one phrase.
        let access: String
        let tag: String
        let requestBody: OpenAPIBody?
        let response: OpenAPIBody
        let parameters: [OpenAPIParameter]
    }

    let router: Router<Context>
    private(set) var entries: [Entry] = []

    init(router: Router<Context>) {
        self.router = router
    }

    func add(
        _ method: HTTPRequest.Method, _ path: String, tag: String, summary: String, description: String = "", access: String,
        parameters: [OpenAPIParameter] = [], request: OpenAPIBody? = nil, response: OpenAPIBody, handler: @escaping Handler
    ) {
        let routerPath = path.split(separator: "/").map { $0.hasPrefix("{") ? ":" + $0.dropFirst().dropLast() : $0 }
            .joined(separator: "/")
        let check = QueryParameterCheck(declared: parameters)
        router.on(RouterPath("/" + routerPath), method: method) { request, context in
            try check.check(request.uri.queryParameters)
            return try await handler(request, context)
        }
        entries.append(
            Entry(
                method: method, path: path, summary: summary, description: description, access: access, tag: tag,
                requestBody: request, response: response, parameters: parameters))
    }
}
