import Columnar
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import Store
import TVET
import TestSupport
import Testing

/// A browser's part in the page tests: the cookies it keeps, the forms it sends, and signing in through the form.
enum PageClient {
    /// The cookies a browser would keep and send back.
    struct CookieJar {
        var cookies: [String: String] = [:]

        mutating func keep(_ response: TestResponse) {
            for header in response.headers[values: .setCookie] {
                let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { continue }
                if header.contains("Max-Age=0") || header.lowercased().contains("expires=thu, 01 jan 1970") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
            }
        }

        func headers(_ extra: HTTPFields = [:]) -> HTTPFields {
            var fields = extra
            if !cookies.isEmpty { fields[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
            return fields
        }

        static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    }

    static func setCookie(_ response: TestResponse, _ name: String) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }

    /// The CSRF token the page put in its form.
    static func csrf(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func body(_ fields: [String: String]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&"))
    }

    /// Signs in through the form, as a browser does; the jar then holds the session and the new CSRF cookie.
    static func signIn(_ client: any TestClientProtocol, login: String, password: String) async throws -> CookieJar {
        var jar = CookieJar()
        let token = try await client.execute(uri: "/login", method: .get) { response in
            jar.keep(response)
            return csrf(String(buffer: response.body)) ?? ""
        }
        try await client.execute(
            uri: "/login", method: .post, headers: jar.headers(CookieJar.form),
            body: body(["login": login, "password": password, "csrf_token": token])
        ) { response in
            #expect(response.status == .seeOther)
            jar.keep(response)
        }
        return jar
    }

    /// The ids of the elements carrying `attribute`, in page order.
    static func ids(_ html: String, _ attribute: String) -> [String] {
        html.components(separatedBy: attribute + "=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
