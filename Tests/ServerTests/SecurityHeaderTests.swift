import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import TestSupport
import Testing

/// Reports and every other answer tell the browser not to sniff, frame or run anything in them.
@Suite struct SecurityHeaderTests {
    @Test func reportsRunNoScriptAndCannotBeFramed() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            for uri in ["/reports", "/reports/graduate-employability.html?lang=en"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let policy = try #require(response.header("Content-Security-Policy"), "\(uri)")
                    #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"))
                    #expect(!policy.contains("script-src"))
                    #expect(response.header("X-Content-Type-Options") == "nosniff")
                    #expect(response.header("X-Frame-Options") == "DENY")
                    #expect(!String(buffer: response.body).contains("<script"), "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.header("X-Content-Type-Options") == "nosniff")
            }
        }
    }
}
