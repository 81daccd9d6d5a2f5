import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import Testing

/// Managing users and keys over the API (ADMIN only): disabling stops every credential of a user at once, keys are
/// listed by id, issued once and revoked; an ADMIN cannot disable themselves.
@Suite struct UserAdminTests {
    static let routes: [(HTTPRequest.Method, String)] = [
        (.get, "/api/v1/users"), (.post, "/api/v1/users/1/disable"), (.post, "/api/v1/users/1/enable"),
        (.get, "/api/v1/users/1/keys"), (.post, "/api/v1/users/1/keys"), (.post, "/api/v1/keys/000000000000/revoke"),
    ]

    @Test func onlyAnAdminManagesUsersAndKeys() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            for (method, path) in Self.routes {
                try await client.execute(uri: path, method: method) { #expect($0.status == .unauthorized, "\(path)") }
                for label in ["analyst", "controller", "graduate"] {
                    try await client.execute(uri: path, method: method, headers: fixture.headers(label)) { response in
                        #expect(response.status == .forbidden, "\(label) \(path)")
                        #expect(response.header("UXP-FaultCode") == "Client.Forbidden")
                    }
                }
            }
            try await client.execute(uri: "/api/v1/users?limit=3", method: .get, headers: fixture.headers("admin")) { response in
                #expect(response.status == .ok)
                let users = response.envelope.data["items"]!.items
                #expect(users.count == 3 && users[0]["name"] == "admin" && users[0]["roles"] == ["ADMIN"])
                #expect(users[0]["disabled"] == false && users[0]["disabled_at"] == .null)
                #expect(response.envelope.data["next_cursor"] == "3")
            }
            try await client.execute(uri: "/api/v1/users?limit=1000", method: .get, headers: fixture.headers("admin")) { response in
                let text = String(buffer: response.body)
                #expect(text.contains("\"applicant\"") && text.contains("\"uptvet_login\":true"))
                for secret in ["drk_", "scrypt", "password", "digest", fixture.applicantMyKad] { #expect(!text.contains(secret), "\(secret)") }
            }
        }
    }

    @Test func aDisabledUsersKeysTokensAndPasswordsStopAtOnceAndComeBackWhenEnabled() async throws {
        let fixture = try ServerFixture()
        let store = fixture.services.data.store
        let applicant = try #require(try store.user(named: "applicant"))
        let basicUser = try #require(try store.user(named: "basic-user"))
        let token = try store.issueToken(userID: applicant.id, lifetime: 3600).token
        let basic = "Basic " + Data("basic-user:basic-password-1".utf8).base64EncodedString()
        let login = #"{"no_ic": "\#(fixture.applicantMyKad)", "password": "\#(fixture.applicantPassword)"}"#
        try await fixture.test { client in
            for user in [applicant, basicUser] {
                try await client.execute(uri: "/api/v1/users/\(user.id)/disable", method: .post, headers: fixture.headers("admin")) { response in
                    #expect(response.status == .ok)
                    #expect(response.envelope.data["disabled"] == true)
                }
            }
            let refused: [(HTTPFields, String, ByteBuffer?)] = [
                (fixture.headers("applicant"), "/api/v1/vacancies?limit=1", nil),
                ([.authorization: "Bearer \(token)"], "/api/v1/vacancies?limit=1", nil),
                ([.authorization: basic], "/api/v1/students?limit=1", nil),
                ([:], "/api/v1/uptvet/login", ByteBuffer(string: login)),
            ]
            for (headers, path, body) in refused {
                try await client.execute(uri: path, method: body == nil ? .get : .post, headers: headers, body: body) { response in
                    #expect(response.status == .unauthorized, "\(path)")
                    #expect(response.envelope.message == "This account is disabled.", "\(path)")
                }
            }
            try await client.execute(uri: "/api/v1/users/\(applicant.id)/enable", method: .post, headers: fixture.headers("admin")) {
                #expect($0.envelope.data["disabled"] == false)
            }
            try await client.execute(uri: "/api/v1/vacancies?limit=1", method: .get, headers: fixture.headers("applicant")) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: ByteBuffer(string: login)) { #expect($0.status == .ok) }
            // A token from before the account was disabled does not come back with it.
            try await client.execute(uri: "/api/v1/vacancies?limit=1", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                #expect($0.status == .unauthorized)
            }
        }
    }

