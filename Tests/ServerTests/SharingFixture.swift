import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import Store
import Testing

/// The shared server with the committees' members and a second researcher beside the usual users, for the
/// data-sharing suites. They add requests, grants and registrations of their own, which no other suite reads, so they
/// share the one store rather than generating another.
enum SharingFixture {
    static let shared: Result<ServerFixture, any Error> = Result {
        var fixture = try SharedFixture.get()
        let store = fixture.services.data.store
        let members: [(String, NewUser)] = [
            ("kktd", NewUser(name: "kktd-member", category: .g2g, roles: [.kktd])),
            ("jtdtvet", NewUser(name: "jtdtvet-member", category: .g2g, roles: [.jtdtvet])),
            ("jpdtvet", NewUser(name: "jpdtvet-member", category: .g2g, roles: [.jpdtvet])),
            ("researcher2", NewUser(name: "other-researcher", category: .researcher, roles: [.analyst])),
        ]
        for (label, user) in members { fixture.keys[label] = try store.addUser(user).apiKey }
        return fixture
    }

    static func get() throws -> ServerFixture { try shared.get() }

    /// A request a researcher would file: salaries of one year's graduates, a one-off CSV.
    static func requestBody(purpose: String = "Kajian gaji graduan", to: String = "2099-12-31", datasets: String? = nil) -> String {
        let asked = datasets ?? """
            [{"dataset": "graduates", "columns": ["graduate_id", "graduation_year", "monthly_salary", "status"],
              "filters": [{"column": "graduation_year", "op": "ge", "value": 2020}]}]
            """
        return """
            {"organisation": "Universiti Contoh", "purpose": "\(purpose)", "kind": "one_off",
             "period": {"from": "2020-01-01", "to": "\(to)"}, "delivery": "csv", "datasets": \(asked)}
            """
    }
}

extension TestClientProtocol {
    /// Sends a JSON body as a fixture's user and returns the status and the envelope's `data`.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method, _ uri: String, as label: String?, fixture: ServerFixture, body: String? = nil
    ) async throws -> (status: HTTPResponse.Status, data: JSONValue, message: String) {
        var headers = fixture.headers(label)
        headers[.contentType] = "application/json"
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            let envelope = response.envelope
            return (response.status, envelope.data, envelope.message)
        }
    }
}
