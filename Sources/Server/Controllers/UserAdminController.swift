import Foundation
import HTTPTypes
import Hummingbird
import Store

/// Managing users and API keys over the API, for ADMIN only: list users, disable and enable them, list, issue and
/// revoke their keys. Each handler decodes, asks `UserAdministration`, and answers.
struct UserAdminController {
    let administration: UserAdministration
    let limits: ServerConfiguration

    func register(in book: RouteBook) {
        let access = "ADMIN"
        book.add(
            .get, "/api/v1/users", tag: "Users", summary: "List users",
            description: "Every user by id: name, category, roles, the record they act for, whether they are disabled. Never a secret.",
            access: access, parameters: [.limit, .cursor], response: .users
        ) { request, context in try await list(request: request, context: context) }
        book.add(
            .post, "/api/v1/users/{id}/disable", tag: "Users", summary: "Disable a user",
            description: "The user's API keys, bearer tokens and password stop working at once (401 'This account is disabled.'). "
                + "An ADMIN cannot disable themselves (409).",
            access: access, parameters: [.userID], response: .user
        ) { request, context in try await setDisabled(true, request: request, context: context) }
        book.add(
            .post, "/api/v1/users/{id}/enable", tag: "Users", summary: "Enable a disabled user",
            description: "The user's keys that are neither revoked nor expired, and their password, work again; bearer tokens issued before do not.",
            access: access, parameters: [.userID], response: .user
        ) { request, context in try await setDisabled(false, request: request, context: context) }
        book.add(
            .get, "/api/v1/users/{id}/keys", tag: "Users", summary: "List a user's API keys",
            description: "Each key's id, dates and state (active, expired, revoked); never the key itself.",
            access: access, parameters: [.userID, .limit, .cursor], response: .apiKeys
        ) { request, context in try await keys(request: request, context: context) }
        book.add(
            .post, "/api/v1/users/{id}/keys", tag: "Users", summary: "Issue a new API key to a user",
            description: "201 with the key in api_key, shown this once. Optional body {\"expires_days\": N} (1 to 3650); "
                + "without it the key does not expire.",
            access: access, parameters: [.userID], request: .newAPIKeyRequest, response: .newAPIKey
        ) { request, context in try await addKey(request: request, context: context) }
        book.add(
            .post, "/api/v1/keys/{key_id}/revoke", tag: "Users", summary: "Revoke an API key",
            description: "The key stops working at once (401 'This API key has been revoked.'), for good.",
            access: access, parameters: [.keyID], response: .apiKey
        ) { request, context in try await revoke(request: request, context: context) }
    }

    func list(request: Request, context: DataRayaRequestContext) async throws -> Response {
        _ = try administration.manager(context.caller)
        let limit = try limits.pageSize(request.uri.queryParameters.get("limit"))
        let start = try limits.pageStart(request.uri.queryParameters.get("cursor"))
        let page = try await Blocking.run { [administration] in try administration.users(from: start, limit: limit) }
        return try Envelope(data: Paged(items: page.users.map(UserView.init(user:)), nextCursor: page.next)).response(from: request, context: context)
    }

    func setDisabled(_ disabled: Bool, request: Request, context: DataRayaRequestContext) async throws -> Response {
        let admin = try administration.manager(context.caller)
        let id = try Self.userID(context)
        let user = try await Blocking.run { [administration] in try administration.setDisabled(id, disabled, by: admin) }
        let message = disabled ? "The user is disabled." : "The user is enabled."
        return try Envelope(data: UserView(user: user), message: message).response(from: request, context: context)
    }

    func keys(request: Request, context: DataRayaRequestContext) async throws -> Response {
        _ = try administration.manager(context.caller)
        let id = try Self.userID(context)
        let limit = try limits.pageSize(request.uri.queryParameters.get("limit"))
        let start = try limits.pageStart(request.uri.queryParameters.get("cursor"))
        let views = try await Blocking.run { [administration] in try administration.keys(of: id) }.map { APIKeyView(record: $0) }
        return try Envelope(data: Paged(slicing: views, from: start, limit: limit)).response(from: request, context: context)
    }

    func addKey(request: Request, context: DataRayaRequestContext) async throws -> Response {
        _ = try administration.manager(context.caller)
        let id = try Self.userID(context)
        var request = request
        let days = try Self.expiresDays(Data(try await request.collectBody(upTo: 4096).readableBytesView))
        let issued = try await Blocking.run { [administration] in try administration.addKey(to: id, days: days) }
        context.audit.record(dataset: nil, recordID: "key:\(issued.record.keyID)", classification: nil)
        return try Envelope(
            data: APIKeyView(record: issued.record, apiKey: issued.key), message: "Keep this key now: it is shown this once.",
            status: .created
        ).response(from: request, context: context)
    }

    func revoke(request: Request, context: DataRayaRequestContext) async throws -> Response {
        _ = try administration.manager(context.caller)
        let keyID = context.parameters.get("key_id") ?? ""
        let record = try await Blocking.run { [administration] in try administration.revoke(keyID: keyID) }
        context.audit.record(dataset: nil, recordID: "key:\(record.keyID)", classification: nil)
        return try Envelope(data: APIKeyView(record: record), message: "The API key is revoked.").response(from: request, context: context)
    }

    /// The `{id}` of the path, noted for the audit trail; 404 when it is not a user id.
    static func userID(_ context: DataRayaRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw UserAdministration.noSuchUser }
        context.audit.record(dataset: nil, recordID: "user:\(id)", classification: nil)
        return id
    }

    /// `expires_days` from an optional body `{"expires_days": N}`; nil when absent.
    static func expiresDays(_ body: Data) throws -> Int? {
        guard body.contains(where: { !Character(UnicodeScalar($0)).isWhitespace }) else { return nil }
        guard case .object(let fields)? = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            throw APIError.badRequest("The body must be a JSON object: {} or {\"expires_days\": N}.")
        }
        for name in fields.keys where name != "expires_days" {
            throw APIError.badRequest("unknown field '\(name)': send only expires_days")
        }
        switch fields["expires_days"] {
        case nil, .null?: return nil
        case .number(let days)? where days.rounded() == days && abs(days) < 1e9: return Int(days)
        default: throw APIError.badRequest("expires_days must be a whole number of days.")
        }
    }
}