    @Test func anAdminCannotDisableThemselvesAndUnknownIdsAre404() async throws {
        let fixture = try SharedFixture.get()
        let admin = try #require(try fixture.services.data.store.user(named: "admin"))
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/users/\(admin.id)/disable", method: .post, headers: fixture.headers("admin")) { response in
                #expect(response.status == .conflict)
                #expect(response.envelope.message.contains("your own account"))
            }
            try await client.execute(uri: "/api/v1/students?limit=1", method: .get, headers: fixture.headers("admin")) {
                #expect($0.status != .unauthorized)
            }
            for (method, path) in [(HTTPRequest.Method.post, "/api/v1/users/99999/disable"), (.get, "/api/v1/users/99999/keys"),
                                   (.post, "/api/v1/users/abc/keys"), (.post, "/api/v1/keys/000000000000/revoke")] {
                try await client.execute(uri: path, method: method, headers: fixture.headers("admin")) { #expect($0.status == .notFound, "\(path)") }
            }
        }
    }

    @Test func keysAreListedByIdIssuedOnceAndRevokedOrExpired() async throws {
        let fixture = try ServerFixture()
        let store = fixture.services.data.store
        let analyst = try #require(try store.user(named: "analyst"))
        let admin = fixture.headers("admin")
        let expired = try #require(try store.addAPIKey(userID: analyst.id, expiresAt: Date().addingTimeInterval(-60))).key
        let issuedKeyID = try await fixture.test { client in
            let issued = try await client.execute(
                uri: "/api/v1/users/\(analyst.id)/keys", method: .post, headers: admin, body: ByteBuffer(string: #"{"expires_days": 30}"#)
            ) { response in
                #expect(response.status == .created)
                #expect(response.envelope.data["state"] == "active" && response.envelope.data["expires_at"] != .null)
                return (response.envelope.data["api_key"]?.text ?? "", response.envelope.data["key_id"]?.text ?? "")
            }
            #expect(issued.0.hasPrefix("drk_") && issued.1.count == 12)
            try await client.execute(uri: "/api/v1/students?limit=1", method: .get, headers: [.xAPIKey: issued.0]) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/users/\(analyst.id)/keys", method: .get, headers: admin) { response in
                let keys = response.envelope.data["items"]!.items
                #expect(keys.count == 3)
                #expect(keys.contains { $0["key_id"]?.text == issued.1 })
                #expect(keys.contains { $0["state"] == "expired" })
                #expect(!String(buffer: response.body).contains("drk_"))
            }
            for body in [#"{"expires_days": 0}"#, #"{"expires_days": 1.5}"#, #"{"days": 3}"#, "[1]"] {
                try await client.execute(uri: "/api/v1/users/\(analyst.id)/keys", method: .post, headers: admin, body: ByteBuffer(string: body)) {
                    #expect($0.status == .badRequest, "\(body)")
                }
            }
            try await client.execute(uri: "/api/v1/keys/\(issued.1)/revoke", method: .post, headers: admin) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data["state"] == "revoked")
            }
            let answers = [(issued.0, "This API key has been revoked."), (expired, "This API key has expired.")]
            for (key, message) in answers {
                try await client.execute(uri: "/api/v1/students?limit=1", method: .get, headers: [.xAPIKey: key]) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.envelope.message == message)
                }
            }
            try await client.execute(uri: "/api/v1/students?limit=1", method: .get, headers: fixture.headers("analyst")) { #expect($0.status == .ok) }
            return issued.1
        }
        await fixture.services.recorder.flush()
        let records = try await DatabaseQueue(path: fixture.storePath).read { db in
            try String.fetchAll(db, sql: "SELECT record_id FROM audit WHERE action LIKE 'POST /api/v1/%' AND record_id IS NOT NULL")
        }
        #expect(records.contains("key:\(issuedKeyID)") && records.contains("user:\(analyst.id)"))
    }
}

extension HTTPField.Name {
    static let xAPIKey = HTTPField.Name("X-API-Key")!
}
