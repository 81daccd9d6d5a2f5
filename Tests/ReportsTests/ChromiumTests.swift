import Analytics
import Foundation
import Reports
import TestSupport
import Testing

/// The rendered reports in a real headless browser. Serialised: each test starts one Chromium at a time.
@Suite("Reports in headless Chromium", .serialized)
struct ChromiumTests {
    static func pageFile(_ name: String, language: ReportLanguage) throws -> (folder: URL, page: URL) {
        let folder = URL(fileURLWithPath: try ProjectFiles.temporaryDirectory())
        let page = folder.appendingPathComponent("\(name)-\(language.rawValue).html")
        try Data(try ReportFixtures.render(name, language: language).utf8).write(to: page)
        return (folder, page)
    }

    @Test("the page loads without console errors and the DOM keeps every figure value", arguments: ReportRendererTests.reports)
    func domKeepsTheValues(name: String) async throws {
        let chromium = try BrowserFixture.chromium()
        let (folder, page) = try Self.pageFile(name, language: .ms)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await chromium.run(
            ["--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString], timeout: .seconds(30))
        let consoleLines = run.log.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
        #expect(consoleLines.isEmpty, "console: \(consoleLines)")
        #expect(run.output.contains("<h1>\(try ReportFixtures.definition(name).title.ms)</h1>"))
        for section in try ReportFixtures.definition(name).sections {
            let figure = try FigureFixtures.figure(FigureRequest(reference: section.figure))
            let table = try #require(Self.table(section.figure, in: run.output), "no table for \(section.figure)")
            let values = Self.matches(of: #"data-value="([^"]*)""#, in: table).map(Self.unescape)
            let expected = figure.rows.flatMap { $0.cells.map(Self.raw) }
            #expect(values.count == expected.count)
            for (value, cell) in zip(values, expected) {
                #expect(value == cell || Double(value).map { $0 == Double(cell) } == true, "\(section.figure): \(value) != \(cell)")
            }
        }
    }

    @Test("screenshots of the reports in both languages are drawn")
    func screenshots() async throws {
        let chromium = try BrowserFixture.chromium()
        for (name, language) in [("graduate-employability", ReportLanguage.ms), ("supply-demand", .en), ("institution-profile", .en)] {
            let (folder, page) = try Self.pageFile(name, language: language)
            defer { try? FileManager.default.removeItem(at: folder) }
            let picture = folder.appendingPathComponent("\(name)-\(language.rawValue).png")
            _ = try await chromium.run(
                ["--screenshot=\(picture.path)", "--window-size=1000,3600", page.absoluteString], timeout: .seconds(30))
            let data = try Data(contentsOf: picture)
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(data.count > 50_000, "a nearly empty screenshot of \(name)")
            try BrowserFixture.keep(picture)
        }
    }

    @Test("a report prints to a PDF of several A4 pages")
    func printsToPDF() async throws {
        let printer = try PDFPrinter(chromium: try BrowserFixture.chromium(), timeout: .seconds(30))
        let pdf = try await printer.pdf(html: try ReportFixtures.render("graduate-employability", language: .en))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let text = String(decoding: pdf, as: UTF8.self)
        let pages = Self.matches(of: #"/Type\s*/Page[^s]"#, in: text).count
        let sections = try ReportFixtures.definition("graduate-employability").sections.count
        #expect(pages >= sections)
    }

    @Test("a browser that does not finish in time is stopped and reported")
    func timeout() async throws {
        let printer = try PDFPrinter(chromium: try BrowserFixture.chromium(), timeout: .milliseconds(50))
        await #expect(throws: ChromiumError.timedOut(after: .milliseconds(50))) {
            _ = try await printer.pdf(html: "<!DOCTYPE html><html><body><p>x</p></body></html>")
        }
    }

    @Test("without Chromium on PATH the error says how to install it")
    func missingBrowser() throws {
        #expect(throws: ChromiumError.notFound(searched: Chromium.executableNames)) {
            _ = try Chromium.locate(searchPath: "/nonexistent")
        }
        #expect(String(describing: ChromiumError.notFound(searched: ["chromium"])).contains("scripts/install-chromium.sh"))
    }

    @Test("the install script does nothing, quietly, when Chromium is present")
    func installScriptIsIdempotent() throws {
        _ = try BrowserFixture.chromium()
        let result = try BrowserFixture.run(ProjectFiles.path("scripts/install-chromium.sh"))
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
    }

    static func raw(_ cell: FigureCell) -> String {
        switch cell {
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .null, .suppressed: ""
        }
    }

    /// An attribute value as the browser serialised it, with its character references decoded.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The dumped DOM's table for `reference` (selection scope), as text.
    static func table(_ reference: String, in dom: String) -> String? {
        guard let start = dom.range(of: "<table class=\"data\" data-figure=\"\(reference)\" data-scope=\"selection\">"),
            let end = dom[start.upperBound...].range(of: "</table>")
        else { return nil }
        return String(dom[start.lowerBound..<end.upperBound])
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { match in
            let group = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
            return Range(group, in: text).map { String(text[$0]) } ?? ""
        }
    }
}
