import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import TestSupport
import Testing

/// A query or match profile over a limit is a 413 or 422 with the MyGDX fault headers, naming the limit.
@Suite struct QueryLimitAPITests {
    func expectRefused(
        _ response: TestResponse, _ status: HTTPResponse.Status, _ fault: String, naming limit: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.header("UXP-FaultCode") == fault, sourceLocation: sourceLocation)
        let text = response.header("UXP-FaultString") ?? ""
        #expect(text.contains(limit) && text.utf8.count < 300, "\(text)", sourceLocation: sourceLocation)
        #expect(response.header("UXP-FaultDetail") != nil, sourceLocation: sourceLocation)
    }

    @Test func anInListOverItsLimitIsA422NamingIt() async throws {
        let fixture = try SharedFixture.get()
        let values = (0..<1001).map { "\"S\($0)\"" }.joined(separator: ",")
        let query = #"{"dataset": "graduates", "filters": [{"column": "status", "op": "in", "values": ["# + values + "]}]}"
        let measures = (0..<33).map { #"{"fn": "count", "as": "c\#($0)"}"# }.joined(separator: ",")
        let wide = #"{"dataset": "graduates", "measures": ["# + measures + "]}"
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: query)) {
                expectRefused($0, .unprocessableContent, "Client.QueryLimit", naming: "1000 values")
            }
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: wide)) {
                expectRefused($0, .unprocessableContent, "Client.QueryLimit", naming: "32 measures")
            }
        }
    }

    @Test func anAnswerOverItsByteLimitOrTimeBudgetIsRefused() async throws {
        var configured = try SharedFixture.get()
        configured.configuration.maxQueryResultBytes = 300
        let fixture = configured
        let query = #"{"dataset": "graduates", "group_by": ["student_id"], "measures": [{"fn": "count"}]}"#
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: query)) {
                expectRefused($0, .contentTooLarge, "Client.ResultTooLarge", naming: "300 bytes")
            }
        }
        configured.configuration.queryLimits.timeBudget = .zero
        let outOfTime = configured
        try await outOfTime.test { client in
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: query)) {
                expectRefused($0, .unprocessableContent, "Client.QueryLimit", naming: "time budget")
            }
        }
    }

    @Test func aProfileWithTooManySkillsIsA422() async throws {
        let fixture = try SharedFixture.get()
        let skills = (0..<101).map { "\"S\($0)\"" }.joined(separator: ",")
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/match/jobs", method: .post, body: ByteBuffer(string: #"{"skills": ["# + skills + "]}")) {
                expectRefused($0, .unprocessableContent, "Client.ProfileTooLarge", naming: "100 skills")
            }
        }
    }
}
