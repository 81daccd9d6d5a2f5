import Analytics
import Hummingbird
import TVET

/// What every dashboard, diagnostic and report request shares: the filters of its query string, the diagnostics'
/// own parameters, and the audience of each dashboard for the caller (CONTRACT 3.7). A caller gets a dashboard's
/// figures unsuppressed only when the access policy clears them for every column it reads; everyone else gets the
/// public figures after small-cell suppression.
///
/// Parameters the route does not declare never get here: `RouteBook` refuses them.
struct AnalyticsRequest {
    let filters: DashboardFilters
    let audiences: AudienceChoice
    /// The diagnostics' parameters that were given (`from`, `to`, `group_by`, `measure`).
    let parameters: [String: String]

    init(request: Request, context: DataRayaRequestContext, threshold: Int) throws {
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { query[String(name)] = String(value) }
        parameters = query.filter { DiagnosticParameters.names.contains($0.key) }
        filters = try DashboardFilters(query: query.filter { DashboardFilters.parameters.contains($0.key) })
        audiences = .caller(context.caller.principal, threshold: threshold)
    }

    /// The audience of the figures of `dashboard` (a dashboard, `forecasts` or `diagnostics`).
    func audience(_ dashboard: String) -> Audience { audiences.audience(forDashboard: dashboard) }

    /// How the audit trail classifies what is released from `dashboards`: open figures, or the most sensitive
    /// column read for a caller cleared for it.
    func classification(_ dashboards: [String]) -> String {
        (dashboards.map { audiences.released(forDashboard: $0) }.max() ?? .terbuka).rawValue
    }

    /// The filters, with the value sets `DashboardFilters` checks them against.
    static let openAPIParameters: [OpenAPIParameter] = [
        ("year", "Graduation year (vacancies: year posted; applications: intake).", range(2000, 2100)),
        ("state", "A state name.", codes(MalaysianState.allCases.map(\.name))),
        ("field", "A field code.", codes(TVETField.allCases.map(\.rawValue))),
        ("level", "Qualification level 1 to 5.", range(1, 5)),
        ("ministry", "A ministry code.", codes(Ministry.allCases.map(\.rawValue))),
        ("institution_type", "An institution type code.", codes(InstitutionType.allCases.map(\.rawValue))),
        ("institution_id", "One institution.", .object(["type": "string"])),
    ].map { name, description, schema in
        OpenAPIParameter(name: name, location: "query", required: false, description: description, schema: schema)
    }

    private static func range(_ low: Int, _ high: Int) -> JSONValue {
        .object(["type": "integer", "minimum": .number(Double(low)), "maximum": .number(Double(high))])
    }

    private static func codes(_ values: [String]) -> JSONValue {
        .object(["type": "string", "enum": .array(values.map(JSONValue.string))])
    }
}
