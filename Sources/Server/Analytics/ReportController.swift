import Analytics
import Foundation
import HTTPTypes
import Hummingbird
import Reports
import Store
import TVET

/// Reports as pages (CONTRACT 3.7): `GET /reports/<name>.html` and, where Chromium is installed, `.pdf`, rendered from
/// the same figures the JSON API gives the same caller. `GET /reports` lists them.
struct ReportController {
    let data: DataService
    let builder: ReportBuilder
    let threshold: Int
    /// The PDF renderers' places and queue.
    let pdfs: AdmissionGate
    /// The page that chooses an institution for the institution profile.
    let picker: InstitutionPicker

    func register(in book: RouteBook) {
        book.add(
            .get, "/reports", tag: "Reports", summary: "The reports, in both languages", access: "anyone", response: .html
        ) { request, context in try index(request: request, context: context) }
        book.add(
            .get, "/reports/{file}", tag: "Reports", summary: "A report as a page or PDF",
            description: "<name>.html or <name>.pdf (graduate-employability, supply-demand, institution-profile with "
                + "institution_id); lang=ms|en and the dashboards' filters.",
            access: "anyone (public figures); each figure unsuppressed for callers cleared for every column its dashboard reads",
            parameters: [
                .path("file", "The report's name followed by .html or .pdf."),
                OpenAPIParameter(
                    name: "lang", location: "query", required: false, description: "ms (default) or en.",
                    schema: .object(["type": "string", "enum": .array(ReportLanguage.allCases.map { .string($0.rawValue) })])),
            ] + AnalyticsRequest.openAPIParameters,
            response: .html
        ) { request, context in try await report(request: request, context: context) }
    }

    /// The report about one institution, which needs `institution_id`.
    static let institutionProfile = "institution-profile"

    func report(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let file = context.parameters.get("file") ?? ""
        let pdf = file.hasSuffix(".pdf")
        guard pdf || file.hasSuffix(".html") else { throw APIError.notFound("Reports end in .html or .pdf.") }
        let name = String(file.dropLast(pdf ? 4 : 5))
        let language = try Self.language(request.uri.queryParameters.get("lang"))
        let analytics = try AnalyticsRequest(request: request, context: context, threshold: threshold)
        let dashboards = (try? builder.definition(named: name))?.sections.map(\.dashboard) ?? []
        context.audit.record(
            dataset: "reports/" + name, recordID: analytics.filters.institutionId,
            classification: analytics.classification(dashboards))
        if name == Self.institutionProfile, !pdf, analytics.filters.institutionId == nil {
            return try picker.page(request: request, context: context, snapshot: data.engine.snapshot, state: analytics.filters.state)
        }
        let html = try builder.html(
            name: name, filters: analytics.filters, audiences: analytics.audiences, language: language,
            catalog: data.engine.snapshot, apiBase: "")
        guard pdf else { return Self.page(html) }
        let printer: PDFPrinter
        do {
            printer = try PDFPrinter()
        } catch {
            throw APIError(
                .serviceUnavailable, reason: "PDFUnavailable",
                message: "PDF needs Chromium, which this server does not have; the .html page has the same figures.")
        }
        guard let bytes = try await pdfs.run({ try await printer.pdf(html: html) }) else {
            throw APIError(
                .serviceUnavailable, reason: "PDFBusy", message: "Every PDF renderer is busy; retry shortly, or use the .html page.",
                headers: [(.retryAfter, "5")])
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/pdf"
        headers[.contentDisposition] = "inline; filename=\"\(name).pdf\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The page's language: `lang`, Bahasa Melayu when it is absent or empty.
    static func language(_ lang: String?) throws -> ReportLanguage {
        guard let lang, !lang.isEmpty else { return .ms }
        guard let language = ReportLanguage(rawValue: lang) else {
            throw APIError.badRequest(
                "Invalid parameter 'lang': " + AcceptedValues.notOneOf(lang, ReportLanguage.allCases.map(\.rawValue)) + ".")
        }
        return language
    }

    func index(request: Request, context: DataRayaRequestContext) throws -> Response {
        Self.page(ReportIndex.html(library: builder.library))
    }

    static func page(_ html: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
