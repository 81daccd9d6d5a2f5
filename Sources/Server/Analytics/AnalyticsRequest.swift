import Analytics
import Hummingbird

/// What every dashboard, diagnostic and report request shares: the filters of its query string and the audience the
/// caller's clearance decides (CONTRACT 3.7): roles cleared for row-level data get the figures unsuppressed, everyone
/// else (anonymous and G2C callers, employers) the public figures after small-cell suppression.
struct AnalyticsRequest {
    let filters: DashboardFilters
    let audience: Audience
    /// Every query parameter, for diagnostics' own parameters.
    let parameters: [String: String]

    init(request: Request, context: DataRayaRequestContext, threshold: Int) throws {
        var parameters: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { parameters[String(name)] = String(value) }
        self.parameters = parameters
        do {
            filters = try DashboardFilters(query: parameters.filter { DashboardFilters.parameters.contains($0.key) })
        } catch {
            throw APIError.badRequest(error.description)
        }
        audience = context.caller.access.rowLevel ? .cleared : .public(threshold: threshold)
    }

    /// How the audit trail classifies what is released: open figures, or the underlying data for cleared callers.
    var classification: String { audience == .cleared ? "SULIT" : "TERBUKA" }

    /// An analytics failure as the API's error: the caller's mistakes are 404 or 400 naming them.
    static func apiError(_ error: AnalyticsError) -> APIError {
        switch error {
        case .unknownName: APIError.notFound(error.description)
        case .badParameter: APIError.badRequest(error.description)
        case .engine, .insufficientData: APIError.unprocessable(error.description, details: [])
        }
    }

    static let openAPIParameters: [OpenAPIParameter] = [
        ("year", "integer", "Graduation year (vacancies: year posted; applications: intake)."),
        ("state", "string", "A state name."), ("field", "string", "A field code."),
        ("level", "integer", "Qualification level 1 to 5."), ("ministry", "string", "A ministry code."),
        ("institution_type", "string", "An institution type code."), ("institution_id", "string", "One institution."),
    ].map { name, type, description in
        OpenAPIParameter(name: name, location: "query", required: false, description: description, schema: .object(["type": .string(type)]))
    }
}
