import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import TVET
import ServerTestSupport
import TestSupport
import Testing

/// `/openapi.json` matches the server: a test fails when a route is undocumented or the document names a route that
/// does not exist.
@Suite struct OpenAPITests {
    @Test func theDocumentAndTheRoutesAreTheSame() async throws {
        let fixture = try SharedFixture.get()
        let router = buildRouter(configuration: fixture.configuration, services: fixture.services)
        func normalized(_ path: String) -> String {
            "/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
        }
        // Pages for people are documented in docs/PAGES.md, not in the API's description.
        let routes = Set(router.routes.filter { !PageRouteFilter.isPage($0.path.description) }.map { "\($0.method) \(normalized($0.path.description))" })
        let document = try await fixture.test { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                return try JSONDecoder().decode(JSONValue.self, from: Data(response.body.readableBytesView))
            }
        }
        #expect(document["openapi"] == "3.1.0")
        var documented = Set<String>()
        for path in document["paths"]!.keys {
            for method in document["paths"]![path]!.keys { documented.insert("\(method.uppercased()) \(path)") }
        }
        #expect(routes == documented, "undocumented: \(routes.subtracting(documented)); not served: \(documented.subtracting(routes))")
        #expect(documented.contains("POST /api/v1/query") && documented.contains("GET /api/v1/students/{id}"))
        #expect(document["components"]!["schemas"]!["students"]!["properties"]!["no_ic"]!["x-personal"] == true)
    }
}

/// Docs are tested: every route the server registers is named in docs/API.md.
@Suite struct APIDocumentationTests {
    @Test func everyRouteIsDocumented() throws {
        let fixture = try SharedFixture.get()
        let document = try String(contentsOfFile: ProjectFiles.path("docs/API.md"), encoding: .utf8)
        let datasets = Set(TVETSchema.datasets.map(\.name))
        let router = buildRouter(configuration: fixture.configuration, services: fixture.services)
        for route in router.routes where !PageRouteFilter.isPage(route.path.description) {
            // /api/v1/<dataset>... routes are documented once for all nine datasets.
            let parts = route.path.description.split(separator: "/").enumerated().map { position, part -> String in
                if part.hasPrefix(":") { return "{\(part.dropFirst())}" }
                return position == 2 && datasets.contains(String(part)) ? "<dataset>" : String(part)
            }
            let named = "`\(route.method) /\(parts.joined(separator: "/"))`"
            #expect(document.contains(named), "docs/API.md does not name \(named)")
        }
    }
}

/// Which routes are pages for people (documented in docs/PAGES.md) rather than the API (in docs/API.md and OpenAPI).
enum PageRouteFilter {
    static let apiPrefixes = ["/api/", "/reports", "/health", "/metrics", "/openapi.json", "/catalogue.jsonld"]

    static func isPage(_ path: String) -> Bool {
        let path = path.hasPrefix("/") ? path : "/" + path
        return !apiPrefixes.contains { path.hasPrefix($0) }
    }
}

/// Docs are tested: every page the server serves is named in docs/PAGES.md.
@Suite struct PagesDocumentationTests {
    @Test func everyPageIsDocumented() throws {
        let fixture = try SharedFixture.get()
        let document = try String(contentsOfFile: ProjectFiles.path("docs/PAGES.md"), encoding: .utf8)
        let router = buildRouter(configuration: fixture.configuration, services: fixture.services)
        let pages = router.routes.filter { PageRouteFilter.isPage($0.path.description) }
        #expect(!pages.isEmpty)
        for route in pages {
            let path = "/" + route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                .joined(separator: "/")
            #expect(document.contains("`\(route.method) \(path)`"), "docs/PAGES.md does not name \(route.method) \(path)")
        }
    }
}
