import Analytics
import Columnar
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import TVET
import ServerTestSupport
import TestSupport
import Testing

/// CONTRACT 3.7 over HTTP: dashboards, figures, CSV, diagnostics and report pages, public figures for anonymous
/// callers and unsuppressed ones for callers cleared for the data, each equal to what the analytics service computes.
@Suite struct AnalyticsAPITests {
    let fixture: ServerFixture
    init() throws { fixture = try SharedFixture.get() }

    var analytics: DashboardService { fixture.services.analytics }
    static let publicAudience = Audience.public(threshold: 5)

    /// A state whose graduates dashboard loses cells to disclosure control, so that public and cleared differ.
    func smallFilters() throws -> DashboardFilters {
        for state in MalaysianState.allCases {
            let filters = DashboardFilters(state: state.name)
            let open = try analytics.dashboard(name: "graduates", filters: filters, audience: Self.publicAudience)
            if open.figures.contains(where: \.suppressed) { return filters }
        }
        Issue.record("no state of the fixture has a withheld cell")
        throw CancellationError()
    }

    /// An institution of the fixture whose graduates are few enough that its public profile withholds cells.
    func institutionID() throws -> String {
        let snapshot = fixture.services.data.engine.snapshot
        let institutions = try #require(snapshot.table("institutions"))
        for row in 0..<institutions.rowCount {
            guard case .string(let id) = institutions.value(row: row, column: "institution_id") else { continue }
            let filters = DashboardFilters(institutionId: id)
            let byField = try analytics.figure(reference: "graduates/by-field", filters: filters, audience: .cleared)
            if byField.rows.count > 1,
                try analytics.figure(reference: "graduates/by-field", filters: filters, audience: Self.publicAudience).suppressed
            {
                return id
            }
        }
        Issue.record("no institution of the fixture has a profile with withheld cells")
        throw CancellationError()
    }

