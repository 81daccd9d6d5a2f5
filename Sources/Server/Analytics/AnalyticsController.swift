import Analytics
import Foundation
import HTTPTypes
import Hummingbird

/// Dashboards, diagnostics and forecasts (CONTRACT 3.7), as JSON and, per figure, as CSV. Open to everyone: each
/// dashboard's figures come unsuppressed to callers cleared for every column it reads, public to everyone else.
struct AnalyticsController {
    let analytics: DashboardService
    let threshold: Int

    func register(in book: RouteBook) {
        let filters = AnalyticsRequest.openAPIParameters
        book.add(
            .get, "/api/v1/dashboards/{name}", tag: "Dashboards", summary: "A dashboard",
            description: "overview, graduates, certificates, instructors, applications, vacancies, supply-demand or forecasts: "
                + "its figures with their method and caveats (docs/ANALYTICS.md).",
            access: "anyone (public figures); callers cleared for every column a dashboard reads get it unsuppressed",
            parameters: [.path("name", "The dashboard.")] + filters, response: .dashboard
        ) { request, context in try dashboard(request: request, context: context) }
        book.add(
            .get, "/api/v1/dashboards/{name}/{figure}", tag: "Dashboards", summary: "One figure, as JSON or CSV",
            description: "The figure's id, or the id followed by .csv for CSV (suppressed cells empty and listed in the last column). "
                + "diagnostics/<name> is a diagnostic, with its parameters; other figures refuse them.",
            access: "anyone (public figures); callers cleared for every column a dashboard reads get it unsuppressed",
            parameters: [.path("name", "The dashboard."), .path("figure", "The figure's id, optionally ending in .csv.")]
                + filters + DiagnosticsParameters.openAPI,
            response: .figure
        ) { request, context in try figure(request: request, context: context) }
        book.add(
            .get, "/api/v1/diagnostics/{name}", tag: "Dashboards", summary: "A diagnostic",
            description: "employability-change (shift-share between two years: from, to, group_by; no year filter) or compare "
                + "(groups against the national figure with 95% Wilson intervals: group_by, measure).",
            access: "anyone (public figures); callers cleared for every column a dashboard reads get it unsuppressed",
            parameters: [.path("name", "The diagnostic.")] + filters + DiagnosticsParameters.openAPI, response: .figure
        ) { request, context in try diagnostic(request: request, context: context) }
    }

    func dashboard(request: Request, context: DataRayaRequestContext) throws -> Response {
        let name = context.parameters.get("name") ?? ""
        let analytics = try AnalyticsRequest(request: request, context: context, threshold: threshold)
        context.audit.record(dataset: "dashboards/" + name, classification: analytics.classification([name]))
        // An analytics failure reaches the client through the one mapping of module errors (`APIError.domain`).
        let dashboard = try self.analytics.dashboard(name: name, filters: analytics.filters, audience: analytics.audience(name))
        return try Envelope(data: dashboard).response(from: request, context: context)
    }

    func figure(request: Request, context: DataRayaRequestContext) throws -> Response {
        let name = context.parameters.get("name") ?? ""
        var id = context.parameters.get("figure") ?? ""
        let csv = id.hasSuffix(".csv")
        if csv { id.removeLast(4) }
        let analytics = try AnalyticsRequest(request: request, context: context, threshold: threshold)
        context.audit.record(dataset: "dashboards/" + name, recordID: id, classification: analytics.classification([name]))
        let figure = try self.analytics.figure(
            reference: name + "/" + id, filters: analytics.filters, audience: analytics.audience(name), parameters: analytics.parameters)
        guard csv else { return try Envelope(data: figure).response(from: request, context: context) }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(name)-\(id).csv\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: figure.csv())))
    }

    func diagnostic(request: Request, context: DataRayaRequestContext) throws -> Response {
        let name = context.parameters.get("name") ?? ""
        let analytics = try AnalyticsRequest(request: request, context: context, threshold: threshold)
        let dashboard = DashboardService.diagnosticsDashboard
        context.audit.record(dataset: "diagnostics/" + name, classification: analytics.classification([dashboard]))
        let figure = try self.analytics.diagnostic(
            name: name, parameters: analytics.parameters, filters: analytics.filters, audience: analytics.audience(dashboard))
        return try Envelope(data: figure).response(from: request, context: context)
    }

}
