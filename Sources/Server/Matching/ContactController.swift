import Foundation
import Hummingbird
import Store
import TVET

/// `GET` and `PUT /api/v1/graduates/{id}/contact`: the contact a graduate keeps for employers whose invitation they
/// accept. Only the graduate themselves reads or changes it; an employer sees the fields shared with it on the
/// accepted invitation, and nobody else sees it at all.
struct ContactController {
    let data: DataService

    func register(in book: RouteBook) {
        let id = OpenAPIParameter.path("id", "The graduate's id (your own).")
        book.add(
            .get, "/api/v1/graduates/{id}/contact", tag: "Matching", summary: "Your contact for employers",
            access: "the graduate themselves", parameters: [id], response: .contact
        ) { request, context in try await read(request: request, context: context) }
        book.add(
            .put, "/api/v1/graduates/{id}/contact", tag: "Matching", summary: "Set your contact for employers",
            description: "{\"email\", \"phone\"}; both null removes it. Employers see only the fields you share when you accept their invitation.",
            access: "the graduate themselves", parameters: [id], request: .contactBody, response: .contact
        ) { request, context in try await update(request: request, context: context) }
    }

    func read(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let graduate = try authorised(context)
        let contact = try await Blocking.run { [data] in try data.store.contact(graduate: graduate) ?? GraduateContact() }
        return try Envelope(data: contact).response(from: request, context: context)
    }

    func update(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let graduate = try authorised(context)
        var request = request
        let body = try await request.collectBody(upTo: 4096)
        let contact: GraduateContact
        do {
            contact = try JSONDecoder().decode(ContactBody.self, from: Data(body.readableBytesView)).contact
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.badRequest("The body must be {\"email\": ..., \"phone\": ...} (strings or null).")
        }
        try await Blocking.run { [data] in try data.store.setContact(contact, graduate: graduate) }
        return try Envelope(data: contact, message: "Data accepted").response(from: request, context: context)
    }

    /// The graduate whose contact this is, once the access policy allows the caller to manage it.
    private func authorised(_ context: DataRayaRequestContext) throws -> String {
        let graduate = context.parameters.get("id") ?? ""
        context.audit.record(dataset: DatasetSchema.graduates.name, recordID: graduate, classification: Classification.sulit.rawValue)
        try context.caller.require(.manageContact(graduateID: graduate))
        return graduate
    }

    /// Exactly the contact's fields: anything else is refused, not dropped.
    struct ContactBody: Decodable {
        let contact: GraduateContact

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: RecordJSON.Key.self)
            let known = Set(GraduateContact.Field.allCases.map(\.rawValue))
            if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
                throw APIError.badRequest("unknown field '\(unknown)': send only email and phone")
            }
            contact = GraduateContact(
                email: try container.decodeIfPresent(String.self, forKey: .init(stringValue: "email")),
                phone: try container.decodeIfPresent(String.self, forKey: .init(stringValue: "phone")))
        }
    }
}
