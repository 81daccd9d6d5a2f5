import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import Testing

/// Self-registration (CONTRACT 3.11): a pending registrant signs in but reads the catalogue and open data only and
/// files no request; a DATA_CONTROLLER approves or rejects; an approved one files requests and takes API keys; a G2C
/// registrant whose login is a valid MyKad number is approved at once.
@Suite struct RegistrationTests {
    static func body(category: String = "RESEARCHER", login: String) -> String {
        #"{"category": "\#(category)", "organisation": "Universiti Contoh", "name": "Siti Contoh", "email": "siti@contoh.edu.my", "login": "\#(login)", "password": "kata-laluan-panjang"}"#
    }

    static func basic(_ login: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.authorization] = "Basic " + Data("\(login):kata-laluan-panjang".utf8).base64EncodedString()
        headers[.contentType] = "application/json"
        return headers
    }

    static func call(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, _ headers: HTTPFields, body: String? = nil
    ) async throws -> (status: HTTPResponse.Status, data: JSONValue, message: String) {
        try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) {
            ($0.status, $0.envelope.data, $0.envelope.message)
        }
    }

    @Test func aPendingRegistrantReadsOpenDataOnlyUntilApproved() async throws {
        let fixture = try SharingFixture.get()
        let login = "penyelidik-\(UUID().uuidString.prefix(8))"
        try await fixture.test { client in
            let filed = try await client.send(.post, "/api/v1/registrations", as: nil, fixture: fixture, body: Self.body(login: login))
            #expect(filed.status == .created && filed.data["state"] == "PENDING")
            let id = try #require(filed.data["registration_id"]?.int)
            let headers = Self.basic(login)
            #expect(try await Self.call(client, .get, "/api/v1/catalogue", headers).status == .ok)
            #expect(try await Self.call(client, .get, "/api/v1/institutions", headers).status == .ok)
            #expect(try await Self.call(client, .get, "/api/v1/graduates", headers).status == .forbidden)
            let refused = try await Self.call(client, .post, "/api/v1/requests", headers, body: SharingFixture.requestBody())
            #expect(refused.status == .forbidden && refused.message.contains("approval"))
            #expect(try await Self.call(client, .post, "/api/v1/registrations/\(id)/keys", headers).status == .forbidden)

            let approve = #"{"action": "approve", "note": "Institusi disahkan"}"#
            for label in ["analyst", "kktd", "admin"] {
                #expect(try await client.send(.post, "/api/v1/registrations/\(id)/actions", as: label, fixture: fixture, body: approve).status == .forbidden)
            }
            let approved = try await client.send(.post, "/api/v1/registrations/\(id)/actions", as: "controller", fixture: fixture, body: approve)
            #expect(approved.status == .ok && approved.data["state"] == "APPROVED")
            #expect(try await client.send(.post, "/api/v1/registrations/\(id)/actions", as: "controller", fixture: fixture, body: approve).status == .conflict)

            #expect(try await Self.call(client, .post, "/api/v1/requests", headers, body: SharingFixture.requestBody()).status == .created)
            let issued = try await Self.call(client, .post, "/api/v1/registrations/\(id)/keys", headers)
            #expect(issued.status == .created)
            let key = try #require(issued.data["api_key"]?.text)
            var keyed = HTTPFields()
            keyed[HTTPField.Name("X-API-Key")!] = key
            #expect(try await Self.call(client, .get, "/api/v1/requests", keyed).status == .ok)
            #expect(try await client.send(.post, "/api/v1/registrations/\(id)/keys", as: "researcher", fixture: fixture).status == .notFound)
        }
    }

    @Test func aRejectedRegistrantCannotSignInAndAMyKadIsVerifiedAtOnce() async throws {
        let fixture = try SharingFixture.get()
        let login = "pemohon-\(UUID().uuidString.prefix(8))"
        try await fixture.test { client in
            let filed = try await client.send(.post, "/api/v1/registrations", as: nil, fixture: fixture, body: Self.body(category: "OTHER", login: login))
            let id = try #require(filed.data["registration_id"]?.int)
            let rejected = try await client.send(
                .post, "/api/v1/registrations/\(id)/actions", as: "controller", fixture: fixture, body: #"{"action": "reject", "note": "Tidak layak"}"#)
            #expect(rejected.data["state"] == "REJECTED" && rejected.data["note"] == "Tidak layak")
            #expect(try await Self.call(client, .get, "/api/v1/catalogue", Self.basic(login)).status == .unauthorized)

            let myKad = "900101105061"
            let verified = try await client.send(.post, "/api/v1/registrations", as: nil, fixture: fixture, body: Self.body(category: "G2C", login: myKad))
            #expect(verified.status == .created && verified.data["state"] == "APPROVED", "\(verified.message)")
            #expect(!String(describing: verified.data).contains(myKad))
            #expect(try await Self.call(client, .post, "/api/v1/requests", Self.basic(myKad), body: SharingFixture.requestBody()).status == .created)

            let bad = try await client.send(
                .post, "/api/v1/registrations", as: nil, fixture: fixture,
                body: #"{"category": "NOPE", "organisation": "", "name": "x", "email": "x", "login": "a:b", "password": "short"}"#)
            #expect(bad.status == .unprocessableContent)
            let fields = Set(bad.data["errors"]?.items.compactMap { $0["field"]?.text } ?? [])
            #expect(fields == ["category", "organisation", "email", "login", "password"])
            #expect(try await client.send(.post, "/api/v1/registrations", as: nil, fixture: fixture, body: Self.body(login: login)).status == .unprocessableContent)
        }
    }
}
