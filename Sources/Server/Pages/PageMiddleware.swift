import Foundation
import HTTPTypes
import Hummingbird
import Store
import Web

/// In front of every page: the signed-in person, from their page session, becomes the caller that the access policy
/// decides for (exactly as an API credential does); a session idle too long or of a disabled user ends. A page that
/// fails shows an HTML page in the visitor's language with the status and MyGDX fault headers of the API's answer;
/// a page that needs someone signed in sends a visitor to `/login`.
struct PageMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext
    let store: DataStore
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        do {
            context.caller = try await signedIn(context)
            context.audit.caller(context.caller)
            return try await next(request, context)
        } catch {
            return errorPage(error, request: request, context: context)
        }
    }

    /// The caller a page session stands for; anonymous without one.
    func signedIn(_ context: Context) async throws -> Caller {
        guard var session = context.sessions.session else { return .anonymous }
        let now = Date()
        let userID = session.userID
        let user = try await Blocking.run { [store] in try store.user(id: userID) }
        guard !session.isIdle(at: now), let user, !user.isDisabled else {
            context.sessions.clearSession()
            return .anonymous
        }
        // Seen again: written at most once a minute, so browsing does not write on every page.
        if now.timeIntervalSince(session.lastSeen) > 60 {
            session.lastSeen = now
            _ = context.sessions.updateSession(session)
        }
        return try await Blocking.run { [store] in try Caller(user: user, credential: .session).resolvingOwnership(in: store) }
    }

    func errorPage(_ error: any Error, request: Request, context: Context) -> Response {
        let page = try? PageRequest(request)
        if let known = error as? APIError ?? APIError.domain(error), known.status == .unauthorized, let page {
            return page.redirect(to: "/login")
        }
        var fault = FaultMiddleware.response(for: error is PageRefusal ? APIError.forbidden("The form's CSRF token is missing or wrong.") : error, request: request, context: context)
        let language = page?.language ?? .ms
        let message: String
        switch fault.status {
        case .forbidden: message = PageText.text(error is PageRefusal ? "bad_form" : "forbidden", language)
        case .notFound: message = PageText.text("not_found", language)
        default: message = fault.headers[.uxpFaultString] ?? PageText.text("error_title", language)
        }
        let model = PageModel(
            language: language, title: PageText.text("error_title", language), path: page?.path ?? "/",
            signedInAs: context.caller.user?.name, csrfToken: page?.csrfToken ?? "")
        guard let html = try? renderer.render("error", model: model, content: ["message": message]) else { return fault }
        fault.headers[.contentType] = "text/html; charset=utf-8"
        fault.body = .init(byteBuffer: ByteBuffer(string: html))
        return fault
    }
}
