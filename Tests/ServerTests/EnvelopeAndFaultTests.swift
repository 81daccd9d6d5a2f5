import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// CONTRACT 3.1-3.2: every response is the envelope; every error carries the MyGDX fault headers.
@Suite struct EnvelopeAndFaultTests {
    let fixture: ServerFixture
    init() throws { fixture = try SharedFixture.get() }

    @Test func successIsEnvelopedWithoutFaultHeaders() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/institutions?limit=3", method: .get) { response in
                #expect(response.status == .ok)
                let envelope = response.envelope
                #expect(envelope.success && envelope.message == "OK")
                #expect(envelope.data["items"]?.items.count == 3)
                #expect(envelope.data["next_cursor"] == .string("3"))
                #expect(response.header("UXP-FaultCode") == nil)
            }
        }
    }

    @Test func errorsCarryFaultHeadersWithAUUIDAndNoInternals() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/no-such-thing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.header("UXP-FaultCode") == "Client.NotFound")
                #expect(response.header("UXP-FaultString")?.isEmpty == false)
                #expect(UUID(uuidString: response.header("UXP-FaultDetail") ?? "") != nil)
                #expect(response.envelope.success == false)
                #expect(response.envelope.message == response.header("UXP-FaultString"))
            }
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("analyst"), body: ByteBuffer(string: "{not json")) {
                response in
                #expect(response.status == .badRequest)
                #expect(response.header("UXP-FaultCode") == "Client.BadRequest")
                let text = String(buffer: response.body)
                #expect(!text.contains("/work/") && !text.contains("Swift") && !text.contains("SELECT"))
            }
        }
    }

    @Test func pagesAreCappedAndCursorsContinue() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/institutions?limit=1001", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/v1/institutions?limit=0", method: .get) { #expect($0.status == .badRequest) }
            let first = try await client.execute(uri: "/api/v1/programmes?limit=2", method: .get) { $0.envelope.data }
            guard case .string(let next) = first["next_cursor"] ?? .null else { Issue.record("no cursor"); return }
            try await client.execute(uri: "/api/v1/programmes?limit=2&cursor=\(next)", method: .get) { response in
                let ids = response.envelope.data["items"]!.items.map { $0["programme_id"] }
                #expect(!ids.contains(first["items"]!.items[0]["programme_id"]))
                #expect(ids.count == 2)
            }
        }
    }
}
