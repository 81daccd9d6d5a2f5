import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import Testing

/// Data-sharing requests through HTTP (CONTRACT 3.11): the whole path to ACTIVE, every return and rejection, and
/// every refused actor — wrong role 403, own request 403, wrong state 409 — with a refused step changing nothing.
@Suite struct SharingWorkflowTests {
    static let sha = String(repeating: "ab", count: 32)

    /// Files the standard request as `label` and returns its id.
    static func file(_ client: some TestClientProtocol, _ fixture: ServerFixture, as label: String = "researcher") async throws -> Int {
        let filed = try await client.send(.post, "/api/v1/requests", as: label, fixture: fixture, body: SharingFixture.requestBody())
        #expect(filed.status == .created, "\(filed.message)")
        #expect(filed.data["state"] == "SUBMITTED")
        return try #require(filed.data["request_id"]?.int)
    }

    static func step(
        _ client: some TestClientProtocol, _ fixture: ServerFixture, _ id: Int, _ label: String?, _ body: String
    ) async throws -> (status: HTTPResponse.Status, data: JSONValue, message: String) {
        try await client.send(.post, "/api/v1/requests/\(id)/actions", as: label, fixture: fixture, body: body)
    }

    @Test func aResearchersRequestGoesThroughEveryStageToActive() async throws {
        let fixture = try SharingFixture.get()
        try await fixture.test { client in
            let id = try await Self.file(client, fixture)
            let steps: [(String, String, String)] = [
                ("kktd", #"{"action": "recommend", "note": "Lengkap"}"#, "RECOMMENDED"),
                ("jtdtvet", #"{"action": "verify"}"#, "VERIFIED"),
                ("jpdtvet", #"{"action": "approve", "conditions": "Agregat sahaja dalam terbitan"}"#, "APPROVED"),
                ("controller", #"{"action": "quote", "amount_myr": 250}"#, "APPROVED"),
                ("controller", #"{"action": "record_payment", "amount_myr": 250, "reference": "RESIT-1"}"#, "APPROVED"),
                ("controller", #"{"action": "record_agreement", "kind": "MOU", "reference": "MOU-7", "document_sha256": "\#(Self.sha)"}"#, "ACTIVE"),
            ]
            for (label, body, state) in steps {
                let answer = try await Self.step(client, fixture, id, label, body)
                #expect(answer.status == .ok && answer.data["state"]?.text == state, "\(label) \(body): \(answer.message)")
            }
            let read = try await client.send(.get, "/api/v1/requests/\(id)", as: "researcher", fixture: fixture)
            let history = read.data["history"]!.items
            #expect(history.map { $0["action"]?.text ?? "" } == ["submit", "recommend", "verify", "approve", "quote", "record_payment", "record_agreement"])
            #expect(history.map { $0["role"]?.text ?? "" } == ["REQUESTER", "KKTD", "JTDTVET", "JPDTVET", "DATA_CONTROLLER", "DATA_CONTROLLER", "DATA_CONTROLLER"])
            #expect(history.allSatisfy { ($0["at"]?.text ?? "").count == 10 && $0["by"]?.text?.hasPrefix("user:") == true })
            #expect(read.data["waiting"]!.items.count == 7 && read.data["waiting"]!.items.allSatisfy { $0["days"] == 0 })
            #expect(read.data["fee"]?["paid_myr"] == 250 && read.data["agreement"]?["kind"] == "MOU")
            #expect(read.data["conditions"] == "Agregat sahaja dalam terbitan")
            let revoked = try await Self.step(client, fixture, id, "jpdtvet", #"{"action": "revoke", "note": "Tamat kerjasama"}"#)
            #expect(revoked.data["state"] == "REVOKED")
        }
    }

    @Test func aGovernmentRequestPaysNothing() async throws {
        let fixture = try SharingFixture.get()
        try await fixture.test { client in
            let id = try await Self.file(client, fixture, as: "analyst")
            for (label, action) in [("kktd", "recommend"), ("jtdtvet", "verify"), ("jpdtvet", "approve")] {
                _ = try await Self.step(client, fixture, id, label, #"{"action": "\#(action)"}"#)
            }
            let quote = try await Self.step(client, fixture, id, "controller", #"{"action": "quote", "amount_myr": 10}"#)
            #expect(quote.status == .conflict && quote.message.contains("G2G"))
            let agreement = try await Self.step(
                client, fixture, id, "controller", #"{"action": "record_agreement", "kind": "LETTER", "reference": "S-1", "document_sha256": "\#(Self.sha)"}"#)
            #expect(agreement.data["state"] == "ACTIVE")
        }
    }

    @Test func returnsResubmissionsWithdrawalsAndRejections() async throws {
        let fixture = try SharingFixture.get()
        try await fixture.test { client in
            let id = try await Self.file(client, fixture)
            let noNote = try await Self.step(client, fixture, id, "kktd", #"{"action": "return"}"#)
            #expect(noNote.status == .unprocessableContent && noNote.message.contains("note"))
            #expect(try await Self.step(client, fixture, id, "kktd", #"{"action": "return", "note": "Nyatakan tujuan"}"#).data["state"] == "RETURNED")
            let amended = SharingFixture.requestBody(purpose: "Kajian gaji graduan 2020-2024").dropLast() + #", "action": "resubmit"}"#
            let resubmitted = try await Self.step(client, fixture, id, "researcher", String(amended))
            #expect(resubmitted.data["state"] == "SUBMITTED" && resubmitted.data["version"] == 2)
            #expect(resubmitted.data["purpose"] == "Kajian gaji graduan 2020-2024")
            _ = try await Self.step(client, fixture, id, "kktd", #"{"action": "recommend"}"#)
            let back = try await Self.step(client, fixture, id, "jtdtvet", #"{"action": "return", "note": "Kurangkan lajur"}"#)
            #expect(back.data["state"] == "RETURNED")
            #expect(try await Self.step(client, fixture, id, "researcher", #"{"action": "withdraw"}"#).data["state"] == "WITHDRAWN")

            let rejected = try await Self.file(client, fixture)
            for (label, action) in [("kktd", "recommend"), ("jtdtvet", "verify")] {
                _ = try await Self.step(client, fixture, rejected, label, #"{"action": "\#(action)"}"#)
            }
            #expect(try await Self.step(client, fixture, rejected, "jpdtvet", #"{"action": "reject"}"#).status == .unprocessableContent)
            let answer = try await Self.step(client, fixture, rejected, "jpdtvet", #"{"action": "reject", "note": "Tiada justifikasi"}"#)
            #expect(answer.data["state"] == "REJECTED" && answer.data["history"]!.items.last?["note"] == "Tiada justifikasi")
        }
    }

    @Test func wrongRoleOwnRequestAndWrongStateAreRefusedAndChangeNothing() async throws {
        let fixture = try SharingFixture.get()
        try await fixture.test { client in
            let id = try await Self.file(client, fixture)
            for label in ["jtdtvet", "jpdtvet", "controller", "analyst", "researcher2"] {
                #expect(try await Self.step(client, fixture, id, label, #"{"action": "recommend"}"#).status == .forbidden, "\(label)")
            }
            #expect(try await Self.step(client, fixture, id, "researcher", #"{"action": "recommend"}"#).status == .forbidden)
            #expect(try await Self.step(client, fixture, id, "kktd", #"{"action": "approve"}"#).status == .conflict)
            #expect(try await Self.step(client, fixture, id, "researcher", #"{"action": "withdraw"}"#).status == .conflict)
            #expect(try await Self.step(client, fixture, id, nil, #"{"action": "recommend"}"#).status == .unauthorized)
            let read = try await client.send(.get, "/api/v1/requests/\(id)", as: "researcher", fixture: fixture)
            #expect(read.data["state"] == "SUBMITTED" && read.data["history"]!.items.count == 1)

            // A committee member's own request: they may not recommend it themselves.
            let own = try await Self.file(client, fixture, as: "kktd")
            let refused = try await Self.step(client, fixture, own, "kktd", #"{"action": "recommend"}"#)
            #expect(refused.status == .forbidden && refused.message.contains("they made"))
        }
    }

    @Test func onlyTheRequesterCommitteesAndDataControllersReadARequest() async throws {
        let fixture = try SharingFixture.get()
        try await fixture.test { client in
            let id = try await Self.file(client, fixture)
            for label in ["researcher", "kktd", "jtdtvet", "jpdtvet", "controller"] {
                #expect(try await client.send(.get, "/api/v1/requests/\(id)", as: label, fixture: fixture).status == .ok, "\(label)")
            }
            for label in ["researcher2", "analyst", "employer", "admin"] {
                #expect(try await client.send(.get, "/api/v1/requests/\(id)", as: label, fixture: fixture).status == .notFound, "\(label)")
            }
            let mine = try await client.send(.get, "/api/v1/requests?limit=1000", as: "researcher2", fixture: fixture)
            #expect(!mine.data["items"]!.items.contains { $0["request_id"]?.int == id })
            let waiting = try await client.send(.get, "/api/v1/requests?limit=1000", as: "kktd", fixture: fixture)
            #expect(waiting.data["items"]!.items.contains { $0["request_id"]?.int == id })
        }
    }

    @Test func badRequestsAreRefusedNamingTheFieldAndStoreNothing() async throws {
        let fixture = try SharingFixture.get()
        let purpose = "Tidak disimpan"
        let bodies: [(String, String)] = [
            (SharingFixture.requestBody(purpose: purpose, datasets: #"[{"dataset": "nope", "columns": ["a"]}]"#), "datasets[0].dataset"),
            (SharingFixture.requestBody(purpose: purpose, datasets: #"[{"dataset": "graduates", "columns": ["salary_typo"]}]"#), "datasets[0].columns"),
            (SharingFixture.requestBody(
                purpose: purpose,
                datasets: #"[{"dataset": "graduates", "columns": ["status"], "filters": [{"column": "status", "op": "like", "value": "E"}]}]"#),
             "datasets[0].filters"),
            (SharingFixture.requestBody(purpose: purpose, to: "2019-01-01"), "period.to"),
            (SharingFixture.requestBody(purpose: purpose, datasets: #"[{"dataset": "institutions", "columns": ["name"]}]"#), "datasets"),
        ]
        try await fixture.test { client in
            for (body, field) in bodies {
                let answer = try await client.send(.post, "/api/v1/requests", as: "researcher", fixture: fixture, body: body)
                #expect(answer.status == .unprocessableContent, "\(field): \(answer.message)")
                #expect(answer.data["errors"]?.items.contains { $0["field"]?.text == field } == true, "\(field): \(answer.data)")
            }
            #expect(try await client.send(.post, "/api/v1/requests", as: "researcher", fixture: fixture, body: "{").status == .badRequest)
            #expect(try await client.send(.post, "/api/v1/requests", as: nil, fixture: fixture, body: SharingFixture.requestBody()).status == .unauthorized)
            #expect(try !fixture.services.data.store.sharingRequests().contains { $0.body.contains(purpose) })
        }
    }
}
