import Foundation
import TVET
import Testing

@testable import Analytics

@Suite struct FigureModelTests {
    static let sample = Figure(
        id: "by-state", dashboard: "graduates", title: BilingualText(ms: "Graduan mengikut negeri", en: "Graduates by state"),
        method: BilingualText(ms: "Kaedah", en: "Method"),
        columns: [
            FigureColumn(name: "state", label: BilingualText(ms: "Negeri", en: "State"), role: .dimension, unit: .text),
            FigureColumn(name: "level", label: BilingualText(ms: "Tahap", en: "Level"), role: .dimension, unit: .number),
            FigureColumn(name: "graduates", label: BilingualText(ms: "Graduan", en: "Graduates"), role: .measure, unit: .count),
            FigureColumn(
                name: "employability_rate", label: BilingualText(ms: "Kadar", en: "Rate"), role: .measure, unit: .rate,
                basis: "graduates"),
            FigureColumn(name: "median_salary", label: BilingualText(ms: "Gaji", en: "Salary"), role: .measure, unit: .ringgit),
        ],
        rows: [
            FigureRow(cells: [.text("Johor"), .integer(4), .integer(1234), .number(0.91), .number(1800)]),
            FigureRow(cells: [.text("Perlis, \"utara\""), .integer(1), .suppressed, .suppressed, .null]),
            FigureRow(cells: [.null, .integer(2), .integer(7), .number(1), .number(2150.5)]),
        ],
        suppressed: true, threshold: 5, dataVersion: 42)

    @Test func jsonHasTheContractShape() throws {
        let data = try JSONEncoder().encode(Self.sample)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["id", "dashboard", "title", "method", "columns", "rows", "suppressed", "threshold", "data_version"])
        #expect(object["data_version"] as? Int == 42 && object["threshold"] as? Int == 5 && object["suppressed"] as? Bool == true)
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(Set(columns[0].keys) == ["name", "label", "role", "unit", "basis"])
        #expect(columns[0]["basis"] is NSNull && columns[3]["basis"] as? String == "graduates")
        #expect(columns[2]["role"] as? String == "measure" && columns[2]["unit"] as? String == "count")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows[0]["state"] as? String == "Johor" && rows[0]["graduates"] as? Int == 1234)
        #expect(rows[0]["employability_rate"] as? Double == 0.91 && rows[0]["suppressed"] == nil)
        #expect(rows[1]["graduates"] is NSNull && rows[1]["median_salary"] is NSNull)
        #expect(rows[1]["suppressed"] as? Bool == true)
        #expect(rows[1]["suppressed_columns"] as? [String] == ["graduates", "employability_rate"])
        let title = try #require(object["title"] as? [String: String])
        #expect(title == ["ms": "Graduan mengikut negeri", "en": "Graduates by state"])
        let unsuppressed = Figure(
            id: "x", dashboard: "y", title: Self.sample.title, method: Self.sample.method, columns: [], rows: [],
            suppressed: false, threshold: nil, dataVersion: 1)
        let plain = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(unsuppressed)) as? [String: Any]
        #expect(plain?["threshold"] is NSNull)
    }

    @Test func jsonRoundTrips() throws {
        let decoded = try JSONDecoder().decode(Figure.self, from: try JSONEncoder().encode(Self.sample))
        #expect(decoded == Self.sample)
        #expect(decoded.reference == "graduates/by-state")
        let dashboard = Dashboard(
            name: "graduates", title: BilingualText(ms: "Graduan", en: "Graduates"),
            filters: DashboardFilters(year: 2024, institutionType: "ILP"), figures: [Self.sample], dataVersion: 42)
        let data = try JSONEncoder().encode(dashboard)
        #expect(try JSONDecoder().decode(Dashboard.self, from: data) == dashboard)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((object?["filters"] as? [String: Any])?["institution_type"] as? String == "ILP")
        #expect(object?["data_version"] as? Int == 42)
        #expect(dashboard.figure("by-state") == Self.sample && dashboard.figure("by-field") == nil)
    }

    @Test func generatedFiguresRoundTrip() throws {
        let fixture = try AnalyticsFixture.load()
        let dashboard = try fixture.service().dashboard(
            name: "applications", filters: DashboardFilters(state: "Kedah"), audience: .standardPublic)
        #expect(dashboard.figures.contains { $0.suppressed })
        let decoded = try JSONDecoder().decode(Dashboard.self, from: try JSONEncoder().encode(dashboard))
        #expect(decoded == dashboard)
    }

    @Test func csvQuotesAndListsSuppressedColumns() {
        let lines = Self.sample.csv().components(separatedBy: "\r\n")
        #expect(
            lines == [
                "state,level,graduates,employability_rate,median_salary,suppressed",
                "Johor,4,1234,0.91,1800,",
                "\"Perlis, \"\"utara\"\"\",1,,,,graduates;employability_rate",
                ",2,7,1,2150.5,",
                "",
            ])
    }

    @Test func filtersAreReadAndChecked() throws {
        let filters = try DashboardFilters(query: [
            "year": "2024", "state": "W.P. Kuala Lumpur", "field": "ICT", "level": "4", "ministry": "KPT",
            "institution_type": "POLITEKNIK", "institution_id": "I000123", "lang": "ms", "ignored": "",
        ])
        #expect(
            filters
                == DashboardFilters(
                    year: 2024, state: "W.P. Kuala Lumpur", field: "ICT", level: 4, ministry: "KPT",
                    institutionType: "POLITEKNIK", institutionId: "I000123"))
        #expect(try DashboardFilters(query: filters.query) == filters)
        #expect(try DashboardFilters(query: ["state": ""]).isEmpty)
        let cases: [([String: String], String)] = [
            (["year": "twenty"], "year"), (["year": "1999"], "year"), (["level": "6"], "level"),
            (["state": "Atlantis"], "state"), (["field": "ict"], "field"), (["ministry": "MOF"], "ministry"),
            (["institution_type": "UNIVERSITY"], "institution_type"), (["institution_id": "I 1; DROP"], "institution_id"),
        ]
        for (query, parameter) in cases {
            do {
                _ = try DashboardFilters(query: query)
                Issue.record("\(query) was accepted")
            } catch {
                #expect(error.parameter == parameter)
                #expect(error.description.contains("'\(parameter)'"))
            }
        }
    }
}
