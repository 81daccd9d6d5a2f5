import Foundation
import HTTPTypes
import Hummingbird
import Sharing
import Store
import TVET

/// Data-sharing requests (CONTRACT 3.11, seed 2.4.2): filing, reading and the workflow's steps. Decodes, asks the
/// sharing service, answers; every right is the access policy's.
struct RequestController {
    let sharing: SharingService
    let limits: ServerConfiguration

    func register(in book: RouteBook) {
        let id = OpenAPIParameter.path("id", "The request's id.")
        book.add(
            .post, "/api/v1/requests", tag: "Sharing", summary: "File a data-sharing request",
            description: "Organisation, purpose, kind, period, delivery and the datasets, columns and filters wanted. "
                + "Unknown datasets or columns, filters the query language does not take, a period ending before it starts "
                + "and requests for open data only are refused with every field named; nothing is stored then.",
            access: "any signed-in user or API key", request: .sharingRequest, response: .sharingRequestView
        ) { request, context in try await file(request: request, context: context) }
        book.add(
            .get, "/api/v1/requests", tag: "Sharing", summary: "Your requests, and those waiting for your step",
            access: "any signed-in user or API key", parameters: [.limit, .cursor], response: .sharingRequests
        ) { request, context in try await list(request: request, context: context) }
        book.add(
            .get, "/api/v1/requests/{id}", tag: "Sharing", summary: "One data-sharing request with its history",
            access: "the requester, the committees and DATA_CONTROLLER", parameters: [id], response: .sharingRequestView
        ) { request, context in try await read(request: request, context: context) }
        book.add(
            .post, "/api/v1/requests/{id}/actions", tag: "Sharing", summary: "Take a step of the workflow",
            description: "return, recommend, resubmit, withdraw, verify, approve, reject, quote, record_payment, record_agreement "
                + "or revoke, by the role of the request's stage (docs/SHARING.md).",
            access: "the role of the stage; the requester to resubmit or withdraw", parameters: [id], request: .sharingStep,
            response: .sharingRequestView
        ) { request, context in try await act(request: request, context: context) }
    }

    func file(request: Request, context: DataRayaRequestContext) async throws -> Response {
        try context.caller.require(.fileRequest)
        guard let user = context.caller.user else { throw APIError.unauthorized("Filing a data-sharing request needs a credential.") }
        let body: SharingRequestBody
        do {
            body = try JSONDecoder().decode(SharingRequestBody.self, from: try await Self.body(request, context))
        } catch let error as DecodingError {
            throw APIError.badRequest("The body is not a data-sharing request: \(QueryController.describe(error)).")
        }
        let record = try await sharing.file(body, by: user, as: context.caller.principal)
        context.audit.record(dataset: nil, recordID: "request \(record.id) submit", classification: nil)
        return try Envelope(data: view(record), message: "Request submitted", status: .created).response(from: request, context: context)
    }

    func list(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let limit = try limits.pageSize(request.uri.queryParameters.get("limit"))
        let start = try limits.pageStart(request.uri.queryParameters.get("cursor"))
        let views = try await sharing.list(as: context.caller.principal).map(view)
        return try Envelope(data: Paged(slicing: views, from: start, limit: limit)).response(from: request, context: context)
    }

    func read(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let id = try Self.id(context)
        context.audit.record(dataset: nil, recordID: "request \(id)", classification: nil)
        return try Envelope(data: view(try await sharing.read(id, as: context.caller.principal))).response(from: request, context: context)
    }

    func act(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let id = try Self.id(context)
        let command = try StepCommand(json: try await Self.body(request, context))
        context.audit.record(dataset: nil, recordID: "request \(id) \(command.action.rawValue)", classification: nil)
        try context.caller.require(.fileRequest)
        guard let user = context.caller.user else { throw APIError.unauthorized("Acting on a request needs a credential.") }
        let record = try await sharing.act(on: id, command, by: user, as: context.caller.principal)
        return try Envelope(data: view(record), message: "Step recorded").response(from: request, context: context)
    }

    func view(_ record: SharingRequestRecord) -> RequestView { RequestView(record, today: MalaysiaTime.day(of: Date())) }

    static func body(_ request: Request, _ context: DataRayaRequestContext) async throws -> Data {
        var request = request
        return Data(try await request.collectBody(upTo: context.bodyLimit).readableBytesView)
    }

    static func id(_ context: DataRayaRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text) else { throw APIError.notFound("No data-sharing request has that id.") }
        return id
    }
}
