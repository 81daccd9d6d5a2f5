import Foundation
import HTTPTypes
import Hummingbird
import Store
import TVET

/// UP_TVET (seed Lampiran B, D and E): applicants log in with their MyKad number and password in the body (never in a
/// URL) and get a bearer token; applications are submitted as a batch.
struct UPTVETController {
    let data: DataService
    let logins: PasswordLogins
    let limits: ServerConfiguration

    func register(in book: RouteBook) {
        book.add(
            .post, "/api/v1/uptvet/login", tag: "UP_TVET", summary: "Log in with a MyKad number and password",
            description: "Returns a bearer token. Five failed logins of one person within 15 minutes, by any way of logging in, "
                + "lock them out for the rest of the window (429).",
            access: "anyone with a UP_TVET login", request: .login, response: .token
        ) { request, context in try await login(request: request, context: context) }
        book.add(
            .post, "/api/v1/uptvet/applications", tag: "UP_TVET", summary: "Submit UP_TVET applications",
            description: "An applicant submits their own applications (their MyKad number, status SUBMITTED) and may replace only "
                + "their own while it is still SUBMITTED; agency systems submit any. A graduate lists their own with GET /api/v1/applications.",
            access: "UP_TVET applicants (bearer token), DATA_CONTROLLER, AGENCY_SYSTEM",
            request: .batch(of: .applications), response: .accepted
        ) { request, context in try await submit(request: request, context: context) }
    }

    struct LoginBody: Decodable {
        let no_ic: String
        let password: String

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            for key in container.allKeys where key.stringValue != "no_ic" && key.stringValue != "password" {
                throw APIError.badRequest("unknown field '\(key.stringValue)': send only no_ic and password")
            }
            no_ic = try container.decode(String.self, forKey: Key(stringValue: "no_ic"))
            password = try container.decode(String.self, forKey: Key(stringValue: "password"))
        }

        struct Key: CodingKey {
            let stringValue: String
            init(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }
    }

    struct Token: Encodable, Sendable {
        let token: String
        let tokenType = "Bearer"
        let expiresAt: String

        enum CodingKeys: String, CodingKey { case token, tokenType = "token_type", expiresAt = "expires_at" }
    }

    func login(request: Request, context: DataRayaRequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 4096)
        let credentials: LoginBody
        do {
            credentials = try JSONDecoder().decode(LoginBody.self, from: Data(body.readableBytesView))
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.badRequest("The body must be {\"no_ic\": \"...\", \"password\": \"...\"}.")
        }
        let user = try await logins.signIn(myKad: credentials.no_ic, password: credentials.password, context: context)
        context.audit.caller(Caller(user: user, credential: .none))
        let issued = try await Blocking.run { [data, limits] in try data.store.issueToken(userID: user.id, lifetime: limits.tokenLifetime) }
        return try Envelope(data: Token(token: issued.token, expiresAt: ISO8601DateFormatter().string(from: issued.expiresAt)))
            .response(from: request, context: context)
    }

    /// The same write path as `POST /api/v1/applications`: the access policy lets an applicant store only their own
    /// applications, as SUBMITTED, and replace only their own application while it is still SUBMITTED.
    func submit(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let stored = try await BatchBody.ingest(request: request, context: context, dataset: .applications, data: data)
        return try Envelope(data: DatasetController.Accepted(dataset: DatasetSchema.applications.name, records: stored), message: "Data accepted")
            .response(from: request, context: context)
    }
}
