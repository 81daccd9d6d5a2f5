import HTTPTypes
import Hummingbird

/// Registers pages on the pages' router group: each path with the query parameters it reads (`lang` always), so that a
/// page refuses a parameter it does not know exactly as the API does (`QueryParameterCheck`).
struct PageRoutes {
    typealias Context = DataRayaRequestContext
    let group: RouterGroup<Context>

    func add(
        _ method: HTTPRequest.Method, _ path: String, parameters: [String] = [],
        handler: @escaping @Sendable (Request, Context) async throws -> Response
    ) {
        let check = QueryParameterCheck(accepted: ["lang"] + parameters)
        group.on(RouterPath(path), method: method) { request, context in
            try check.check(request.uri.queryParameters)
            return try await handler(request, context)
        }
    }
}
