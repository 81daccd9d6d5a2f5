import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import Testing

/// CONTRACT 3.3: credentials, MyGDX headers that never grant rights, limits.
@Suite struct IdentityTests {
    let fixture: ServerFixture
    init() throws { fixture = try SharedFixture.get() }

    @Test func malformedWrongAndConflictingCredentialsAre401Or400() async throws {
        let cases: [(HTTPFields, HTTPResponse.Status)] = [
            ([.authorization: "Bearer"], .unauthorized),
            ([.authorization: "Token abc"], .unauthorized),
            ([.authorization: "Bearer drt_not-a-token"], .unauthorized),
            ([.authorization: "Basic !!!"], .unauthorized),
            ([HTTPField.Name("X-API-Key")!: "drk_wrong"], .unauthorized),
            ([.authorization: "Bearer x", HTTPField.Name("X-API-Key")!: "y"], .badRequest),
        ]
        try await fixture.test { client in
            for (headers, status) in cases {
                try await client.execute(uri: "/api/v1/institutions", method: .get, headers: headers) { response in
                    #expect(response.status == status, "\(headers)")
                    #expect(response.header("UXP-FaultDetail") != nil)
                }
            }
        }
    }

    @Test func basicAuthAndAPIKeysAsBearerWork() async throws {
        let basic = "Basic " + Data("basic-user:basic-password-1".utf8).base64EncodedString()
        let wrong = "Basic " + Data("basic-user:nope".utf8).base64EncodedString()
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/students?limit=1", method: .get, headers: [.authorization: basic]) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/students?limit=1", method: .get, headers: [.authorization: wrong]) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(
                uri: "/api/v1/students?limit=1", method: .get, headers: [.authorization: "Bearer " + fixture.keys["analyst"]!]
            ) { #expect($0.status == .ok) }
        }
    }

    @Test func upTVETLoginGivesAnExpiringBearerToken() async throws {
        let body = #"{"no_ic": "\#(fixture.applicantMyKad)", "password": "\#(fixture.applicantPassword)"}"#
        try await fixture.test { client in
            let token = try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data["token_type"] == "Bearer")
                if case .string(let token) = response.envelope.data["token"] ?? .null { return token }
                return ""
            }
            try await client.execute(uri: "/api/v1/vacancies?limit=1", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                #expect($0.status == .ok)
            }
            let user = try #require(try fixture.services.data.store.passwordAccount(myKad: fixture.applicantMyKad)?.user)
            let expired = try fixture.services.data.store.issueToken(userID: user.id, lifetime: -60).token
            try await client.execute(uri: "/api/v1/vacancies?limit=1", method: .get, headers: [.authorization: "Bearer \(expired)"]) { response in
                #expect(response.status == .unauthorized)
                #expect(response.envelope.message.contains("expired"))
            }
            let extra = #"{"no_ic": "\#(fixture.applicantMyKad)", "password": "x", "role": "ADMIN"}"#
            try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: ByteBuffer(string: extra)) { #expect($0.status == .badRequest) }
        }
    }

    @Test func repeatedFailedLoginsAreLimited() async throws {
        let fixture = try ServerFixture(configuration: ServerConfiguration(port: 0, maxLoginFailures: 3))
        let wrong = #"{"no_ic": "\#(fixture.applicantMyKad)", "password": "wrong-password"}"#
        let right = #"{"no_ic": "\#(fixture.applicantMyKad)", "password": "\#(fixture.applicantPassword)"}"#
        try await fixture.test { client in
            for _ in 0..<3 {
                try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: ByteBuffer(string: wrong)) { response in
                    #expect(response.status == .unauthorized)
                    #expect(!String(buffer: response.body).contains(fixture.applicantMyKad))
                }
            }
            try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: ByteBuffer(string: right)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.header("Retry-After") != nil)
                #expect(response.header("UXP-FaultCode") == "Client.TooManyAttempts")
            }
        }
    }

    @Test func uxpHeadersAreValidatedEchoedAndGrantNothing() async throws {
        let client = HTTPField.Name("UXP-client")!, service = HTTPField.Name("UXP-Service")!
        try await fixture.test { http in
            try await http.execute(
                uri: "/api/v1/institutions?limit=1", method: .get,
                headers: [client: "MYGDX/GOV/KPT/SISPO", service: "MYGDX/GOV/KESUMA/DATARAYA/KESUMA-DATARAYA-R-Institusi/v1"]
            ) { response in
                #expect(response.status == .ok)
                #expect(response.header("UXP-client") == "MYGDX/GOV/KPT/SISPO")
                #expect(response.header("UXP-Service") == "MYGDX/GOV/KESUMA/DATARAYA/KESUMA-DATARAYA-R-Institusi/v1")
            }
            for (name, value) in [(client, "MYGDX/GOV/KPT"), (client, "XROAD/GOV/KPT/SISPO"), (service, "MYGDX/GOV/KPT/SISPO/KPT-SISPO-X-Data/v1"),
                                  (service, "MYGDX/GOV/KPT/SISPO/KPTSISPO/v1"), (service, "MYGDX/GOV/KPT/SISPO/KPT-SISPO-R-Data/version1")] {
                try await http.execute(uri: "/api/v1/institutions", method: .get, headers: [name: value]) { response in
                    #expect(response.status == .badRequest, "\(value)")
                    #expect(response.header("UXP-FaultCode") == "Client.InvalidUXPHeader")
                }
            }
            // A forged MyGDX identity claims a government data controller's system: rights still come from the credential.
            let forged: HTTPFields = [client: "MYGDX/GOV/KPT/SISPO", service: "MYGDX/GOV/KESUMA/DATARAYA/KESUMA-DATARAYA-R-Pelajar/v1"]
            try await http.execute(uri: "/api/v1/students", method: .get, headers: forged) { #expect($0.status == .unauthorized) }
            var employer = fixture.headers("employer")
            employer[client] = "MYGDX/GOV/KPT/SISPO"
            try await http.execute(uri: "/api/v1/students", method: .get, headers: employer) { #expect($0.status == .forbidden) }
        }
    }

    @Test func oversizedBodiesAre413() async throws {
        let fixture = try ServerFixture(configuration: ServerConfiguration(port: 0, bodyLimit: 2_000))
        let big = "[" + Array(repeating: #"{"vacancy_id": "V1"}"#, count: 200).joined(separator: ",") + "]"
        try await fixture.test(.live) { client in
            try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: big)) {
                response in
                #expect(response.status == .contentTooLarge)
                #expect(response.header("UXP-FaultCode") == "Client.BodyTooLarge")
            }
        }
    }
}
