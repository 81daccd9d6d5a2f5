import Foundation
import GRDB
import TVET
import TestSupport
import Testing

@testable import Store

/// A data-sharing request whose period has ended is EXPIRED in the store, by a step of the service (no user), audited,
/// once; the history of stores made before service steps existed is kept whole.
@Suite struct SharingExpiryTests {
    static let researcher = NewUser(name: "penyelidik", category: .researcher, roles: [.analyst], password: "a-long-password")

    /// A request of `researcher` made ACTIVE directly in the store, its period ending on `to`.
    static func activeRequest(_ store: DataStore, to: String) throws -> Int64 {
        let user = try store.addUser(researcher)
        let moment = Date(timeIntervalSince1970: 1_700_000_000)
        let id = try store.fileSharingRequest(
            requester: user.user, body: "{}", period: (from: "2021-01-01", to: to),
            step: .init(at: moment, userID: user.user.id, role: "REQUESTER", action: "submit", note: nil, state: .submitted))
        try store.writer.write { db in try db.execute(sql: #"UPDATE "sharing_requests" SET "state" = 'ACTIVE' WHERE "id" = ?"#, arguments: [id]) }
        return id
    }

    @Test func anEndedPeriodIsStoredOnceAsTheServicesAuditedStep() throws {
        let store = try DataStore.inMemory()
        let id = try Self.activeRequest(store, to: "2021-12-31")
        let ended = { (day: String) in Date(timeIntervalSince1970: 1_640_966_400) }  // 2022-01-01 00:00 in Malaysia
        let now = Date()
        #expect(try store.expireSharingRequests(endedBefore: "2021-12-31", endedAt: ended, now: now) == [])
        #expect(try store.expireSharingRequests(endedBefore: "2022-01-01", endedAt: ended, now: now) == [id])
        #expect(try store.expireSharingRequests(endedBefore: "2022-01-02", endedAt: ended, now: now) == [])
        let record = try #require(try store.sharingRequest(id: id))
        #expect(record.state == .expired)
        let step = try #require(record.history.last)
        #expect(step.userID == nil && step.role == SharingRequestRecord.Step.serviceRole && step.action == "expire")
        #expect(step.at == ended("2021-12-31") && step.state == .expired)
        let audited = try store.writer.read { db in
            try Row.fetchAll(db, sql: #"SELECT "actor", "record_id", "status" FROM "audit" WHERE "record_id" LIKE 'request %'"#)
        }
        #expect(audited.count == 1 && audited[0]["actor"] == AuditEntry.serviceActor && audited[0]["record_id"] == "request \(id) expire")
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func aStoreFromBeforeServiceStepsKeepsItsHistory() throws {
        let path = try ProjectFiles.temporaryDirectory() + "/history.sqlite"
        let queue = try DatabaseQueue(path: path)
        try DataStore.migrator.migrate(queue, upTo: "v12-page-sessions")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO users (name, category, roles, created_at) VALUES ('r', 'RESEARCHER', '', '2025-01-02T03:04:05.000Z')")
            try db.execute(sql: """
                INSERT INTO sharing_requests (requester_id, requester_category, state, version, period_from, period_to, created_at)
                VALUES (1, 'RESEARCHER', 'SUBMITTED', 1, '2025-01-01', '2025-12-31', '2025-01-02T03:04:05.000Z')
                """)
            try db.execute(sql: "INSERT INTO sharing_request_versions (request_id, version, body, at) VALUES (1, 1, '{}', '2025-01-02T03:04:05.000Z')")
            try db.execute(sql: """
                INSERT INTO sharing_request_history (request_id, at, user_id, role, action, note, state)
                VALUES (1, '2025-01-02T03:04:05.000Z', 1, 'REQUESTER', 'submit', 'first', 'SUBMITTED')
                """)
        }
        try queue.close()
        let store = try DataStore(path: path)
        let history = try #require(try store.sharingRequest(id: 1)).history
        #expect(history.count == 1 && history[0].userID == 1 && history[0].note == "first" && history[0].action == "submit")
    }
}
