import Foundation
import Reports
import TVET
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Charts")
struct ChartTests {
    /// The inline SVG of the chart of `kind` in the page, cut out so that it is parsed on its own.
    static func charts(_ kind: String, in html: String) throws -> [PageDocument] {
        var documents: [PageDocument] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\"") {
            guard let end = rest[start.lowerBound...].range(of: "</svg>") else { break }
            documents.append(try PageDocument(String(rest[start.lowerBound..<end.upperBound])))
            rest = rest[end.upperBound...]
        }
        return documents
    }

    @Test("the tile map has exactly one labelled tile for each of the 16 states", arguments: ReportLanguage.allCases)
    func tileMapTiles(language: ReportLanguage) throws {
        let html = try ReportFixtures.render("graduate-employability", language: language)
        let maps = try Self.charts("tilemap", in: html)
        #expect(maps.count == 1)
        let map = try #require(maps.first)
        let tiles = try map.elements("//*[local-name()='g'][@class='state-tile']")
        #expect(tiles.count == 16)
        #expect(Set(tiles.compactMap { $0.value("data-state") }) == Set(MalaysianState.allCases.map(\.name)))
        let codes = try map.texts("//*[local-name()='g'][@class='state-tile']/*[local-name()='text'][@class='tile-code']")
        #expect(Set(codes).count == 16 && codes.allSatisfy { $0.count == 3 })
        let values = try map.texts("//*[local-name()='g'][@class='state-tile']/*[local-name()='text'][@class='tile-value']")
        #expect(values.count == 16 && values.allSatisfy { !$0.isEmpty })
        let titles = try map.texts("//*[local-name()='g'][@class='state-tile']/*[local-name()='title']")
        #expect(titles.count == 16 && titles.contains { $0.hasPrefix(language == .ms ? "Pulau Pinang: " : "Penang: ") })
        #expect(try map.elements("/*[local-name()='svg'][@role='img'][@aria-label]/*[local-name()='title']").count == 1)
        let putrajaya = try #require(tiles.first { $0.value("data-state") == "W.P. Putrajaya" })
        #expect(putrajaya.value("data-value") == "")
        let fill = try putrajaya.nodes(forXPath: "*[local-name()='rect']").compactMap { ($0 as? XMLElement)?.value("fill") }
        #expect(fill.first?.hasPrefix("url(#tilemap-") == true)
        #expect(values.contains("—"))
    }

    @Test("tiles darken with the value, on one sequential scale")
    func tileMapScale() throws {
        let html = try ReportFixtures.render("graduate-employability", language: .en)
        let map = try #require(try Self.charts("tilemap", in: html).first)
        var shadeByValue: [(Double, Int)] = []
        for tile in try map.elements("//*[local-name()='g'][@class='state-tile']") {
            guard let value = Double(tile.value("data-value") ?? ""),
                let fill = try tile.nodes(forXPath: "*[local-name()='rect']").compactMap({ ($0 as? XMLElement)?.value("fill") }).first,
                let red = Int(fill.dropFirst().prefix(2), radix: 16)
            else { continue }
            shadeByValue.append((value, red))
        }
        #expect(shadeByValue.count == 15)
        let sorted = shadeByValue.sorted { $0.0 < $1.0 }
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.1 >= $1.1 }, "a higher value must not be lighter")
    }

    @Test("bar charts: one bar per value, a second series side by side, labelled")
    func barChart() throws {
        let html = try ReportFixtures.render("supply-demand", language: .en)
        let chart = try #require(try Self.charts("bar", in: html).first)
        let groups = try chart.elements("//*[local-name()='g'][@class='bar-group' or @class='bar-absent']")
        #expect(groups.count == TVETField.allCases.count * 2)
        #expect(Set(groups.compactMap { $0.value("data-column") }) == ["supply", "demand"])
        let withheld = groups.filter { $0.value("class") == "bar-absent" }
        #expect(withheld.count == 1 && withheld.first?.value("data-column") == "demand")
        #expect(try chart.texts("//*[local-name()='g'][@class='legend']/*[local-name()='text']") == ["en supply", "en demand"])
        #expect(try chart.texts("/*[local-name()='svg']/*[local-name()='title']") == ["Supply against demand by field"])
    }

    @Test("line charts: years along x, an interval band per forecast measure, one panel per field")
    func lineChart() throws {
        let html = try ReportFixtures.render("supply-demand", language: .ms)
        let panels = try Self.charts("line", in: html)
        #expect(panels.count == 6)
        for panel in panels {
            #expect(try panel.elements("//*[local-name()='polygon'][@class='band']").count == 2)
            #expect(try panel.elements("//*[local-name()='polyline']").count == 2)
            #expect(try panel.texts("//*[local-name()='text'][@class='tick']").filter { ["2025", "2026", "2027"].contains($0) }.count == 3)
        }
        let trend = try Self.charts("line", in: try ReportFixtures.render("graduate-employability", language: .en))
        #expect(trend.count == 1)
        #expect(try trend.first?.elements("//*[local-name()='circle']").count == 12)
    }

    @Test("the institution's line runs beside the national one, dashed")
    func nationalComparison() throws {
        let html = try ReportFixtures.render("institution-profile", language: .en)
        let trend = try #require(try Self.charts("line", in: html).first)
        let lines = try trend.elements("//*[local-name()='polyline']")
        #expect(lines.count == 2)
        #expect(lines.filter { $0.value("stroke-dasharray") != nil }.count == 1)
        let bars = try #require(try Self.charts("bar", in: html).first)
        #expect(try bars.texts("//*[local-name()='g'][@class='legend']/*[local-name()='text']").last == "National")
    }
}
