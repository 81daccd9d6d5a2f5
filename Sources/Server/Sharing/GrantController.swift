import Foundation
import HTTPTypes
import Hummingbird
import Sharing
import Store
import TVET

/// The grant of an ACTIVE request (CONTRACT 3.11): reading it, and keys bound to it for the requester. What a grant
/// key may then read is the access policy's answer (`GrantRules`), applied by the dataset and query endpoints.
struct GrantController {
    let sharing: SharingService

    func register(in book: RouteBook) {
        let id = OpenAPIParameter.path("id", "The request's id.")
        book.add(
            .get, "/api/v1/requests/{id}/grant", tag: "Sharing", summary: "The grant of an ACTIVE request",
            access: "the requester, the committees and DATA_CONTROLLER", parameters: [id], response: .grant
        ) { request, context in try await read(request: request, context: context) }
        book.add(
            .post, "/api/v1/requests/{id}/grant/keys", tag: "Sharing", summary: "An API key bound to the grant",
            description: "Shown once. The key reads only the granted datasets, columns and rows, only within the grant's "
                + "period, whatever roles its owner holds; it stops working when the grant ends or is revoked.",
            access: "the requester, while the request is ACTIVE", parameters: [id], response: .newAPIKey
        ) { request, context in try await issueKey(request: request, context: context) }
        book.add(
            .get, "/api/v1/requests/{id}/delivery.zip", tag: "Sharing", summary: "The one-off delivery of the grant",
            description: "One file per granted dataset in the request's format (csv, txt tab-separated, xlsx) with exactly the "
                + "granted columns and rows, and manifest.json: the grant, filters, rows and SHA-256 per file, and the citation.",
            access: "the requester, while the request is ACTIVE", parameters: [id], response: .delivery
        ) { request, context in try await deliver(request: request, context: context) }
    }

    func deliver(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let id = try RequestController.id(context)
        context.audit.record(dataset: nil, recordID: "request \(id) delivery", classification: nil)
        let (delivery, grant) = try await sharing.delivery(ofRequest: id, as: context.caller.principal)
        context.audit.record(
            dataset: grant.asked.map(\.dataset).joined(separator: ";"), recordID: "grant \(grant.id) delivery",
            classification: grant.asked.compactMap { TVETSchema.dataset(named: $0.dataset)?.classification }.max()?.rawValue)
        var headers = HTTPFields()
        headers[.contentType] = "application/zip"
        headers[.contentDisposition] = "attachment; filename=\"request-\(id).zip\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: delivery.zip)))
    }

    func read(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let id = try RequestController.id(context)
        context.audit.record(dataset: nil, recordID: "request \(id) grant", classification: nil)
        let grant = try await sharing.grant(ofRequest: id, as: context.caller.principal)
        return try Envelope(data: GrantView(grant)).response(from: request, context: context)
    }

    func issueKey(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let id = try RequestController.id(context)
        context.audit.record(dataset: nil, recordID: "request \(id) grant key", classification: nil)
        try context.caller.require(.fileRequest)
        guard let user = context.caller.user else { throw APIError.unauthorized("A grant key needs a credential.") }
        let issued = try await sharing.issueGrantKey(ofRequest: id, by: user, as: context.caller.principal)
        return try Envelope(
            data: APIKeyView(record: issued.record, apiKey: issued.key), message: "Keep this key now: it is shown this once.", status: .created
        ).response(from: request, context: context)
    }
}
