import Foundation
import GRDB
import TVET
import TestSupport
import Testing
@testable import Store

/// Users that can be disabled and enabled, API keys with ids that can be listed, expire and be revoked, the
/// `v5-identity-management` migration of existing stores, and the check that a graduate's login uses their own MyKad.
@Suite struct IdentityManagementTests {
    @Test func disablingStopsKeysTokensAndPasswordAtOnceAndEnablingBringsBackAllButOldTokens() async throws {
        let store = try DataStore.inMemory()
        let (user, key) = try store.addUser(
            NewUser(name: "pemohon", category: .g2c, roles: [.graduate], myKad: "050505105055", password: "kata-laluan-rahsia"))
        let token = try store.issueToken(userID: user.id, lifetime: 3600).token
        #expect(try store.apiKeyLookup(key) == .valid(user))

        let disabled = try #require(try store.setDisabled(userID: user.id, true))
        #expect(disabled.isDisabled)
        #expect(try store.apiKeyLookup(key) == .disabled)
        #expect(try store.user(bearerToken: token) == .disabled)
        #expect(try store.user(apiKey: key) == nil)
        let account = try #require(try store.passwordAccount(myKad: "050505105055"))
        #expect(account.user.isDisabled)
        #expect(await store.verifyPassword("kata-laluan-rahsia", for: account))  // the password is right; the caller refuses

        let enabled = try #require(try store.setDisabled(userID: user.id, false))
        #expect(!enabled.isDisabled)
        #expect(try store.apiKeyLookup(key) == .valid(enabled))
        #expect(try store.user(bearerToken: token) == .unknown)
        #expect(try store.setDisabled(userID: 999, true) == nil)
    }

    @Test func keysHaveIdsExpireAndAreRevokedForGood() throws {
        let store = try DataStore.inMemory()
        let now = Date()
        let (user, first) = try store.addUser(
            NewUser(name: "analyst", category: .g2g, roles: [.analyst]), keyExpiresAt: now.addingTimeInterval(86_400), now: now)
        let second = try #require(try store.addAPIKey(userID: user.id, now: now.addingTimeInterval(5)))
        #expect(try store.addAPIKey(userID: 999) == nil)

        let keys = try store.apiKeys(userID: user.id)
        #expect(keys.map(\.keyID) == [try #require(try store.apiKeyRecord(of: first)).keyID, second.record.keyID])
        #expect(keys.allSatisfy { $0.keyID.count == 12 && $0.keyID.allSatisfy(\.isHexDigit) })
        #expect(keys[0].expiresAt != nil && keys[1].expiresAt == nil)
        #expect(try store.apiKeyLookup(first, now: now.addingTimeInterval(86_401)) == .expired)
        #expect(keys[0].state(at: now.addingTimeInterval(86_401)) == .expired)

        let revoked = try #require(try store.revokeAPIKey(keyID: second.record.keyID))
        #expect(revoked.state() == .revoked)
        #expect(try store.apiKeyLookup(second.key) == .revoked)
        #expect(try store.revokeAPIKey(keyID: second.record.keyID, now: now.addingTimeInterval(60))?.revokedAt == revoked.revokedAt)
        #expect(try store.revokeAPIKey(keyID: "000000000000") == nil)
        #expect(try store.apiKeyLookup(first) == .valid(user))
        #expect(try store.apiKeyLookup("drk_unknown") == .unknown)
    }

    @Test func aStoreFromBeforeTheMigrationKeepsItsKeysWhichGetIds() throws {
        let path = try ProjectFiles.temporaryDirectory() + "/old.sqlite"
        let key = "drk_an-old-key-issued-before-key-ids"
        let queue = try DatabaseQueue(path: path)
        try DataStore.migrator.migrate(queue, upTo: "v4-invitations")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO users (name, category, roles, created_at) VALUES ('old-analyst', 'G2G', 'ANALYST', '2025-01-02T03:04:05Z');
                INSERT INTO api_keys (digest, user_id, created_at) VALUES ('\(Secret.digest(key))', 1, '2025-01-02T03:04:05Z');
                """)
        }
        try queue.close()
        let store = try DataStore(path: path)
        #expect(try store.appliedMigrations().contains("v5-identity-management"))
        guard case .valid(let user) = try store.apiKeyLookup(key) else { Issue.record("the old key no longer works"); return }
        #expect(user.name == "old-analyst" && !user.isDisabled)
        let record = try #require(try store.apiKeys(userID: user.id).first)
        #expect(record.keyID == String(Secret.digest(key).prefix(12)))
        #expect(record.createdAt == Date(timeIntervalSince1970: 1_735_787_045))
        #expect(record.expiresAt == nil && record.revokedAt == nil)
    }

    @Test func aGraduatesLoginMustUseTheirOwnMyKadAndTheRefusalNamesNeitherNumber() throws {
        let store = try DataStore.inMemory()
        for (dataset, table) in zip(TVETSchema.datasets, try Fixtures.generatedTables(graduates: 50)) {
            try store.write(table, dataset: dataset)
        }
        let pairs = try store.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT g.graduate_id, s.no_ic FROM graduates g JOIN students s ON s.student_id = g.student_id
                    ORDER BY g.graduate_id LIMIT 2
                    """)
        }
        let graduate: String = pairs[0]["graduate_id"], own: String = pairs[0]["no_ic"], other: String = pairs[1]["no_ic"]
        #expect(try store.isMyKad(own, ofGraduate: graduate))
        #expect(try !store.isMyKad(other, ofGraduate: graduate))
        #expect(try !store.isMyKad(own, ofGraduate: "G-NONE"))

        let impostor = NewUser(
            name: "impostor", category: .g2c, roles: [.graduate], graduateID: graduate, myKad: other, password: "kata-laluan-rahsia")
        do {
            _ = try store.addUser(impostor)
            Issue.record("a login with someone else's MyKad number was created")
        } catch {
            #expect(error.description.contains("student record"))
            #expect(!error.description.contains(own) && !error.description.contains(other))
        }
        #expect(try store.user(named: "impostor") == nil)
        let owner = NewUser(
            name: "owner", category: .g2c, roles: [.graduate], graduateID: graduate, myKad: own, password: "kata-laluan-rahsia")
        #expect(try store.addUser(owner).user.graduateID == graduate)
    }

    @Test func passwordsAreCheckedAgainstADummyHashWhenThereIsNoAccountOrNoPassword() async throws {
        let store = try DataStore.inMemory()
        _ = try store.addUser(NewUser(name: "with-password", category: .g2g, roles: [.analyst], password: "a-long-password"))
        _ = try store.addUser(NewUser(name: "key-only", category: .g2g, roles: [.analyst]))
        let withPassword = try #require(try store.passwordAccount(name: "with-password"))
        let keyOnly = try #require(try store.passwordAccount(name: "key-only"))
        #expect(try store.passwordAccount(name: "nobody") == nil)
        #expect(await store.verifyPassword("a-long-password", for: withPassword))
        #expect(await !store.verifyPassword("a-wrong-password", for: withPassword))
        #expect(await !store.verifyPassword("", for: keyOnly))
        #expect(await !store.verifyPassword("a-long-password", for: nil))
        // The dummy hash has the parameters of real hashes, so that checking against it costs the same.
        let real = try #require(
            try await store.writer.read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM users WHERE name = 'with-password'") })
        #expect(real.split(separator: "$").prefix(4) == DataStore.dummyPasswordHash.split(separator: "$").prefix(4))
    }
}
