import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ServerTestSupport
import TestSupport
import Testing

@testable import Server

/// Data-loss prevention (seed 3.1.1): a caller that reads more records with personal data in an hour than its role
/// needs is slowed, then refused; both are events in the audit trail and the metrics; other callers and reads without
/// personal data go on.
@Suite struct PersonalReadLimitTests {
    static let limit = PersonalReadLimits.Limit(slowAfter: 3, refuseAfter: 5)

    @Test func aCallerIsSlowedThenRefusedUntilTheHourHasRoom() {
        let budget = PersonalReadBudget(limits: PersonalReadLimits())
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(budget.charge("a", records: 3, limit: Self.limit, now: start) == .allowed)
        #expect(budget.charge("a", records: 1, limit: Self.limit, now: start) == .slowed(raised: true))
        #expect(budget.charge("a", records: 1, limit: Self.limit, now: start.addingTimeInterval(600)) == .slowed(raised: false))
        // Refused reads are not counted; room comes back when the first minute's three records leave the hour.
        #expect(budget.charge("a", records: 1, limit: Self.limit, now: start.addingTimeInterval(601)) == .refused(retryAfter: 2999, raised: true))
        #expect(budget.charge("a", records: 1, limit: Self.limit, now: start.addingTimeInterval(602)) == .refused(retryAfter: 2998, raised: false))
        #expect(budget.charge("b", records: 5, limit: Self.limit, now: start) == .slowed(raised: true))
        #expect(budget.charge("a", records: 1, limit: Self.limit, now: start.addingTimeInterval(3600)) == .allowed)
    }

    @Test func theMostGenerousRoleAndGrantsHaveTheirOwnLimits() {
        let limits = PersonalReadLimits()
        #expect(limits.limit(roles: [.graduate], grant: false) == limits.byRole[.graduate])
        #expect(limits.limit(roles: [.admin, .dataController], grant: false) == limits.byRole[.dataController])
        #expect(limits.limit(roles: [.dataController], grant: true) == limits.grant)
        #expect(limits.limit(roles: [.analyst], grant: false) == limits.other)
    }

    @Test func theAPIRefusesAHeavyReaderOfPersonalDataAndRaisesIt() async throws {
        var configured = try SharedFixture.get()
        configured.configuration.personalReads.byRole[.dataController] = .init(slowAfter: 4, refuseAfter: 6)
        configured.configuration.personalReads.slowDelay = .milliseconds(1)
        let fixture = configured
        try await fixture.test { client in
            // Institutions hold no personal data: never counted.
            for _ in 0..<3 {
                try await client.execute(uri: "/api/v1/institutions?limit=10", method: .get, headers: fixture.headers("controller")) {
                    #expect($0.status == .ok)
                }
            }
            // Students carry MyKad numbers and names: 3 + 3 records fit, the next 3 would pass 6.
            for expected in [HTTPResponse.Status.ok, .ok, .tooManyRequests] {
                try await client.execute(uri: "/api/v1/students?limit=3", method: .get, headers: fixture.headers("controller")) { response in
                    #expect(response.status == expected)
                    if expected == .tooManyRequests {
                        #expect(response.header("UXP-FaultCode") == "Client.PersonalDataLimit")
                        #expect((Int(response.header("Retry-After") ?? "") ?? 0) > 0)
                        #expect(!String(buffer: response.body).contains("no_ic"))
                    }
                }
            }
            // Another caller with the same role has a budget of its own; a refused caller still reads other data.
            try await client.execute(uri: "/api/v1/students?limit=3", method: .get, headers: fixture.headers("agency")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/institutions?limit=3", method: .get, headers: fixture.headers("controller")) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.contains(#"dataraya_personal_data_events_total{event="slowed"}"#))
                #expect(text.contains(#"dataraya_personal_data_events_total{event="refused"}"#))
            }
        }
        await fixture.services.recorder.flush()
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let events = try DatabaseQueue(path: fixture.storePath, configuration: configuration).read { db in
            try Row.fetchAll(
                db,
                sql: #"""
                    SELECT "action", "outcome", "dataset" FROM "audit" WHERE "action" LIKE 'personal-data reads %'
                    AND "actor" = 'user:' || (SELECT "id" FROM "users" WHERE "name" = 'kpt-controller') ORDER BY "seq"
                    """#)
        }
        #expect(events.map { $0["action"] as String } == ["personal-data reads slowed", "personal-data reads refused"])
        #expect(events.allSatisfy { ($0["dataset"] as String?) == "students" })
    }
}
