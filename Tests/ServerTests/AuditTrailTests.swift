import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import ServerTestSupport
import TestSupport
import Testing

/// CONTRACT 3.8: every access, allowed or refused, is in a hash-chained trail that detects tampering.
@Suite struct AuditTrailTests {
    @Test func theTrailRecordsAccessesVerifiesAndThenCatchesAnAlteredRow() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/students?limit=1", method: .get, headers: fixture.headers("analyst")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/students?limit=1", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/v1/institutions?limit=1", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/audit/verify", method: .get, headers: fixture.headers("analyst")) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/v1/audit/verify", method: .get, headers: fixture.headers("admin")) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data["intact"] == true)
            }
        }
        await fixture.services.recorder.flush()
        let queue = try DatabaseQueue(path: fixture.storePath)
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq") }
        #expect(rows.count >= 5)
        let refused = rows.first { ($0["outcome"] as String) == "REFUSED" && ($0["status"] as Int) == 401 }
        #expect(refused?["dataset"] == nil || (refused?["actor"] as String?) == "anonymous")
        #expect(rows.contains { ($0["actor"] as String).hasPrefix("user:") && ($0["dataset"] as String?) == "students" })
        #expect(rows.allSatisfy { ($0["fault_id"] as String?) == nil || ($0["status"] as Int) >= 400 })

        // Someone with the file changes an outcome by hand.
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update")
            try db.execute(sql: "UPDATE audit SET outcome = 'ALLOWED', status = 200 WHERE outcome = 'REFUSED'")
        }
        let verification = try DataStore(path: fixture.storePath).verifyAudit()
        #expect(!verification.isIntact)
        #expect(verification.problem?.contains("altered") == true)
        let cli = try BinaryRunner.run(["audit", "verify", "--db", fixture.storePath])
        #expect(cli.status != 0)
        #expect(cli.stderr.contains("altered") || cli.stdout.contains("altered"))
    }

    @Test(arguments: [
        ("DELETE FROM audit WHERE seq = 3", "entry 3 is missing"),
        ("UPDATE audit SET seq = -seq WHERE seq IN (2, 3); UPDATE audit SET seq = 5 + seq WHERE seq IN (-2, -3)", "does not follow"),
        ("DELETE FROM audit WHERE seq > 4", "removed"),
        ("UPDATE audit SET actor = 'user:99' WHERE seq = 6", "altered"),
    ])
    func removedReorderedTruncatedOrAlteredEntriesAreCaught(_ tampering: String, _ expected: String) throws {
        let path = try ProjectFiles.temporaryDirectory() + "/audit.sqlite"
        let store = try DataStore(path: path)
        let entries = (0..<6).map { AuditEntry(at: Date(), actor: "user:\($0)", action: "GET /api/v1/institutions", outcome: .allowed, status: 200) }
        try store.appendAudit(Array(entries[0..<3]))
        try store.appendAudit(Array(entries[3...]))
        let before = try store.verifyAudit()
        #expect(before.isIntact && before.entries == 6 && before.checkpoints == 2)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete")
            try db.execute(sql: tampering)
        }
        let after = try DataStore(path: path).verifyAudit()
        #expect(!after.isIntact)
        #expect(after.problem?.contains(expected) == true, "\(after.problem ?? "")")
    }

    @Test func theTrailRefusesUpdatesThroughSQLite() throws {
        let path = try ProjectFiles.temporaryDirectory() + "/audit.sqlite"
        let store = try DataStore(path: path)
        try store.appendAudit([AuditEntry(at: Date(), actor: "anonymous", action: "GET /health", outcome: .allowed, status: 200)])
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { db in try db.execute(sql: "DELETE FROM audit") } }
    }
}
