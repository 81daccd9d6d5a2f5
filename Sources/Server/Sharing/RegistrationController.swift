import Foundation
import HTTPTypes
import Hummingbird
import Sharing
import Store
import TVET

/// Self-registration (CONTRACT 3.11): registering needs no credential; a DATA_CONTROLLER approves or rejects; an
/// approved registrant, signed in with their login and password, takes API keys.
struct RegistrationController {
    let registrations: RegistrationService

    /// A decision on a registration.
    struct Decision: Decodable {
        let action: String
        let note: String?
    }

    /// What a registration's answers show: never the login, the email or the name.
    struct View: Encodable {
        let registrationID: Int64
        let state: RegistrationState
        let note: String?

        init(_ record: RegistrationRecord) {
            registrationID = record.id
            state = record.state
            note = record.note
        }

        enum CodingKeys: String, CodingKey { case registrationID = "registration_id", state, note }
    }

    func register(in book: RouteBook) {
        let id = OpenAPIParameter.path("id", "The registration's id.")
        book.add(
            .post, "/api/v1/registrations", tag: "Sharing", summary: "Register to use the data",
            description: "Pending until a DATA_CONTROLLER approves; a G2C registrant whose login is a valid MyKad number is approved at once. "
                + "A pending registrant signs in but reads the catalogue and open data only.",
            access: "anyone", request: .registration, response: .registrationView
        ) { request, context in
            let body = try await Self.decode(RegistrationBody.self, request, context)
            let record = try await registrations.register(body)
            context.audit.record(dataset: nil, recordID: "registration \(record.id)", classification: nil)
            return try Envelope(data: View(record), message: "Registration received", status: .created).response(from: request, context: context)
        }
        book.add(
            .post, "/api/v1/registrations/{id}/actions", tag: "Sharing", summary: "Approve or reject a registration",
            access: "DATA_CONTROLLER", parameters: [id], request: .registrationDecision, response: .registrationView
        ) { request, context in try await decide(request: request, context: context) }
        book.add(
            .post, "/api/v1/registrations/{id}/keys", tag: "Sharing", summary: "An API key for your approved registration",
            access: "the registrant, once approved", parameters: [id], response: .newAPIKey
        ) { request, context in
            let id = try Self.id(context)
            context.audit.record(dataset: nil, recordID: "registration \(id) key", classification: nil)
            let issued = try await registrations.issueKey(id, as: context.caller.principal)
            return try Envelope(
                data: APIKeyView(record: issued.record, apiKey: issued.key), message: "Keep this key now: it is shown this once.", status: .created
            ).response(from: request, context: context)
        }
    }

    func decide(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let id = try Self.id(context)
        context.audit.record(dataset: nil, recordID: "registration \(id) decision", classification: nil)
        try context.caller.require(.decideRegistration)
        guard let user = context.caller.user else { throw APIError.unauthorized("Deciding registrations needs a credential.") }
        let decision = try await Self.decode(Decision.self, request, context)
        guard ["approve", "reject"].contains(decision.action) else {
            throw APIError.unprocessable(
                "action must be approve or reject.", details: [APIError.Problem(index: nil, field: "action", reason: "must be approve or reject")])
        }
        let record = try await registrations.decide(
            id, approve: decision.action == "approve", note: decision.note, by: user, as: context.caller.principal)
        return try Envelope(data: View(record)).response(from: request, context: context)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: DataRayaRequestContext) async throws -> T {
        do {
            return try JSONDecoder().decode(type, from: try await RequestController.body(request, context))
        } catch let error as DecodingError {
            throw APIError.badRequest("The body is not what this endpoint takes: \(QueryController.describe(error)).")
        }
    }

    static func id(_ context: DataRayaRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text) else { throw APIError.notFound("No registration has that id.") }
        return id
    }
}
