import Foundation
import Hummingbird
import Store
import Web

/// `/login` and `POST /logout` (CONTRACT 3.9): graduates and applicants sign in with their MyKad number, everyone else
/// with a sign-in name, through the same password check, one lockout per person and audit as the API's logins.
/// Signing in starts a new session (a new cookie value) and a new CSRF token; signing out ends the session on the
/// server, so the old cookie no longer works.
struct SignInController {
    let logins: PasswordLogins
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/login") { request, context in try form(request: request, context: context) }
        pages.add(.post, "/login") { request, context in try await signIn(request: request, context: context) }
        pages.add(.post, "/logout") { request, context in try await signOut(request: request, context: context) }
    }

    func form(request: Request, context: DataRayaRequestContext, login: String = "", error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let page = try PageRequest(request)
        var content: [String: Any] = ["login": login]
        if let error { content["error"] = PageText.text(error, page.language) }
        let html = try renderer.render("login", model: page.model(title: PageText.text("sign_in", page.language), caller: context.caller), content: content)
        return page.html(html, status: status)
    }

    func signIn(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let fields = try await PageRequest.form(request, context: context)
        let login = (fields["login"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = fields["password"] ?? ""
        // A MyKad number is never echoed back into the form.
        let shown = login.allSatisfy(\.isNumber) ? "" : login
        guard !login.isEmpty, !password.isEmpty else {
            return try form(request: request, context: context, login: shown, error: "login_missing", status: .badRequest)
        }
        let user: UserRecord
        do {
            user = login.count == 12 && login.allSatisfy(\.isNumber)
                ? try await logins.signIn(myKad: login, password: password, context: context)
                : try await logins.signIn(name: login, password: password, context: context)
        } catch let error as APIError where error.status == .tooManyRequests {
            return try form(request: request, context: context, login: shown, error: "login_locked", status: .tooManyRequests)
        } catch let error as APIError where error.status == .unauthorized {
            return try form(request: request, context: context, login: shown, error: "login_wrong", status: .unauthorized)
        }
        context.sessions.createSession(PageSession(userID: user.id), expiresIn: PageSession.absoluteLimit)
        context.audit.caller(Caller(user: user, credential: .session))
        var page = try PageRequest(request)
        _ = page.renewCSRF()
        return page.redirect(to: user.roles.contains(.graduate) && user.graduateID != nil ? "/graduate" : "/")
    }

    func signOut(request: Request, context: DataRayaRequestContext) async throws -> Response {
        _ = try await PageRequest.form(request, context: context)
        context.sessions.clearSession()
        var page = try PageRequest(request)
        _ = page.renewCSRF()
        return page.redirect(to: "/")
    }
}