    /// A value as the API encodes it, decoded back to the loose JSON the responses are read as.
    static func json(_ value: some Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(value))
    }

    /// The query string of `filters`, percent-encoded.
    static func query(_ filters: DashboardFilters, _ extra: [String: String] = [:]) -> String {
        let pairs = filters.query.merging(extra) { $1 }.sorted { $0.key < $1.key }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return pairs.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }

    /// The envelope's `data` of a response, every number exactly as written.
    static func data(_ response: TestResponse) throws -> JSONValue {
        try #require(try JSONValue.parse(Data(response.body.readableBytesView))["data"])
    }

    @Test func anonymousCallersGetThePublicFiguresAndAnalystsTheUnsuppressedOnes() async throws {
        let filters = try smallFilters()
        let open = try analytics.dashboard(name: "graduates", filters: filters, audience: Self.publicAudience)
        let cleared = try analytics.dashboard(name: "graduates", filters: filters, audience: .cleared)
        #expect(open != cleared)
        let withheld = open.figures.flatMap(\.rows).flatMap(\.cells).filter { $0 == .suppressed }.count
        #expect(withheld > 0)
        let expectedOpen = try Self.json(open), expectedCleared = try Self.json(cleared)
        let uri = "/api/v1/dashboards/graduates?" + Self.query(filters)
        try await fixture.test { client in
            for caller in [nil, "graduate", "employer"] as [String?] {
                try await client.execute(uri: uri, method: .get, headers: fixture.headers(caller)) { response in
                    #expect(response.status == .ok)
                    #expect(response.envelope.data == expectedOpen, "\(caller ?? "anonymous") did not get the public figures")
                }
            }
            try await client.execute(uri: uri, method: .get) { response in
                var marked = 0
                for figure in response.envelope.data["figures"]?.items ?? [] {
                    #expect(figure["threshold"]?.int == 5)
                    for row in figure["rows"]?.items ?? [] {
                        guard let columns = row["suppressed_columns"]?.items else {
                            #expect(row["suppressed"] == nil)
                            continue
                        }
                        #expect(row["suppressed"] == .bool(true))
                        #expect(!columns.isEmpty)
                        for column in columns {
                            #expect(row[column.text ?? ""] == .null, "withheld \(column) is not null")
                            marked += 1
                        }
                    }
                }
                #expect(marked == withheld)
            }
            for caller in ["analyst", "controller", "agency"] {
                try await client.execute(uri: uri, method: .get, headers: fixture.headers(caller)) { response in
                    #expect(response.status == .ok)
                    #expect(response.envelope.data == expectedCleared, "\(caller) did not get the unsuppressed figures")
                    #expect(!String(buffer: response.body).contains("suppressed_columns"))
                }
            }
        }
    }

    @Test func unfilteredDashboardsEqualTheServicesFigures() async throws {
        let names = DashboardService.dashboardNames + ["forecasts"]
        #expect(names.count == 8)
        try await fixture.test { client in
            for name in names {
                let expected =
                    name == "forecasts"
                    ? try analytics.forecasts(filters: DashboardFilters(), audience: Self.publicAudience)
                    : try analytics.dashboard(name: name, filters: DashboardFilters(), audience: Self.publicAudience)
                #expect(!expected.figures.isEmpty)
                let json = try Self.json(expected)
                try await client.execute(uri: "/api/v1/dashboards/" + name, method: .get) { response in
                    #expect(response.status == .ok, "\(name)")
                    #expect(response.envelope.data == json, "\(name)")
                    #expect(response.envelope.data["name"]?.text == name)
                }
            }
        }
    }

    @Test func unknownNamesAre404AndBadFiltersA400NamingTheParameter() async throws {
        try await fixture.test { client in
            for uri in [
                "/api/v1/dashboards/no-such-dashboard", "/api/v1/dashboards/graduates/no-such-figure",
                "/api/v1/dashboards/graduates/no-such-figure.csv", "/api/v1/diagnostics/no-such-diagnostic",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.header("UXP-FaultCode") == "Client.NotFound", "\(uri)")
                    #expect(response.header("UXP-FaultString")?.isEmpty == false)
                    #expect(UUID(uuidString: response.header("UXP-FaultDetail") ?? "") != nil)
                    #expect(response.envelope.success == false)
                }
            }
            for (query, parameter) in [
                ("year=twenty", "year"), ("year=1850", "year"), ("level=9", "level"), ("state=Atlantis", "state"),
                ("field=ASTROLOGY", "field"), ("ministry=NOPE", "ministry"), ("institution_type=NOPE", "institution_type"),
                ("institution_id=a%20b", "institution_id"),
            ] {
                for path in ["/api/v1/dashboards/graduates", "/api/v1/dashboards/graduates/by-state.csv", "/api/v1/diagnostics/compare"] {
                    try await client.execute(uri: path + "?" + query, method: .get) { response in
                        #expect(response.status == .badRequest, "\(path)?\(query)")
                        #expect(response.header("UXP-FaultCode") == "Client.BadRequest")
                        #expect(response.envelope.message.contains("'\(parameter)'"), "\(response.envelope.message)")
                    }
                }
            }
            for (query, parameter) in [("group_by=colour", "group_by"), ("measure=happiness", "measure"), ("from=2024&to=2020", "from")] {
                try await client.execute(uri: "/api/v1/diagnostics/employability-change?" + query, method: .get) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(response.envelope.message.contains(parameter), "\(response.envelope.message)")
                }
            }
        }
    }

    @Test func aFiguresCSVIsTheFiguresOwnCSVForTheCaller() async throws {
        let filters = try smallFilters()
        let open = try analytics.figure(reference: "graduates/by-field", filters: filters, audience: Self.publicAudience)
        let cleared = try analytics.figure(reference: "graduates/by-field", filters: filters, audience: .cleared)
        #expect(open.csv() != cleared.csv())
        let openJSON = try Self.json(open)
        let uri = "/api/v1/dashboards/graduates/by-field.csv?" + Self.query(filters)
        try await fixture.test { client in
            for (caller, expected) in [(nil, open), ("analyst", cleared)] as [(String?, Figure)] {
                try await client.execute(uri: uri, method: .get, headers: fixture.headers(caller)) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                    #expect(response.headers[.contentDisposition]?.contains("graduates-by-field.csv") == true)
                    #expect(String(buffer: response.body) == expected.csv(), "\(caller ?? "anonymous")")
                }
            }
            try await client.execute(uri: "/api/v1/dashboards/graduates/by-field?" + Self.query(filters), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data == openJSON)
            }
        }
    }

    @Test func employabilityChangeEffectsSumToTheChange() async throws {
        try await fixture.test { client in
            for (caller, groupBy) in [("analyst", "field"), ("analyst", "state"), (nil, "level")] as [(String?, String)] {
                let uri = "/api/v1/diagnostics/employability-change?group_by=" + groupBy
                try await client.execute(uri: uri, method: .get, headers: fixture.headers(caller)) { response in
                    #expect(response.status == .ok)
                    let rows = try Self.data(response)["rows"]?.items ?? []
                    let total = try #require(rows.last)
                    #expect(total["group"]?.text == "TOTAL")
                    let groups = rows.dropLast()
                    #expect(groups.count > 1)
                    func number(_ row: JSONValue, _ key: String) -> Double? { row[key]?.number }
                    let change = try #require(number(total, "rate_to")) - (try #require(number(total, "rate_from")))
                    #expect(abs(try #require(number(total, "total_effect")) - change) < 1e-9)
                    if caller != nil {
                        let mix = groups.compactMap { number($0, "mix_effect") }.reduce(0, +)
                        let rate = groups.compactMap { number($0, "rate_effect") }.reduce(0, +)
                        #expect(groups.allSatisfy { number($0, "mix_effect") != nil && number($0, "rate_effect") != nil })
                        #expect(abs(mix + rate - change) < 1e-9, "\(groupBy): \(mix) + \(rate) != \(change)")
                        #expect(abs(mix - (number(total, "mix_effect") ?? .nan)) < 1e-9)
                    }
                    for row in groups {
                        if let mix = number(row, "mix_effect"), let rate = number(row, "rate_effect"), let sum = number(row, "total_effect") {
                            #expect(abs(mix + rate - sum) < 1e-9)
                        }
                    }
                }
            }
        }
    }

    @Test func compareIntervalsHoldTheRateAndEqualTheService() async throws {
        let parameters = ["group_by": "state", "measure": "employment"]
        let expected = try Self.json(
            try analytics.diagnostic(name: "compare", parameters: parameters, filters: DashboardFilters(), audience: .cleared))
        try await fixture.test { client in
            for caller in [nil, "analyst"] as [String?] {
                try await client.execute(
                    uri: "/api/v1/diagnostics/compare?group_by=state&measure=employment", method: .get, headers: fixture.headers(caller)
                ) { response in
                    #expect(response.status == .ok)
                    if caller != nil { #expect(response.envelope.data == expected) }
                    let rows = try Self.data(response)["rows"]?.items ?? []
                    #expect(rows.count > 1)
                    var checked = 0
                    for row in rows {
                        guard let low = row["ci_low"]?.number, let rate = row["rate"]?.number, let high = row["ci_high"]?.number
                        else { continue }
                        #expect(low <= rate && rate <= high, "\(row)")
                        #expect(0 <= low && high <= 1)
                        checked += 1
                    }
                    #expect(caller == nil ? checked > 0 : checked == rows.count)
                }
            }
        }
    }

    @Test func reportPagesListRenderAndRefuseMistakes() async throws {
        let institution = try institutionID()
        try await fixture.test { client in
            try await client.execute(uri: "/reports", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let page = String(buffer: response.body)
                for name in ["graduate-employability", "supply-demand", "institution-profile"] {
                    #expect(page.contains("/reports/\(name).html?lang=en"), "\(name) is not listed")
                    #expect(page.contains("/reports/\(name).html?lang=ms"))
                }
            }
            try await client.execute(uri: "/reports/graduate-employability.html?lang=en", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let page = String(buffer: response.body)
                #expect(page.hasPrefix("<!DOCTYPE html>"))
                #expect(page.contains("<html lang=\"en\">") && page.contains("<h1>Employability of TVET Graduates</h1>"))
            }
            try await client.execute(uri: "/reports/graduate-employability.html", method: .get) { response in
                #expect(String(buffer: response.body).contains("<h1>Kebolehpasaran Graduan TVET</h1>"))
            }
            try await client.execute(uri: "/reports/institution-profile.html?lang=en&institution_id=\(institution)", method: .get) {
                response in
                #expect(response.status == .ok)
            }
            for (uri, status, code) in [
                ("/reports/institution-profile.pdf?lang=en", HTTPResponse.Status.badRequest, "Client.BadRequest"),
                ("/reports/institution-profile.html?institution_id=NOPE-0000", .notFound, "Client.NotFound"),
                ("/reports/graduate-employability.html?lang=xx", .badRequest, "Client.BadRequest"),
                ("/reports/graduate-employability.html?year=soon", .badRequest, "Client.BadRequest"),
                ("/reports/no-such-report.html", .notFound, "Client.NotFound"),
                ("/reports/graduate-employability.txt", .notFound, "Client.NotFound"),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.header("UXP-FaultCode") == code, "\(uri)")
                }
            }
            try await client.execute(uri: "/reports/institution-profile.pdf?lang=en", method: .get) { response in
                #expect(response.envelope.message.contains("institution_id"))
            }
            // Without an institution, the page asks for one: every institution of the chosen state, by name.
            try await client.execute(uri: "/reports/institution-profile.html?lang=en&state=Johor", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && html.contains("<select id=\"institution_id\" name=\"institution_id\">"))
                #expect(html.contains("(Johor)") && !html.contains("(Selangor)"))
            }
        }
    }

    @Test func eachFiguresLiveCSVLinkAnswersTheCSVThePageCarries() async throws {
        let institution = try institutionID()
        try await fixture.test { client in
            let html = try await client.execute(uri: "/reports/institution-profile.html?institution_id=\(institution)", method: .get) {
                String(buffer: $0.body)
            }
            let pattern = #"href="data:text/csv;charset=utf-8;base64,([^"]*)">[^<]*</a> <a class="live-csv" href="([^"]*)">"#
            let expression = try NSRegularExpression(pattern: pattern)
            let links = expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
                (String(html[Range(match.range(at: 1), in: html)!]), String(html[Range(match.range(at: 2), in: html)!]))
            }
            #expect(links.count == 6, "\(links.count) live CSV links")
            #expect(links.contains { !$0.1.contains("institution_id") } && links.contains { $0.1.contains("institution_id=") })
            for (embedded, live) in links {
                let uri = live.replacingOccurrences(of: "&amp;", with: "&")
                #expect(uri.hasPrefix("/api/v1/dashboards/"))
                let carried = Data(base64Encoded: embedded).map { String(decoding: $0, as: UTF8.self) }
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(String(buffer: response.body) == carried, "\(uri)")
                }
            }
        }
    }

    /// The researcher's pages mix public figures (those that read salaries) with unsuppressed ones, each as the
    /// JSON API gives it to them.
    @Test(arguments: [nil, "analyst", "researcher"] as [String?])
    func everyValueOfAReportPageIsTheJSONAPIsValue(caller: String?) async throws {
        let institution = try institutionID()
        let state = try #require(try smallFilters().state)
        let pages: [(String, [String: String])] = [
            ("graduate-employability", [:]), ("graduate-employability", ["state": state]), ("supply-demand", [:]),
            ("supply-demand", ["state": state]), ("institution-profile", ["institution_id": institution]),
        ]
        let withheldCells = try await fixture.test { client in
            var withheld = 0
            for (name, query) in pages {
                let filters = try DashboardFilters(query: query)
                let html = try await client.execute(
                    uri: "/reports/\(name).html?" + Self.query(filters, ["lang": "en"]), method: .get, headers: fixture.headers(caller)
                ) { response in
                    #expect(response.status == .ok, "\(name) \(query)")
                    return String(buffer: response.body)
                }
                let tables = ReportTable.all(in: html)
                #expect(tables.count >= 3, "\(name): \(tables.count) tables")
                #expect(tables.contains { $0.scope == "national" } == (name == "institution-profile"))
                for table in tables {
                    var scoped = filters
                    if table.scope == "national" { scoped.institutionId = nil }
                    try await client.execute(
                        uri: "/api/v1/dashboards/\(table.reference)?" + Self.query(scoped), method: .get, headers: fixture.headers(caller)
                    ) { response in
                        #expect(response.status == .ok, "\(table.reference)")
                        let differences = table.differences(from: try Self.data(response))
                        #expect(differences.isEmpty, "\(name) \(query): \(differences.prefix(5))")
                    }
                }
                withheld += html.components(separatedBy: "data-suppressed=\"true\"").count - 1
            }
            return withheld
        }
        // The small filters withhold cells for the public and the researcher, and none for the SULIT analyst.
        #expect(caller == "analyst" ? withheldCells == 0 : withheldCells > 0)
    }
}
