import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import TVET
import TestSupport
import Testing

/// CONTRACT 3.7: a query parameter an endpoint does not know, or a value outside its value set, is a 400 that names
/// it and lists what is accepted; nothing is silently ignored.
@Suite struct QueryParameterTests {
    let fixture: ServerFixture
    init() throws { fixture = try SharedFixture.get() }

    /// Every route of `/openapi.json` refuses a parameter it does not declare, before anything else, and lists
    /// exactly the query parameters the document gives it: the document and the server cannot disagree.
    @Test func everyRouteRefusesUndeclaredParametersListingTheDocumentedOnes() async throws {
        try await fixture.test { client in
            let document = try await client.execute(uri: "/openapi.json", method: .get) { response in
                try JSONValue.parse(Data(response.body.readableBytesView))
            }
            let paths = try #require(document["paths"])
            var checked = 0
            for path in paths.keys.sorted() {
                let uri = path.split(separator: "/").map { $0.hasPrefix("{") ? "x" : String($0) }.joined(separator: "/")
                for method in try #require(paths[path]).keys.sorted() {
                    let parameters = paths[path]?[method]?["parameters"]?.items ?? []
                    let accepted = parameters.filter { $0["in"]?.text == "query" }.compactMap { $0["name"]?.text }
                    let expected =
                        "Unknown query parameter 'colour'; "
                        + (accepted.isEmpty ? "this endpoint takes no query parameters." : "accepted: \(accepted.joined(separator: ", ")).")
                    let request = HTTPRequest.Method(method.uppercased())!
                    try await client.execute(uri: "/\(uri)?colour=blue", method: request) { response in
                        #expect(response.status == .badRequest, "\(method) \(path)")
                        #expect(response.header("UXP-FaultCode") == "Client.BadRequest", "\(method) \(path)")
                        #expect(response.envelope.message == expected, "\(method) \(path)")
                        #expect(response.header("UXP-FaultString") == expected)
                    }
                    checked += 1
                }
            }
            #expect(checked >= 40)
        }
    }

    @Test func aMisspeltFilterIsRefusedNotAnsweredWithNationalFigures() async throws {
        let filters = "year, state, field, level, ministry, institution_type, institution_id"
        let cases: [(String, String)] = [
            ("/api/v1/dashboards/graduates?yeer=2025", "Unknown query parameter 'yeer'; accepted: \(filters)."),
            (
                "/api/v1/dashboards/graduates/by-state.csv?year=2025&stat=Johor",
                "Unknown query parameter 'stat'; accepted: \(filters), from, to, group_by, measure."
            ),
            (
                "/api/v1/diagnostics/compare?groupby=state",
                "Unknown query parameter 'groupby'; accepted: \(filters), from, to, group_by, measure."
            ),
            ("/reports/graduate-employability.html?language=en", "Unknown query parameter 'language'; accepted: lang, \(filters)."),
            ("/api/v1/institutions?limit=2&offset=4", "Unknown query parameter 'offset'; accepted: limit, cursor."),
            ("/health?verbose=1", "Unknown query parameter 'verbose'; this endpoint takes no query parameters."),
            ("/api/v1/dashboards/graduates?year=2024&year=2025", "Query parameter 'year' is given more than once."),
            ("/api/v1/dashboards/graduates/by-state?group_by=field", "Invalid parameter 'group_by': only diagnostics take it."),
            (
                "/api/v1/diagnostics/employability-change?measure=employment",
                "Invalid parameter 'measure': employability-change does not use it; it takes from, to, group_by and the "
                    + "filters state, field, level, ministry, institution_type, institution_id."
            ),
            (
                "/api/v1/diagnostics/employability-change?year=2024",
                "Invalid parameter 'year': employability-change does not use it; it takes from, to, group_by and the "
                    + "filters state, field, level, ministry, institution_type, institution_id."
            ),
        ]
        try await fixture.test { client in
            for (uri, message) in cases {
                try await client.execute(uri: uri, method: .get, headers: fixture.headers("analyst")) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.envelope.message == message, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/dashboards/graduates?year=2024&", method: .get) { response in
                #expect(response.status == .ok, "a trailing & is no parameter")
            }
        }
    }

    /// Each value set is listed whole in the refusal.
    @Test func valuesOutsideTheirSetAreRefusedListingTheSet() async throws {
        let states = MalaysianState.allCases.map(\.name).joined(separator: ", ")
        let fields = TVETField.allCases.map(\.rawValue).joined(separator: ", ")
        let cases: [(String, HTTPRequest.Method, String)] = [
            ("/api/v1/dashboards/graduates?state=Atlantis", .get, "Invalid filter 'state': 'Atlantis' is not one of: \(states)."),
            ("/api/v1/dashboards/graduates?field=ASTROLOGY", .get, "Invalid filter 'field': 'ASTROLOGY' is not one of: \(fields)."),
            (
                "/api/v1/dashboards/graduates?ministry=NOPE", .get,
                "Invalid filter 'ministry': 'NOPE' is not one of: "
                    + Ministry.allCases.map(\.rawValue).joined(separator: ", ") + "."
            ),
            (
                "/api/v1/dashboards/graduates?institution_type=NOPE", .get,
                "Invalid filter 'institution_type': 'NOPE' is not one of: "
                    + InstitutionType.allCases.map(\.rawValue).joined(separator: ", ") + "."
            ),
            ("/api/v1/dashboards/graduates?level=9", .get, "Invalid filter 'level': expected a level from 1 to 5."),
            (
                "/api/v1/dashboards/graduates/by-state?institution_id=I9999999", .get,
                "Invalid parameter 'institution_id': no institution has the id 'I9999999'; the institutions dataset lists them."
            ),
            (
                "/api/v1/diagnostics/compare?group_by=colour", .get,
                "Invalid parameter 'group_by': 'colour' is not one of: state, field, level, ministry, institution_type, gender."
            ),
            (
                "/api/v1/diagnostics/compare?measure=happiness", .get,
                "Invalid parameter 'measure': 'happiness' is not one of: employability, employment."
            ),
            ("/reports/graduate-employability.html?lang=xx", .get, "Invalid parameter 'lang': 'xx' is not one of: ms, en."),
            ("/api/v1/match/jobs?state=Atlantis", .post, "Invalid parameter 'state': 'Atlantis' is not one of: \(states)."),
            ("/api/v1/match/jobs?field=ASTROLOGY", .post, "Invalid parameter 'field': 'ASTROLOGY' is not one of: \(fields)."),
            ("/api/v1/match/jobs?mode=vibes", .post, "Invalid parameter 'mode': 'vibes' is not one of: skills, study."),
        ]
        try await fixture.test { client in
            for (uri, method, message) in cases {
                try await client.execute(uri: uri, method: method, body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.envelope.message == message, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/match/jobs", method: .post, body: ByteBuffer(string: #"{"state": "Atlantis"}"#)) {
                response in
                #expect(response.status == .badRequest)
                #expect(response.envelope.message.contains("'Atlantis' is not one of: \(states)"), "\(response.envelope.message)")
            }
        }
    }

    /// Lists of known names are whole: all eight dashboards, and every figure of the dashboard asked.
    @Test func unknownNamesListEveryKnownName() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/dashboards/weather", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(
                    response.envelope.message
                        == "Unknown dashboard 'weather'; known: overview, graduates, certificates, instructors, applications, "
                        + "vacancies, supply-demand, forecasts.")
            }
            try await client.execute(uri: "/api/v1/dashboards/forecasts/tea-leaves", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(
                    response.envelope.message
                        == "Unknown figure 'forecasts/tea-leaves'; known: forecasts/supply-demand, forecasts/intake-recommendations.")
            }
            try await client.execute(uri: "/api/v1/dashboards/graduates/by-planet.csv", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.envelope.message.contains("known: graduates/summary, graduates/by-state, graduates/by-field"))
            }
            try await client.execute(uri: "/api/v1/diagnostics/horoscope", method: .get) { response in
                #expect(response.envelope.message == "Unknown diagnostic 'horoscope'; known: employability-change, compare.")
            }
        }
    }
}
