import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import TestSupport
import Testing

/// A CSV batch with a huge header row is refused at once with a short fault, and nothing is stored.
@Suite struct BatchHeaderLimitTests {
    @Test func aHeaderOfAHundredThousandUnknownColumnsIsA413WithAShortFault() async throws {
        let fixture = try SharedFixture.get()
        var csvHeaders = fixture.headers("agency")
        csvHeaders[.contentType] = "text/csv"
        let headers = csvHeaders
        let csv = (0..<100_000).map { "unknown_column_\($0)" }.joined(separator: ",") + "\nI1\n"
        let before = fixture.services.data.engine.snapshot.table("institutions")!.rowCount
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/institutions", method: .post, headers: headers, body: ByteBuffer(string: csv)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.header("UXP-FaultCode") == "Client.BatchTooLarge")
                let fault = try #require(response.header("UXP-FaultString"))
                #expect(fault.utf8.count < 300, "\(fault)")
                #expect(!fault.contains("unknown_column_"))
                #expect(response.header("UXP-FaultDetail") != nil)
            }
        }
        #expect(fixture.services.data.engine.snapshot.table("institutions")!.rowCount == before)
    }

    @Test func aFewUnknownColumnsAreNamedAndTheRestCounted() async throws {
        let fixture = try SharedFixture.get()
        var csvHeaders = fixture.headers("agency")
        csvHeaders[.contentType] = "text/csv"
        let headers = csvHeaders
        let names = "institution_id,name,ministry,type,state,district," + (0..<20).map { "extra_\($0)" }.joined(separator: ",")
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/institutions", method: .post, headers: headers, body: ByteBuffer(string: names + "\n")) {
                response in
                #expect(response.status == .badRequest)
                let fault = try #require(response.header("UXP-FaultString"))
                #expect(fault.contains("'extra_0'") && fault.contains("and 17 more") && !fault.contains("extra_19"), "\(fault)")
            }
        }
    }

    @Test func anyFaultStringIsBounded() async throws {
        let fixture = try SharedFixture.get()
        let query = "{\"dataset\": \"" + String(repeating: "g", count: 50_000) + "\"}"
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/v1/query", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: query)
            ) { response in
                #expect(response.status == .badRequest)
                let fault = response.header("UXP-FaultString") ?? ""
                #expect(!fault.isEmpty && fault.count <= APIError.faultStringLimit)
            }
        }
    }
}
