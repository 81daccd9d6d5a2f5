import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import TestSupport
import Testing

/// What operators read is what clients got: `/metrics` counts the status sent, an oversized body is a 413 however
/// it is sent, and the audit entry of a refused body names the signed-in user who sent it.
@Suite struct LimitsAndMetricsTests {
    @Test func metricsCountTheStatusTheClientGets() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/audit/verify", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/v1/audit/verify", method: .get, headers: fixture.headers("analyst")) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let lines = String(buffer: response.body).split(separator: "\n")
                    .filter { $0.hasPrefix("hb_requests") && $0.contains("\"/api/v1/audit/verify\"") }
                #expect(lines.contains { $0.contains("\"401\"") }, "\(lines)")
                #expect(lines.contains { $0.contains("\"403\"") }, "\(lines)")
                #expect(!lines.contains { $0.contains("\"500\"") }, "\(lines)")
            }
        }
    }

    @Test func oversizedBodiesAre413HoweverSentAndAuditedUnderTheirSender() async throws {
        let fixture = try ServerFixture(configuration: ServerConfiguration(port: 0, bodyLimit: 64 << 10))
        let key = fixture.keys["controller"]!
        let controller = try #require(try fixture.services.data.store.user(apiKey: key))
        try await fixture.test(.live) { client in
            let declared = ByteBuffer(repeating: UInt8(ascii: " "), count: 100_000)
            try await client.execute(uri: "/api/v1/graduates", method: .post, headers: fixture.headers("controller"), body: declared) {
                #expect($0.status == .contentTooLarge)
            }
            // No Content-Length to refuse it by: the body is cut off at the limit while it is read.
            let status = try await ChunkedUpload.post(
                port: try #require(client.port), path: "/api/v1/graduates", headers: ["X-API-Key": key, "Content-Type": "application/json"],
                bodyBytes: 4 << 20)
            #expect(status == 413)
        }
        await fixture.services.recorder.flush()
        let refused = try DatabaseQueue(path: fixture.storePath).read { db in
            try Row.fetchAll(db, sql: "SELECT actor, outcome FROM audit WHERE status = 413")
        }
        #expect(refused.count == 2)
        #expect(refused.allSatisfy { ($0["actor"] as String) == "user:\(controller.id)" && ($0["outcome"] as String) == "REFUSED" })
    }
}
