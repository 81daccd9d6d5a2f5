import Columnar
import Crypto
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import Sharing
import TVET
import Testing
import ZIPFoundation

/// What a grant key reads (CONTRACT 3.11): the granted datasets, columns and rows only, within the grant's period,
/// whatever its owner's roles — and the one-off delivery, whose files are exactly the grant's query.
@Suite struct GrantAccessTests {
    static let columns = ["graduate_id", "status", "monthly_salary"]
    static let asked = #"[{"dataset": "graduates", "columns": ["graduate_id", "status", "monthly_salary"], "filters": [{"column": "status", "op": "eq", "value": "EMPLOYED"}]}]"#

    /// Files the researcher's request, takes it to ACTIVE and mints a key: the request's id and the key.
    static func activeGrant(
        _ client: some TestClientProtocol, _ fixture: ServerFixture, from: String = "2020-01-01", to: String = "2099-12-31"
    ) async throws -> (id: Int, key: String) {
        let body = SharingFixture.requestBody(to: to, datasets: asked).replacingOccurrences(of: "2020-01-01", with: from)
        let filed = try await client.send(.post, "/api/v1/requests", as: "researcher", fixture: fixture, body: body)
        let id = try #require(filed.data["request_id"]?.int, "\(filed.message)")
        let steps: [(String, String)] = [
            ("kktd", #"{"action": "recommend"}"#), ("jtdtvet", #"{"action": "verify"}"#), ("jpdtvet", #"{"action": "approve"}"#),
            ("controller", #"{"action": "record_agreement", "kind": "LETTER", "reference": "S-9", "document_sha256": "\#(String(repeating: "0", count: 64))"}"#),
        ]
        for (label, step) in steps {
            let answer = try await client.send(.post, "/api/v1/requests/\(id)/actions", as: label, fixture: fixture, body: step)
            #expect(answer.status == .ok, "\(label): \(answer.message)")
        }
        let issued = try await client.send(.post, "/api/v1/requests/\(id)/grant/keys", as: "researcher", fixture: fixture)
        #expect(issued.status == .created, "\(issued.message)")
        return (id, try #require(issued.data["api_key"]?.text))
    }

    static func call(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, key: String, body: String? = nil
    ) async throws -> (status: HTTPResponse.Status, data: JSONValue, message: String) {
        var headers = HTTPFields()
        headers[HTTPField.Name("X-API-Key")!] = key
        return try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) {
            ($0.status, $0.envelope.data, $0.envelope.message)
        }
    }

    static func employed(_ fixture: ServerFixture) throws -> [Int] {
        try fixture.services.data.engine.snapshot.rows(
            of: "graduates", matching: [Filter(column: "status", op: .eq, value: .string("EMPLOYED"))])
    }

    @Test func aGrantKeyReadsTheGrantedColumnsAndRowsOnly() async throws {
        let fixture = try SharingFixture.get()
        let employed = try Self.employed(fixture)
        let graduates = try #require(fixture.services.data.engine.snapshot.table("graduates"))
        try await fixture.test { client in
            let (id, key) = try await Self.activeGrant(client, fixture)
            let grant = try await client.send(.get, "/api/v1/requests/\(id)/grant", as: "researcher", fixture: fixture)
            #expect(grant.data["datasets"] == ["graduates"] && grant.data["columns"]?["graduates"]?.items.count == 3)
            let grantName = "grant \(grant.data["grant_id"]?.int ?? 0)"

            let list = try await Self.call(client, .get, "/api/v1/graduates?limit=1000", key: key)
            #expect(list.status == .ok, "\(list.message)")
            let items = list.data["items"]!.items
            #expect(items.count == min(employed.count, 1000))
            #expect(items.allSatisfy { $0.keys == Set(Self.columns) && $0["status"] == "EMPLOYED" })

            let query = #"{"dataset": "graduates", "group_by": ["status"], "measures": [{"fn": "count", "as": "n"}, {"fn": "median", "column": "monthly_salary"}]}"#
            let result = try await Self.call(client, .post, "/api/v1/query", key: key, body: query)
            #expect(result.status == .ok && result.data["rows"]!.items.count == 1, "\(result.message)")
            #expect(result.data["rows"]!.items.first?.items.first == "EMPLOYED" && result.data["rows"]!.items.first?.items[1].int == employed.count)
            // The researcher's own key is not cleared for monthly_salary (SULIT); the grant is what opens it.
            let own = try await client.send(.post, "/api/v1/query", as: "researcher", fixture: fixture, body: query)
            #expect(own.status == .forbidden)

            let refusals: [(HTTPRequest.Method, String, String?)] = [
                (.post, "/api/v1/query", #"{"dataset": "graduates", "group_by": ["state_of_work"], "measures": [{"fn": "count"}]}"#),
                (.post, "/api/v1/query", #"{"dataset": "graduates", "filters": [{"column": "programme.field", "op": "eq", "value": "ICT"}], "measures": [{"fn": "count"}]}"#),
                (.get, "/api/v1/students", nil), (.get, "/api/v1/institutions", nil),
                (.get, "/api/v1/graduates/" + (graduates.text("graduate_id", row: (0..<graduates.rowCount).first { !employed.contains($0) }!) ?? ""), nil),
                (.post, "/api/v1/query", #"{"dataset": "students", "measures": [{"fn": "count"}]}"#),
            ]
            for (method, uri, body) in refusals {
                let answer = try await Self.call(client, method, uri, key: key, body: body)
                #expect(answer.status == .forbidden && answer.message.contains(grantName), "\(uri) \(body ?? ""): \(answer.message)")
            }
            let inside = graduates.text("graduate_id", row: employed[0]) ?? ""
            #expect(try await Self.call(client, .get, "/api/v1/graduates/" + inside, key: key).status == .ok)
        }
    }

    @Test func aGrantKeyIsServedWithMyGDXHeadersAndEveryReadIsAuditedWithItsGrant() async throws {
        let fixture = try SharingFixture.get()
        try await fixture.test { client in
            let (id, key) = try await Self.activeGrant(client, fixture)
            let grant = try await client.send(.get, "/api/v1/requests/\(id)/grant", as: "researcher", fixture: fixture)
            let grantName = "grant \(grant.data["grant_id"]?.int ?? 0)"
            var headers = HTTPFields()
            headers[HTTPField.Name("X-API-Key")!] = key
            headers[HTTPField.Name("UXP-client")!] = "MYGDX/GOV/UPM/KAJIAN"
            headers[HTTPField.Name("UXP-Service")!] = "MYGDX/GOV/KESUMA/DATARAYA/KESUMA-DATARAYA-R-Graduan/v1"
            try await client.execute(uri: "/api/v1/graduates?limit=5", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[HTTPField.Name("UXP-client")!] == "MYGDX/GOV/UPM/KAJIAN")
            }
            await fixture.services.recorder.flush()
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let database = try DatabaseQueue(path: fixture.storePath, configuration: configuration)
            let entries = try await database.read { db in
                try Row.fetchAll(
                    db, sql: #"SELECT "roles", "uxp_client", "dataset", "outcome" FROM "audit" WHERE "action" LIKE 'GET /api/v1/%' AND "uxp_client" = ?"#,
                    arguments: ["MYGDX/GOV/UPM/KAJIAN"])
            }
            #expect(entries.count == 1)
            #expect(entries.first?["roles"] == grantName && entries.first?["dataset"] == "graduates" && entries.first?["outcome"] == "ALLOWED")
        }
    }

    @Test func aGrantKeyReadsNothingBeforeItsPeriodAfterItAndOnceRevoked() async throws {
        let fixture = try SharingFixture.get()
        try await fixture.test { client in
            let early = try await Self.activeGrant(client, fixture, from: "2099-01-01")
            let before = try await Self.call(client, .get, "/api/v1/graduates", key: early.key)
            #expect(before.status == .forbidden && before.message.contains("opens on 2099-01-01"))

            let ended = try await Self.activeGrant(client, fixture)
            #expect(try await Self.call(client, .get, "/api/v1/graduates", key: ended.key).status == .ok)
            // The server's own writes (batches, the audit trail) share the file: wait for them as the store does.
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let database = try DatabaseQueue(path: fixture.storePath, configuration: configuration)
            try await database.write { db in
                try db.execute(sql: #"UPDATE "grants" SET "period_to" = '2021-12-31' WHERE "request_id" = ?"#, arguments: [ended.id])
            }
            let after = try await Self.call(client, .get, "/api/v1/catalogue", key: ended.key)
            #expect(after.status == .forbidden && after.message.contains("ended on 2021-12-31"))

            // The request's own period ending is stored as the service's step, once, and audited with it.
            try await database.write { db in
                try db.execute(sql: #"UPDATE "sharing_requests" SET "period_to" = '2021-12-31' WHERE "id" = ?"#, arguments: [ended.id])
            }
            for _ in 0..<2 {
                let read = try await client.send(.get, "/api/v1/requests/\(ended.id)", as: "researcher", fixture: fixture)
                #expect(read.data["state"] == "EXPIRED")
                let last = read.data["history"]?.items.last
                #expect(last?["action"] == "expire" && last?["by"] == "system" && last?["role"] == "SYSTEM" && last?["at"] == "2022-01-01")
            }
            let stored = try await database.read { db in
                (
                    try String.fetchOne(db, sql: #"SELECT "state" FROM "sharing_requests" WHERE "id" = ?"#, arguments: [ended.id]),
                    try Int.fetchOne(
                        db, sql: #"SELECT count(*) FROM "sharing_request_history" WHERE "request_id" = ? AND "action" = 'expire'"#,
                        arguments: [ended.id]),
                    try Int.fetchOne(db, sql: #"SELECT count(*) FROM "audit" WHERE "actor" = 'system' AND "record_id" = ?"#, arguments: ["request \(ended.id) expire"])
                )
            }
            #expect(stored.0 == "EXPIRED" && stored.1 == 1 && stored.2 == 1)
            #expect(try fixture.services.data.store.verifyAudit().isIntact)

            let revoked = try await Self.activeGrant(client, fixture)
            let step = try await client.send(
                .post, "/api/v1/requests/\(revoked.id)/actions", as: "controller", fixture: fixture, body: #"{"action": "revoke"}"#)
            #expect(step.data["state"] == "REVOKED")
            for uri in ["/api/v1/graduates", "/api/v1/catalogue"] {
                let answer = try await Self.call(client, .get, uri, key: revoked.key)
                #expect(answer.status == .forbidden && answer.message.contains("revoked"), "\(uri)")
            }
            let later = try await client.send(.post, "/api/v1/requests/\(revoked.id)/grant/keys", as: "researcher", fixture: fixture)
            #expect(later.status == .conflict)
        }
    }

    @Test func theDeliveryHoldsExactlyTheGrantsRowsWithTheirHashes() async throws {
        let fixture = try SharingFixture.get()
        let graduates = try #require(fixture.services.data.engine.snapshot.table("graduates"))
        let expected = DatasetCSV.bytes(graduates, columns: Self.columns, rows: try Self.employed(fixture))
        try await fixture.test { client in
            let (id, key) = try await Self.activeGrant(client, fixture)
            for label in ["researcher2", "controller"] {
                let refused = try await client.send(.get, "/api/v1/requests/\(id)/delivery.zip", as: label, fixture: fixture)
                #expect(refused.status == (label == "controller" ? .forbidden : .notFound), "\(label)")
            }
            #expect(try await Self.call(client, .get, "/api/v1/requests/\(id)/delivery.zip", key: key).status == .forbidden)
            let zip = try await client.execute(
                uri: "/api/v1/requests/\(id)/delivery.zip", method: .get, headers: fixture.headers("researcher")
            ) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "application/zip")
                return Data(response.body.readableBytesView)
            }
            let archive = try Archive(data: zip, accessMode: .read)
            let names = archive.map(\.path).sorted()
            #expect(names == ["graduates.csv", "manifest.json"])
            let file = try Self.extract("graduates.csv", from: archive)
            #expect(file == Data(expected))
            let manifest = try JSONValue.parse(try Self.extract("manifest.json", from: archive))
            let entry = manifest["files"]!.items.first
            #expect(entry?["rows"]?.int == (try Self.employed(fixture)).count)
            #expect(entry?["sha256"]?.text == SHA256.hash(data: file).map { String(format: "%02x", $0) }.joined())
            #expect(manifest["citation"]?["graduates"]?["ms"]?.text?.contains("Data Raya TVET") == true)
            #expect(manifest["grant"]?["request_id"]?.int == id)
        }
    }

    static func extract(_ path: String, from archive: Archive) throws -> Data {
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }
}
