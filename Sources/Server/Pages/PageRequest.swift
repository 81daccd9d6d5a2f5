import Foundation
import Hummingbird
import Web

/// What every page reads from its request: the visitor's language (`?lang=`, else the `lang` cookie), the CSRF token
/// its forms carry, and the cookies to set for them. CSRF uses a double-submit cookie: a random token in an HttpOnly,
/// SameSite=Strict cookie, repeated in a hidden field of every form; a POST whose field does not equal the cookie is
/// refused before anything changes.
struct PageRequest {
    static let csrfCookie = "dataraya_csrf"
    static let csrfField = "csrf_token"

    let language: PageLanguage
    let csrfToken: String
    /// The path and query the page was asked with, without `lang` (for the language switch).
    let path: String
    var cookies: [Cookie] = []

    init(_ request: Request) throws {
        let asked = request.uri.queryParameters.get("lang")
        if let asked, PageLanguage(rawValue: asked) == nil {
            throw APIError.badRequest("Unknown lang '\(asked.prefix(16))'; accepted: ms, en.")
        }
        language = PageLanguage.choose(query: asked, cookie: request.cookies[PageLanguage.cookie]?.value)
        if asked != nil {
            cookies.append(Cookie(name: PageLanguage.cookie, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", sameSite: .lax))
        }
        if let token = request.cookies[Self.csrfCookie]?.value, token.count == 43 {
            csrfToken = token
        } else {
            csrfToken = Self.newToken()
            cookies.append(Self.csrfCookie(csrfToken))
        }
        let others = request.uri.queryParameters.filter { $0.key != "lang" }.map { "\($0.key)=\($0.value)" }
        path = request.uri.path + (others.isEmpty ? "" : "?" + others.joined(separator: "&"))
    }

    /// A new CSRF token, as at sign-in (the old one dies with the old identity).
    mutating func renewCSRF() -> String {
        let token = Self.newToken()
        cookies.removeAll { $0.name == Self.csrfCookie }
        cookies.append(Self.csrfCookie(token))
        return token
    }

    static func csrfCookie(_ token: String) -> Cookie {
        Cookie(name: csrfCookie, value: token, path: "/", httpOnly: true, sameSite: .strict)
    }

    static func newToken() -> String {
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The fields of an `application/x-www-form-urlencoded` body, after checking its CSRF token against the cookie.
    static func form(_ request: Request, context: DataRayaRequestContext) async throws -> PageForm {
        var request = request
        let body = try await request.collectBody(upTo: 64 * 1024)
        let form = PageForm(String(buffer: body))
        let cookie = Array((request.cookies[csrfCookie]?.value ?? "").utf8)
        let sent = Array((form[csrfField] ?? "").utf8)
        // Compared in constant time; an absent cookie never matches.
        guard !cookie.isEmpty, cookie.count == sent.count, zip(cookie, sent).reduce(UInt8(0), { $0 | ($1.0 ^ $1.1) }) == 0 else {
            throw PageRefusal.badForm
        }
        return form
    }

    /// The page's shared frame.
    func model(title: String, caller: Caller) -> PageModel {
        PageModel(language: language, title: title, path: path, signedInAs: caller.user?.name, csrfToken: csrfToken)
    }

    /// An HTML response with the page's cookies.
    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// A redirect after a form (303, so the browser follows with GET), with the page's cookies.
    func redirect(to location: String) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }
}

/// A form that cannot be trusted: its CSRF token is missing or wrong (403; nothing changes).
enum PageRefusal: Error {
    case badForm
}

/// The fields of a submitted form, by name; a name given several times (checkboxes) keeps every value.
struct PageForm {
    private var values: [String: [String]] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            if let name = parts.first, !name.isEmpty { values[name, default: []].append(parts.count > 1 ? parts[1] : "") }
        }
    }

    /// The field's value (the last, if given several times).
    subscript(name: String) -> String? { values[name]?.last }

    /// Every value of a field given several times.
    func all(_ name: String) -> [String] { values[name] ?? [] }
}
