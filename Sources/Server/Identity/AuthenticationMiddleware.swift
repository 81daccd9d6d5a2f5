import Foundation
import HTTPTypes
import Hummingbird
import Sharing
import Store
import TVET

/// Establishes the caller from one credential: `Authorization: Bearer <token>` (a UP_TVET login token, or an API
/// key), `X-API-Key: <key>`, or `Authorization: Basic`. No credential means anonymous; a wrong, malformed, expired or
/// revoked one, or any credential of a disabled user, is a 401 that says which — never a silent fall-back to
/// anonymous. MyGDX headers play no part here. A refused credential is noted for the audit trail on every path.
///
/// An API key bound to a grant reads as the grant says, not as its owner's roles do: its principal holds the grant
/// and no role, and outside the grant's period or once it is revoked every call with it is refused.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = DataRayaRequestContext
    let store: DataStore
    let logins: PasswordLogins
    let sharing: SharingService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        do {
            context.caller = try await caller(of: request, context: context)
        } catch {
            context.audit.refusedLogin()
            throw error
        }
        context.audit.caller(context.caller)
        return try await next(request, context)
    }

    func caller(of request: Request, context: Context) async throws -> Caller {
        let authorization = request.headers[.authorization]
        let apiKey = request.headers[.xAPIKey]
        if authorization != nil && apiKey != nil {
            throw APIError.badRequest("Send one credential: either Authorization or X-API-Key, not both.")
        }
        if let apiKey { return try await userByAPIKey(apiKey.trimmingCharacters(in: .whitespaces)) }
        guard let authorization else { return .anonymous }
        let parts = authorization.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw APIError.unauthorized("The Authorization header must be 'Bearer <token>' or 'Basic <credentials>'.") }
        let value = parts[1].trimmingCharacters(in: .whitespaces)
        switch parts[0].lowercased() {
        case "bearer":
            if value.hasPrefix("drk_") { return try await userByAPIKey(value) }
            return try await Blocking.run { [store] in
                try Self.caller(
                    try store.user(bearerToken: value), credential: .bearer,
                    unknown: "The bearer token is not valid.", expired: "The bearer token has expired; log in again."
                ).resolvingOwnership(in: store)
            }
        case "basic":
            guard let decoded = Data(base64Encoded: value).map({ String(decoding: $0, as: UTF8.self) }),
                let colon = decoded.firstIndex(of: ":")
            else { throw APIError.unauthorized("The Basic credentials are malformed.") }
            let name = String(decoded[..<colon]), password = String(decoded[decoded.index(after: colon)...])
            // A MyKad number signs in through its digest: it is never a user name.
            let user = (try? MyKad.validate(name)) != nil
                ? try await logins.signIn(myKad: name, password: password, context: context)
                : try await logins.signIn(name: name, password: password, context: context)
            let caller = Caller(user: user, credential: .basic)
            return try await Blocking.run { [store] in try caller.resolvingOwnership(in: store) }
        default:
            throw APIError.unauthorized("The Authorization scheme must be Bearer or Basic.")
        }
    }

    /// The key's user, with the records they act for, looked up on the blocking queue (SQLite, off the cooperative pool).
    private func userByAPIKey(_ key: String) async throws -> Caller {
        let caller = try await Blocking.run { [store, sharing] in
            let caller = try Self.caller(
                try store.apiKeyLookup(key), credential: .apiKey, unknown: "The API key is not valid.", expired: "This API key has expired."
            ).resolvingOwnership(in: store)
            guard let grant = try sharing.accessGrant(apiKey: key), let user = caller.user else { return caller }
            var principal = caller.principal
            principal.roles = []
            principal.grant = grant
            return Caller(user: user, credential: .apiKey, principal: principal)
        }
        try caller.require(.useGrant)
        return caller
    }

    /// The caller of a looked-up key or token, or the 401 that says what is wrong with it.
    static func caller(_ lookup: CredentialLookup, credential: Caller.Credential, unknown: String, expired: String) throws -> Caller {
        switch lookup {
        case .valid(let user): return Caller(user: user, credential: credential)
        case .unknown: throw APIError.unauthorized(unknown)
        case .expired: throw APIError.unauthorized(expired)
        case .revoked: throw APIError.unauthorized("This API key has been revoked.")
        case .disabled: throw APIError.unauthorized("This account is disabled.")
        }
    }
}

extension HTTPField.Name {
    static let xAPIKey = HTTPField.Name("X-API-Key")!
}
