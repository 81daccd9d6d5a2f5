import Analytics
import Foundation

/// The CSV links under each figure: the figure itself as a `data:` URL, which works offline and from a saved file,
/// and, when the page knows where the API answers, the live CSV with the same filters.
struct FigureDownloads {
    let figure: Figure
    let scope: FigureRequest.Scope
    let filters: [ReportFilter]
    let apiBase: String?
    let language: ReportLanguage

    func html() -> String {
        let suffix = scope == .national ? "-" + language.text(ms: "nasional", en: "national") : ""
        let fileName = "\(figure.dashboard)-\(figure.id)\(suffix).csv"
        let qualifier = scope == .national ? " (\(language.pick(ReportText.national)))" : ""
        let label = language.pick(ReportText.downloadCSV) + qualifier
        var html =
            "<a class=\"download\" data-figure=\"\(Markup.escape(figure.reference))\" data-scope=\"\(scope.rawValue)\" "
            + "download=\"\(Markup.escape(fileName))\" href=\"\(Self.dataURL(figure))\">\(Markup.escape(label))</a>"
        if let live = liveURL() {
            html += " <a class=\"live-csv\" href=\"\(Markup.escape(live))\">\(Markup.escape(language.pick(ReportText.liveCSV) + qualifier))</a>"
        }
        return html
    }

    /// The figure's CSV, base64-encoded so that no character of it needs escaping in the attribute.
    static func dataURL(_ figure: Figure) -> String {
        "data:text/csv;charset=utf-8;base64," + Data(figure.csv().utf8).base64EncodedString()
    }

    /// `<apiBase>/api/v1/dashboards/<dashboard>/<figure>.csv?<filters>`; an empty `apiBase` gives a link relative to
    /// the page's own host, for pages the API's server serves itself.
    func liveURL() -> String? {
        guard let apiBase else { return nil }
        let base = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
        let path = "/api/v1/dashboards/\(Self.pathSegment(figure.dashboard))/\(Self.pathSegment(figure.id)).csv"
        let query = filters.map { "\(Self.queryComponent($0.parameter))=\(Self.queryComponent($0.value))" }
        return base + path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func queryComponent(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static func pathSegment(_ text: String) -> String { queryComponent(text) }
}
