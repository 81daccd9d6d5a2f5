import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import Testing

/// Password logins (HTTP Basic and UP_TVET): one lockout per person whatever way they log in, no way around it by
/// guessing concurrently, and every refusal in the audit trail. (That an unknown account costs a password check like
/// a wrong password is checked in `PasswordCostTests`, without timing anything.)
@Suite struct LoginTests {
    static func basic(_ name: String, _ password: String) -> HTTPFields {
        [.authorization: "Basic " + Data("\(name):\(password)".utf8).base64EncodedString()]
    }

    static func upTVET(_ myKad: String, _ password: String) -> ByteBuffer {
        ByteBuffer(string: #"{"no_ic": "\#(myKad)", "password": "\#(password)"}"#)
    }

    @Test func aPersonLockedOutOneWayIsLockedOutEveryWay() async throws {
        let fixture = try ServerFixture(configuration: ServerConfiguration(port: 0, maxLoginFailures: 3))
        let secondMyKad = "040404104044", secondPassword = "kata-laluan-kedua"
        _ = try fixture.services.data.store.addUser(
            NewUser(name: "pemohon-kedua", category: .g2c, roles: [.graduate], myKad: secondMyKad, password: secondPassword))
        try await fixture.test { client in
            // Guessing by name (Basic), then the right password by MyKad number (UP_TVET).
            for _ in 0..<3 {
                try await client.execute(uri: "/api/v1/vacancies?limit=1", method: .get, headers: Self.basic("applicant", "wrong-guess")) {
                    #expect($0.status == .unauthorized)
                }
            }
            let right = Self.upTVET(fixture.applicantMyKad, fixture.applicantPassword)
            try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: right) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.header("UXP-FaultCode") == "Client.TooManyAttempts")
            }
            // Guessing by MyKad number, then the right password by name.
            for _ in 0..<3 {
                try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: Self.upTVET(secondMyKad, "wrong-guess")) {
                    #expect($0.status == .unauthorized)
                }
            }
            try await client.execute(uri: "/api/v1/vacancies?limit=1", method: .get, headers: Self.basic("pemohon-kedua", secondPassword)) {
                #expect($0.status == .tooManyRequests)
            }
            // An identifier with no account locks the same way, so the answers do not tell which ones exist.
            for _ in 0..<3 {
                try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: Self.upTVET("010101101011", "wrong-guess")) {
                    #expect($0.status == .unauthorized)
                }
            }
            try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: Self.upTVET("010101101011", "wrong-guess")) {
                #expect($0.status == .tooManyRequests)
            }
            // Someone else is not locked out.
            try await client.execute(uri: "/api/v1/students?limit=1", method: .get, headers: Self.basic("basic-user", "basic-password-1")) {
                #expect($0.status == .ok)
            }
        }
    }

    @Test func concurrentGuessesCannotPassTheLimit() async throws {
        let fixture = try ServerFixture(configuration: ServerConfiguration(port: 0, maxLoginFailures: 5))
        let statuses = try await fixture.test { client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for attempt in 0..<100 {
                    group.addTask {
                        try await client.execute(
                            uri: "/api/v1/vacancies?limit=1", method: .get, headers: Self.basic("basic-user", "guess-\(attempt)")
                        ) { $0.status }
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
        }
        #expect(statuses.filter { $0 == .unauthorized }.count == 5)
        #expect(statuses.filter { $0 == .tooManyRequests }.count == 95)
    }

    /// Timing is compared loosely (a quarter), only to tell one scrypt run from none: a wrong password costs one, and
    /// so must an unknown name or MyKad number and an account without a password.

    @Test func refusedCredentialsAreAuditedOnEveryPath() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            try await client.execute(uri: "/health", method: .get, headers: Self.basic("nobody-at-all", "guess")) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/metrics", method: .get, headers: [HTTPField.Name("X-API-Key")!: "drk_not-a-key"]) {
                #expect($0.status == .unauthorized)
            }
        }
        await fixture.services.recorder.flush()
        let rows = try DatabaseQueue(path: fixture.storePath).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE action IN ('GET /health', 'GET /metrics')")
        }
        for action in ["GET /health", "GET /metrics"] {
            #expect(rows.contains {
                ($0["action"] as String) == action && ($0["outcome"] as String) == "REFUSED" && ($0["status"] as Int) == 401
                    && ($0["actor"] as String) == "anonymous" && ($0["fault_id"] as String?) != nil
            }, "\(action)")
        }
    }
}
