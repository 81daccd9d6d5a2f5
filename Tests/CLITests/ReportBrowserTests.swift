import Foundation
import Server
import ServerTestSupport
import TestSupport
import Testing

/// The reports as a policymaker opens them: the real server on a loopback port, each page fetched over HTTP and
/// opened from its URL in headless Chromium, with no console error and every figure value equal to the JSON API's.
/// Serialised: one browser at a time.
@Suite(.serialized) struct ReportBrowserTests {
    static let reports = ["graduate-employability", "supply-demand", "institution-profile"]

    /// The page's path with its query: the institution profile for the busiest institution.
    static func path(_ name: String, language: String, store: ReportStore, format: String = "html") -> String {
        "/reports/\(name).\(format)?lang=\(language)" + (name == "institution-profile" ? "&institution_id=\(store.institutionID)" : "")
    }

    /// The JSON API's figure for a table of a page (national tables without the institution), as `data`.
    static func figure(_ table: ReportTable, page: String, server: LiveServer, headers: [String: String] = [:]) async throws
        -> JSONValue
    {
        var query = page.split(separator: "?").dropFirst().first.map(String.init) ?? ""
        query = query.split(separator: "&").filter { !$0.hasPrefix("lang=") && (table.scope != "national" || !$0.hasPrefix("institution_id=")) }
            .joined(separator: "&")
        let (body, status) = try await server.request("GET", "/api/v1/dashboards/\(table.reference)?\(query)", headers: headers)
        #expect(status == 200, "\(table.reference): \(status)")
        return try #require(try JSONValue.parse(body)["data"])
    }

    static func text(_ response: (Data, Int)) -> String { String(decoding: response.0, as: UTF8.self) }

    @Test func eachPageInChromiumHasNoConsoleErrorAndTheJSONAPIsFigures() async throws {
        let store = try ReportStore.get()
        let browser = try HeadlessBrowser.locate()
        let server = try await LiveServer(arguments: ["--db", store.db])
        defer { server.stop() }
        var publicWithheld = 0
        for name in Self.reports {
            for language in ["ms", "en"] {
                let path = Self.path(name, language: language, store: store)
                let served = try await server.request("GET", path)
                #expect(served.1 == 200, "\(path): \(Self.text(served).prefix(200))")
                let html = Self.text(served)
                #expect(html.contains("<html lang=\"\(language)\">"))
                let tables = ReportTable.all(in: html)
                #expect(tables.count >= 3, "\(path): \(tables.count) tables")
                publicWithheld += html.components(separatedBy: "data-suppressed=\"true\"").count - 1

                let (dom, errors) = try browser.load("http://127.0.0.1:\(server.port)\(path)")
                #expect(errors.isEmpty, "\(path): \(errors)")
                #expect(HeadlessBrowser.outsideResources(dom).isEmpty, "\(path): \(HeadlessBrowser.outsideResources(dom))")
                let domTables = ReportTable.all(in: dom)
                #expect(domTables == tables, "\(path): the browser's DOM has other figure tables than the served page")
                for table in domTables {
                    let differences = table.differences(from: try await Self.figure(table, page: path, server: server))
                    #expect(differences.isEmpty, "\(path): \(differences.prefix(5))")
                }
                // The analyst's page over HTTP has the analyst's (unsuppressed) JSON figures.
                let cleared = try await server.request("GET", path, headers: ["X-API-Key": store.analystKey])
                #expect(cleared.1 == 200)
                for table in ReportTable.all(in: Self.text(cleared)) {
                    let json = try await Self.figure(table, page: path, server: server, headers: ["X-API-Key": store.analystKey])
                    let differences = table.differences(from: json)
                    #expect(differences.isEmpty, "\(path) (analyst): \(differences.prefix(5))")
                }
                #expect(!Self.text(cleared).contains("data-suppressed=\"true\""))
            }
        }
        // A store of 300 graduates has small cells: the pages anyone opens withhold some.
        #expect(publicWithheld > 0)
    }

    @Test func screenshotsOfEachReportShowItsChartsAndThePDFPrints() async throws {
        let store = try ReportStore.get()
        let browser = try HeadlessBrowser.locate()
        let server = try await LiveServer(arguments: ["--db", store.db])
        defer { server.stop() }
        let folder = try ProjectFiles.temporaryDirectory()
        let keep = ProcessInfo.processInfo.environment["DATARAYA_KEEP_SCREENSHOTS"].flatMap { $0.isEmpty ? nil : $0 }
        for (index, name) in Self.reports.enumerated() {
            let language = index % 2 == 0 ? "en" : "ms"
            let picture = "\(folder)/\(name)-\(language).png"
            try browser.screenshot("http://127.0.0.1:\(server.port)\(Self.path(name, language: language, store: store))", to: picture)
            let data = try Data(contentsOf: URL(fileURLWithPath: picture))
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(data.count > 60_000, "\(name): a nearly empty screenshot (\(data.count) bytes)")
            if let keep {
                try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
                try? FileManager.default.removeItem(atPath: "\(keep)/\(name)-\(language).png")
                try FileManager.default.copyItem(atPath: picture, toPath: "\(keep)/\(name)-\(language).png")
            }
        }
        try? FileManager.default.removeItem(atPath: folder)

        let (pdf, status) = try await server.request("GET", "/reports/supply-demand.pdf?lang=en")
        #expect(status == 200, "\(String(decoding: pdf.prefix(300), as: UTF8.self))")
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        #expect(pdf.count > 20_000)
        let text = String(decoding: pdf, as: UTF8.self)
        let pages = try NSRegularExpression(pattern: #"/Type\s*/Page[^s]"#).numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(pages >= 4, "the supply-demand PDF has \(pages) pages")
    }

    @Test func theConsoleCheckCatchesABrokenPage() throws {
        let browser = try HeadlessBrowser.locate()
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/broken.html"
        try Data(
            """
            <!DOCTYPE html><html><body><img src="missing.png"/><img src="data:image/png;base64,AAAA"/>
            <script>console.error("figure failed"); undefinedFunction();</script></body></html>
            """.utf8
        ).write(to: URL(fileURLWithPath: page))
        let (dom, errors) = try browser.load("file://" + page)
        #expect(errors.contains { $0.contains("figure failed") })
        #expect(errors.contains { $0.contains("Uncaught") })
        #expect(HeadlessBrowser.outsideResources(dom) == [#"src="missing.png""#])
    }
}
