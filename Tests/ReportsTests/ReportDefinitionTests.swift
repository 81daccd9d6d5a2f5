import Analytics
import Foundation
import Reports
import Testing

@Suite("Report definitions")
struct ReportDefinitionTests {
    @Test("every file in reports/ loads, with the three reports of the contract")
    func everyDefinitionLoads() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: ReportFixtures.directory).filter { $0.hasSuffix(".json") }
        let library = try ReportFixtures.library()
        #expect(library.names.count == files.count)
        for name in ["graduate-employability", "supply-demand", "institution-profile"] {
            #expect(library.definition(named: name) != nil, "missing report \(name)")
        }
        for definition in library.definitions.values {
            #expect(!definition.title.ms.isEmpty && !definition.title.en.isEmpty && definition.title.ms != definition.title.en)
            for section in definition.sections {
                #expect(!section.text.ms.isEmpty && !section.text.en.isEmpty)
            }
        }
        #expect(try ReportFixtures.definition("institution-profile").requiredFilters == ["institution_id"])
    }

    @Test("every section's chart suits the figure it names, in both scopes it asks for")
    func chartsSuitTheirFigures() throws {
        for definition in try ReportFixtures.library().definitions.values {
            for section in definition.sections {
                try section.check(try FigureFixtures.figure(FigureRequest(reference: section.figure)))
                if section.withNational {
                    try section.check(try FigureFixtures.figure(FigureRequest(reference: section.figure, scope: .national)))
                }
            }
        }
    }

    @Test("the graduate-employability report draws what the issue asks for")
    func graduateEmployabilityContents() throws {
        let sections = try ReportFixtures.definition("graduate-employability").sections
        let charts = Dictionary(uniqueKeysWithValues: sections.map { ($0.figure, $0.chart) })
        #expect(charts["graduates/summary"] == .headline)
        #expect(charts["graduates/by-state"] == .tilemap)
        #expect(charts["graduates/by-field"] == .bar)
        #expect(charts["overview/employability-trend"] == .line)
        #expect(charts["graduates/by-level"] == .table)
        #expect(charts["graduates/by-ministry"] == .table)
        let supply = try ReportFixtures.definition("supply-demand").sections
        #expect(supply.first { $0.figure == "supply-demand/by-field" }?.measures == ["supply", "demand"])
    }

    @Test("a section whose figure lacks a column is refused, naming the column")
    func unsuitableFigureIsRefused() throws {
        let section = ReportSection(
            figure: "graduates/by-field", chart: .tilemap, measures: ["employability_rate"],
            text: .init(ms: "t", en: "t"))
        let figure = try FigureFixtures.figure(FigureRequest(reference: "graduates/by-field"))
        #expect(throws: ReportRenderError.self) { try section.check(figure) }
        let missing = ReportSection(figure: "graduates/by-field", chart: .bar, measures: ["salary"], text: .init(ms: "t", en: "t"))
        do {
            try missing.check(figure)
            Issue.record("a missing measure was accepted")
        } catch {
            #expect(String(describing: error).contains("\"salary\""))
        }
    }

    static let texts = #""title": {"ms": "a", "en": "b"}, "intro": {"ms": "a", "en": "b"}"#
    static let text = #""text": {"ms": "a", "en": "b"}"#

    /// A definition of one section; `head` replaces the title and introduction.
    static func definition(head: String = texts, _ section: String) -> String {
        #"{"name": "x", "# + head + #", "sections": [{"# + section + "}]}"
    }

    static let invalidDefinitions: [(json: String, field: String)] = [
        (#"{"sections": []}"#, "name"),
        (definition(#""figure": "graduates/by-state", "chart": "pie", "measures": ["graduates"], "# + text), "sections[0].chart"),
        (
            definition(#""figure": "graduates/by-state", "chart": "bar", "measures": ["graduates"], "text": {"ms": "a"}"#),
            "sections[0].text.en"
        ),
        (
            definition(
                head: #""title": {"ms": "a", "en": ""}, "intro": {"ms": "a", "en": "b"}"#,
                #""figure": "a/b", "chart": "bar", "measures": ["graduates"], "# + text), "title.en"
        ),
        (definition(#""figure": "by-state", "chart": "bar", "measures": ["graduates"], "# + text), "sections[0].figure"),
        (definition(#""figure": "a/b", "chart": "tilemap", "measures": ["graduates", "ratio"], "# + text), "sections[0].measures"),
        (definition(#""figure": "a/b", "chart": "bar", "measures": ["graduates"], "colour": "red", "# + text), "sections[0].colour"),
        (
            definition(#""figure": "a/b", "chart": "bar", "measures": ["graduates"], "with_national": 1, "# + text),
            "sections[0].with_national"
        ),
        (
            definition(head: texts + #", "required_filters": ["school"]"#, #""figure": "a/b", "chart": "table", "# + text),
            "required_filters"
        ),
        (
            definition(#""figure": "a/b", "chart": "bar", "measures": ["graduates"], "panel_by": "field", "# + text),
            "sections[0].panel_by"
        ),
    ]

    @Test("invalid definitions are refused with the file and the field", arguments: invalidDefinitions)
    func invalidDefinitionsNameTheField(json: String, field: String) throws {
        do {
            _ = try ReportDefinition.decode(Data(json.utf8), file: "broken.json")
            Issue.record("accepted an invalid definition; expected an error at \(field)")
        } catch let error as ReportDefinitionError {
            #expect(error.file == "broken.json")
            #expect(error.field == field, "\(error)")
            #expect(error.description.hasPrefix("broken.json: "))
        }
    }

    @Test("a file whose name differs from its definition's name is refused")
    func nameMustMatchFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try Data(contentsOf: URL(fileURLWithPath: ReportFixtures.directory + "/supply-demand.json"))
        try source.write(to: folder.appendingPathComponent("renamed.json"))
        let expected = ReportDefinitionError(
            file: "renamed.json", field: "name", reason: "is \"supply-demand\" but the file is renamed.json")
        #expect(throws: expected) {
            _ = try ReportLibrary(directory: folder.path)
        }
    }
}
