import Foundation
import GRDB
import TestSupport
import Testing

@testable import Store

/// Every stored moment is ISO 8601 text in UTC; a store that kept tokens and invitations as Unix seconds is converted
/// whole, and its tokens and invitations keep working.
@Suite struct MomentsMigrationTests {
    @Test func tokensAndInvitationsKeptAsSecondsBecomeTextAndKeepWorking() throws {
        let path = try ProjectFiles.temporaryDirectory() + "/moments.sqlite"
        let queue = try DatabaseQueue(path: path)
        try DataStore.migrator.migrate(queue, upTo: "v6-graduate-contacts")
        let token = "drt_a-token-from-before"
        let expires = Date().addingTimeInterval(3600).timeIntervalSince1970.rounded()
        try queue.write { db in
            try db.execute(sql: "INSERT INTO users (name, category, roles, created_at) VALUES ('g', 'G2C', 'GRADUATE', '2025-01-02T03:04:05Z')")
            try db.execute(sql: "INSERT INTO tokens (digest, user_id, expires_at) VALUES (?, 1, ?)", arguments: [Secret.digest(token), expires])
            try db.execute(sql: """
                INSERT INTO invitations (employer_id, vacancy_id, graduate_id, status, created_at, answered_at, shared_fields)
                VALUES ('E1', 'V1', 'G1', 'ACCEPTED', 1735787045.5, 1735787100, 'email')
                """)
        }
        try queue.close()
        let store = try DataStore(path: path)
        guard case .valid(let user) = try store.user(bearerToken: token) else {
            Issue.record("the token no longer works")
            return
        }
        #expect(user.name == "g")
        #expect(try store.user(bearerToken: token, now: Date(timeIntervalSince1970: expires + 1)) == .expired)
        let invitation = try #require(try store.invitations(graduate: "G1").first)
        #expect(invitation.createdAt == Date(timeIntervalSince1970: 1_735_787_045.5))
        #expect(invitation.answeredAt == Date(timeIntervalSince1970: 1_735_787_100) && invitation.sharedFields == [.email])
        let stored = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT expires_at FROM tokens UNION ALL SELECT created_at FROM invitations")
        }
        #expect(stored.count == 2 && stored.allSatisfy { $0.hasSuffix("Z") && $0.contains("T") })
        #expect(stored.last == "2025-01-02T03:04:05.500Z")
    }
}
