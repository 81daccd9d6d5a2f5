import Analytics
import Foundation
import Reports
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Report rendering")
struct ReportRendererTests {
    static let reports = ["graduate-employability", "supply-demand", "institution-profile"]

    @Test("every report renders to a page that parses as XML, in each language", arguments: reports, ReportLanguage.allCases)
    func pagesParse(name: String, language: ReportLanguage) throws {
        let html = try ReportFixtures.render(name, language: language)
        let opening = html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">")
        #expect(opening)
        let page = try PageDocument(html)
        let definition = try ReportFixtures.definition(name)
        #expect(try page.texts("//h1") == [language.pick(definition.title)])
        #expect(try page.elements("//section[@class='report-section']").count == definition.sections.count)
        let texts = try page.texts("//p[@class='section-text']")
        #expect(texts == definition.sections.map { language.pick($0.text) })
        let other = language == .ms ? ReportLanguage.en : .ms
        let holdsOther = html.contains(other.pick(definition.title)) || html.contains(other.pick(definition.intro))
        #expect(!holdsOther, "a \(language) page holds the \(other) title or introduction")
    }

    @Test("the page is self-contained: no script, no external resource, no font")
    func selfContained() throws {
        for name in Self.reports {
            let html = try ReportFixtures.render(name, language: .en, apiBase: "https://data.example.gov.my")
            for forbidden in ["<script", " src=", "<link", "@import", "url(http", "@font-face", "<img", "<iframe"] {
                let found = html.contains(forbidden)
                #expect(!found, "\(name) contains \(forbidden)")
            }
            let page = try PageDocument(html)
            for link in try page.elements("//a[@href]") {
                let href = link.value("href") ?? ""
                #expect(href.hasPrefix("#") || href.hasPrefix("data:text/csv") || href.hasPrefix("https://data.example.gov.my/api/v1/"))
            }
            let printable = html.contains("@media print") && html.contains("size:A4") && html.contains("break-before:page")
            #expect(printable)
        }
    }

    @Test("hostile text is escaped everywhere it appears")
    func hostileTextIsEscaped() throws {
        for name in Self.reports {
            let html = try ReportFixtures.render(name, language: .ms)
            let raw = html.contains("<script") || html.contains("alert('x')")
            #expect(!raw, "\(name) holds unescaped text")
            let escaped = html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bestari&quot;")
            #expect(escaped)
            _ = try PageDocument(html)
        }
    }

    @Test("withheld cells show a dash with the footnote in the page's language, and never a bar")
    func withheldCells() throws {
        for language in ReportLanguage.allCases {
            let page = try PageDocument(try ReportFixtures.render("graduate-employability", language: language))
            let withheld = try page.elements("//td[@data-suppressed='true']")
            #expect(!withheld.isEmpty)
            #expect(withheld.allSatisfy { $0.stringValue == "—" && $0.value("data-value") == "" })
            let footnotes = try page.texts("//p[@class='footnote']")
            let expected = language == .ms ? "Nilai disembunyikan untuk melindungi privasi" : "Withheld to protect privacy"
            let threshold = language == .ms ? "bawah 5" : "under 5"
            #expect(!footnotes.isEmpty && footnotes.allSatisfy { $0.hasPrefix("— " + expected) && $0.contains(threshold) })
            // The by-field bar chart: the hostile, too-small field has no bar, only the marker.
            let absent = try page.elements("//*[local-name()='g'][@class='bar-absent']")
            #expect(absent.count == 1)
            #expect(
                try page.elements("//*[local-name()='g'][@class='bar-absent']/*[local-name()='rect'][@class='bar-withheld']").count == 1)
            for bar in try page.elements("//*[local-name()='rect'][@class='bar']") {
                #expect(Double(bar.value("width") ?? "") ?? 0 > 0)
            }
            let bars = try page.elements("//*[local-name()='g'][@class='bar-group']")
            #expect(bars.allSatisfy { !($0.value("data-value") ?? "").isEmpty })
        }
    }

    @Test("every table cell carries the figure's raw value", arguments: reports)
    func dataValuesEqualTheFigure(name: String) throws {
        let page = try PageDocument(try ReportFixtures.render(name, language: .en))
        let definition = try ReportFixtures.definition(name)
        for section in definition.sections {
            let scopes: [FigureRequest.Scope] = section.withNational ? [.selection, .national] : [.selection]
            for scope in scopes {
                let figure = try FigureFixtures.figure(FigureRequest(reference: section.figure, scope: scope))
                let tables = try page.elements("//table[@data-figure='\(section.figure)'][@data-scope='\(scope.rawValue)']")
                #expect(tables.count == 1, "\(section.figure) \(scope)")
                let rows = try tables.first.map { try $0.nodes(forXPath: "tbody/tr").compactMap { $0 as? XMLElement } } ?? []
                #expect(rows.count == figure.rows.count)
                for (row, expected) in zip(rows, figure.rows) {
                    let cells = (row.children ?? []).compactMap { $0 as? XMLElement }
                    #expect(cells.map { $0.value("data-column") } == figure.columns.map(\.name))
                    for (cell, value) in zip(cells, expected.cells) {
                        try Self.expect(cell, holds: value)
                    }
                }
            }
        }
    }

    static func expect(_ cell: XMLElement, holds value: FigureCell) throws {
        let raw = cell.value("data-value") ?? "missing"
        switch value {
        case .text(let text): #expect(raw == text)
        case .integer(let number): #expect(Int64(raw) == number)
        case .number(let number): #expect(Double(raw) == number)
        case .null: #expect(raw == "" && cell.value("data-null") == "true")
        case .suppressed: #expect(raw == "" && cell.value("data-suppressed") == "true" && cell.stringValue == "—")
        }
    }

    @Test("each figure's CSV link decodes to the figure's CSV, and the live link keeps the filters")
    func csvLinks() throws {
        let html = try ReportFixtures.render("institution-profile", language: .ms, apiBase: "https://data.example.gov.my/")
        let page = try PageDocument(html)
        let links = try page.elements("//a[@class='download']")
        #expect(links.count == 6)
        for link in links {
            let scope = FigureRequest.Scope(rawValue: link.value("data-scope") ?? "") ?? .selection
            let figure = try FigureFixtures.figure(FigureRequest(reference: link.value("data-figure") ?? "", scope: scope))
            let prefix = "data:text/csv;charset=utf-8;base64,"
            let href = link.value("href") ?? ""
            #expect(href.hasPrefix(prefix))
            let decoded = Data(base64Encoded: String(href.dropFirst(prefix.count))).flatMap { String(data: $0, encoding: .utf8) }
            #expect(decoded == figure.csv())
            #expect(link.value("download")?.hasSuffix(".csv") == true)
        }
        let live = try page.elements("//a[@class='live-csv']").compactMap { $0.value("href") }
        let byField = "https://data.example.gov.my/api/v1/dashboards/graduates/by-field.csv?year=2024&state=Pulau%20Pinang"
        #expect(live.contains(byField + "&institution_id=INS-0042"))
        #expect(live.contains(byField))
        let withoutBase = try ReportFixtures.render("supply-demand", language: .en)
        #expect(!withoutBase.contains("class=\"live-csv\""))
    }

    @Test("the header shows the filters, data version, date and institution in the page's language")
    func headerContext() throws {
        let ms = try PageDocument(try ReportFixtures.render("institution-profile", language: .ms))
        let meta = try ms.texts("//dl[@class='report-meta']//dd")
        #expect(meta.first?.contains("Tahun: 2024") == true)
        #expect(meta.first?.contains("Negeri: Pulau Pinang") == true)
        #expect(meta.contains("42"))
        #expect(meta.last == "29 November 2025, 15:06 MYT")
        #expect(try ms.texts("//p[@class='subtitle']") == ["Politeknik \(FigureFixtures.hostile)"])
        let en = try PageDocument(try ReportFixtures.render("institution-profile", language: .en))
        #expect(try en.texts("//dl[@class='report-meta']//dd").first?.contains("State: Penang") == true)
        #expect(try en.texts("//div[@class='headline-card']/span[@class='headline-national']").count == 4)
    }

    @Test("numbers are formatted by unit: percentages, ringgit, thousands")
    func numberFormatting() throws {
        let page = try PageDocument(try ReportFixtures.render("graduate-employability", language: .ms))
        let headline = try page.texts("//div[@class='headline-card']/span[@class='headline-value']")
        // graduates/summary: 1,234 graduates, rate 0.83 and 0.70, median RM 1,740 (seed 2).
        #expect(headline == ["1,234", "83.0%", "70.0%", "RM 1,740"])
        let kedah = try page.elements("//table[@data-figure='graduates/by-state']//tr[th[@data-value='Kedah']]/td")
        #expect(kedah.map { $0.stringValue ?? "" } == ["74", "80.5%", "67.5%", "RM 1,695"])
        let supply = try PageDocument(try ReportFixtures.render("supply-demand", language: .en))
        let gap = try supply.texts("//table[@data-figure='forecasts/intake-recommendations']//td[@data-column='recommended_change']")
        #expect(gap.first == "−10")
    }

    @Test("a report that needs a filter is refused without it")
    func requiredFilter() throws {
        let definition = try ReportFixtures.definition("institution-profile")
        #expect(throws: ReportRenderError.missingFilter(report: "institution-profile", filter: "institution_id")) {
            _ = try ReportRenderer().render(
                definition, figures: FigureFixtures.source, language: .en, context: ReportFixtures.context())
        }
    }

    @Test("a figure the source cannot give stops the rendering, naming it")
    func unavailableFigure() throws {
        let definition = try ReportFixtures.definition("supply-demand")
        let source = FigureSource(figures: [:])
        #expect(throws: ReportRenderError.self) {
            _ = try ReportRenderer().render(definition, figures: source, language: .en, context: ReportFixtures.context())
        }
    }
}

@Suite("Report context")
struct ReportContextTests {
    @Test("dashboard filters become the page's filters in parameter order, and national drops the institution")
    func fromDashboardFilters() throws {
        let filters = try DashboardFilters(query: ["institution_id": "INS-7", "state": "Johor", "year": "2023"])
        let context = ReportContext(filters: filters, dataVersion: 3, generatedAt: ReportFixtures.generatedAt)
        #expect(context.filters.map(\.parameter) == ["year", "state", "institution_id"])
        #expect(context.filters.map(\.value) == ["2023", "Johor", "INS-7"])
        #expect(context.nationalFilters.map(\.parameter) == ["year", "state"])
    }
}
