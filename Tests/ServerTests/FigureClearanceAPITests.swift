import Analytics
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import TVET
import TestSupport
import Testing

/// Dashboards, figures, CSV, diagnostics and reports apply the clearance queries apply: a RESEARCHER (TERHAD), who is
/// refused `monthly_salary` in `POST /api/v1/query`, gets the public figures of every dashboard that reads it, so a
/// one-person cell never shows its median salary; SULIT callers still get them unsuppressed.
@Suite struct FigureClearanceAPITests {
    let fixture: ServerFixture
    init() throws { fixture = try SharedFixture.get() }

    var analytics: DashboardService { fixture.services.analytics }
    static let publicAudience = Audience.public(threshold: 5)

    /// An institution, year and gender whose graduates number fewer than five, with a median salary: one person's
    /// pay, or a couple's.
    func tinyCell() throws -> (filters: DashboardFilters, gender: String) {
        let years = try analytics.figure(reference: "graduates/by-year", filters: DashboardFilters(), audience: .cleared)
            .cells("year").compactMap(\.integerValue)
        let institutions = try #require(fixture.services.data.engine.snapshot.table("institutions"))
        for row in 0..<institutions.rowCount {
            guard case .string(let id) = institutions.value(row: row, column: "institution_id") else { continue }
            for year in years {
                let filters = DashboardFilters(year: Int(year), institutionId: id)
                let figure = try analytics.figure(reference: "graduates/by-gender", filters: filters, audience: .cleared)
                for cells in figure.rows.map(\.cells) {
                    guard let graduates = cells[1].integerValue, (1..<5).contains(graduates), cells[4].doubleValue != nil,
                        let gender = cells[0].textValue
                    else { continue }
                    return (filters, gender)
                }
            }
        }
        Issue.record("no institution of the fixture has a gender cell of fewer than five graduates with a salary")
        throw CancellationError()
    }

    @Test func aResearcherGetsTheSalaryFiguresSuppressedAndSULITCallersUnsuppressed() async throws {
        let (filters, gender) = try tinyCell()
        let open = try analytics.figure(reference: "graduates/by-gender", filters: filters, audience: Self.publicAudience)
        let cleared = try analytics.figure(reference: "graduates/by-gender", filters: filters, audience: .cleared)
        let openJSON = try AnalyticsAPITests.json(open)
        let clearedJSON = try AnalyticsAPITests.json(cleared)
        let openDashboard = try AnalyticsAPITests.json(
            try analytics.dashboard(name: "graduates", filters: filters, audience: Self.publicAudience))
        let openOverview = try AnalyticsAPITests.json(
            try analytics.dashboard(name: "overview", filters: filters, audience: Self.publicAudience))
        let query = AnalyticsAPITests.query(filters)
        @Sendable func row(_ figure: JSONValue) -> JSONValue? { figure["rows"]?.items.first { $0["gender"]?.text == gender } }
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/v1/dashboards/graduates/by-gender?" + query, method: .get, headers: fixture.headers("researcher")
            ) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data == openJSON)
                let cell = try #require(row(response.envelope.data))
                // Perturbed, a count under five is withheld or comes out as 0; the median over it is withheld either way.
                #expect(cell["median_salary"] == .null && cell["suppressed"] == .bool(true))
                #expect(cell["graduates"] == .null || cell["graduates"]?.int == 0)
                #expect(response.envelope.data["threshold"]?.int == 5)
            }
            try await client.execute(
                uri: "/api/v1/dashboards/graduates/by-gender.csv?" + query, method: .get, headers: fixture.headers("researcher")
            ) { response in
                #expect(String(buffer: response.body) == open.csv())
            }
            for (dashboard, expected) in [("graduates", openDashboard), ("overview", openOverview)] {
                try await client.execute(
                    uri: "/api/v1/dashboards/\(dashboard)?" + query, method: .get, headers: fixture.headers("researcher")
                ) { response in
                    #expect(response.envelope.data == expected, "\(dashboard)")
                }
            }
            for caller in ["controller", "analyst", "agency"] {
                try await client.execute(
                    uri: "/api/v1/dashboards/graduates/by-gender?" + query, method: .get, headers: fixture.headers(caller)
                ) { response in
                    #expect(response.envelope.data == clearedJSON, "\(caller)")
                    #expect(row(response.envelope.data)?["median_salary"]?.number != nil, "\(caller)")
                }
            }
            // The same researcher is refused the column itself.
            let salary = #"{"dataset": "graduates", "measures": [{"fn": "median", "column": "monthly_salary"}]}"#
            try await client.execute(
                uri: "/api/v1/query", method: .post, headers: fixture.headers("researcher"), body: ByteBuffer(string: salary)
            ) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    /// What reads no salary stays unsuppressed for the researcher, who may query those columns anyway.
    @Test func aResearcherGetsFiguresWithinTheirClearanceUnsuppressed() async throws {
        let (filters, _) = try tinyCell()
        let query = AnalyticsAPITests.query(filters)
        let certificates = try analytics.dashboard(name: "certificates", filters: filters, audience: .cleared)
        let publicCertificates = try analytics.dashboard(name: "certificates", filters: filters, audience: Self.publicAudience)
        let compare = try analytics.diagnostic(
            name: "compare", parameters: ["group_by": "gender"], filters: filters, audience: .cleared)
        let publicCompare = try analytics.diagnostic(
            name: "compare", parameters: ["group_by": "gender"], filters: filters, audience: Self.publicAudience)
        #expect(compare != publicCompare, "the tiny cell is withheld from the public")
        let expected = [
            ("/api/v1/dashboards/certificates?" + query, try AnalyticsAPITests.json(certificates)),
            ("/api/v1/diagnostics/compare?group_by=gender&" + query, try AnalyticsAPITests.json(compare)),
        ]
        let publicJSON = try AnalyticsAPITests.json(publicCertificates)
        try await fixture.test { client in
            for (uri, json) in expected {
                try await client.execute(uri: uri, method: .get, headers: fixture.headers("researcher")) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.envelope.data == json, "\(uri)")
                }
            }
            try await client.execute(uri: expected[0].0, method: .get) { response in
                #expect(response.envelope.data == publicJSON)
            }
        }
    }
}
