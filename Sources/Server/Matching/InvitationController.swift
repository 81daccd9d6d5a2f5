import Foundation
import Hummingbird
import Store
import TVET

/// Invitations: an employer invites a candidate it knows only by pseudonym; the graduate sees the invitation and
/// accepts or declines it. Only an accepted invitation tells the employer who the graduate is (their graduate_id).
struct InvitationController {
    let data: DataService

    func register(in book: RouteBook) {
        book.add(
            .post, "/api/v1/match/invitations", tag: "Matching", summary: "Invite a candidate",
            description: "candidate is a pseudonym from GET /api/v1/match/candidates for one of your vacancies.",
            access: "EMPLOYER (its own vacancies)", request: .invitationRequest, response: .invitation
        ) { request, context in try await invite(request: request, context: context) }
        book.add(
            .get, "/api/v1/match/invitations", tag: "Matching", summary: "Invitations sent or received",
            description: "An employer sees what it sent (candidates by pseudonym until they accept); a graduate what they received.",
            access: "EMPLOYER, GRADUATE", response: .invitations
        ) { request, context in try list(request: request, context: context) }
        for (verb, accept) in [("accept", true), ("decline", false)] {
            book.add(
                .post, "/api/v1/match/invitations/{id}/\(verb)", tag: "Matching",
                summary: accept ? "Accept an invitation" : "Decline an invitation",
                description: accept ? "The employer then sees who you are (your graduate_id)." : "You stay anonymous to the employer.",
                access: "GRADUATE (invitations addressed to them)",
                parameters: [.path("id", "The invitation's id.")], response: .invitation
            ) { request, context in try answer(accept: accept, request: request, context: context) }
        }
    }

    struct InvitationRequest: Decodable {
        let candidate: String
        let vacancyID: String
        let message: String?

        enum CodingKeys: String, CodingKey { case candidate, vacancyID = "vacancy_id", message }
    }

    func invite(request: Request, context: DataRayaRequestContext) async throws -> Response {
        guard let employer = try Self.employer(context.caller) else {
            throw APIError.forbidden("Only employers invite candidates.")
        }
        var request = request
        let body = try await request.collectBody(upTo: context.bodyLimit)
        let invitation: InvitationRequest
        do {
            invitation = try JSONDecoder().decode(InvitationRequest.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError.badRequest("The body is not an invitation: \(QueryController.describe(error)).")
        }
        if let message = invitation.message, message.count > 1000 {
            throw APIError.badRequest("message must be at most 1000 characters.")
        }
        let vacancies = data.engine.snapshot.table("vacancies")
        guard let row = vacancies?.row(forKey: invitation.vacancyID),
            RecordJSON.text(vacancies!, row: row, column: "employer_id") == employer
        else { throw APIError.notFound("No vacancy of yours has that id.") }
        guard let graduate = data.store.graduate(fromPseudonym: invitation.candidate, employer: employer) else {
            throw APIError.notFound("No candidate of yours has that pseudonym.")
        }
        context.audit.record(dataset: "invitations", recordID: invitation.vacancyID, classification: Classification.terhad.rawValue)
        let stored = try data.store.invite(employer: employer, vacancy: invitation.vacancyID, graduate: graduate, message: invitation.message)
        return try Envelope(data: view(stored, for: .employer(employer)), message: "Invitation sent", status: .created)
            .response(from: request, context: context)
    }

    func list(request: Request, context: DataRayaRequestContext) throws -> Response {
        let caller = context.caller
        context.audit.record(dataset: "invitations", classification: Classification.terhad.rawValue)
        if let employer = try Self.employer(caller) {
            let items = try data.store.invitations(employer: employer).map { view($0, for: .employer(employer)) }
            return try Envelope(data: Items(items: items)).response(from: request, context: context)
        }
        guard let graduate = try Self.graduate(caller) else {
            throw APIError.forbidden("Invitations are for employers and graduates.")
        }
        let items = try data.store.invitations(graduate: graduate).map { view($0, for: .graduate) }
        return try Envelope(data: Items(items: items)).response(from: request, context: context)
    }

    func answer(accept: Bool, request: Request, context: DataRayaRequestContext) throws -> Response {
        guard let graduate = try Self.graduate(context.caller) else {
            throw APIError.forbidden("Only the graduate invited may answer an invitation.")
        }
        guard let id = context.parameters.get("id").flatMap(Int64.init) else {
            throw APIError.notFound("No invitation of yours has that id.")
        }
        context.audit.record(dataset: "invitations", recordID: String(id), classification: Classification.terhad.rawValue)
        guard let answered = try data.store.answerInvitation(id: id, graduate: graduate, accept: accept) else {
            throw APIError.notFound("No invitation of yours has that id.")
        }
        return try Envelope(data: view(answered, for: .graduate)).response(from: request, context: context)
    }

    enum Reader {
        case employer(String)
        case graduate
    }

    /// What one side sees of an invitation: the employer sees the graduate only by pseudonym until they accept.
    func view(_ invitation: Invitation, for reader: Reader) -> InvitationView {
        var view = InvitationView(
            id: invitation.id, vacancyID: invitation.vacancyID, status: invitation.status.rawValue, message: invitation.message,
            createdAt: invitation.createdAt, answeredAt: invitation.answeredAt)
        switch reader {
        case .employer(let employer):
            view.candidate = data.store.candidatePseudonym(employer: employer, graduate: invitation.graduateID)
            if invitation.status == .accepted { view.graduateID = invitation.graduateID }
        case .graduate:
            view.employerID = invitation.employerID
            let vacancies = data.engine.snapshot.table("vacancies")
            if let vacancies, let row = vacancies.row(forKey: invitation.vacancyID) {
                view.title = RecordJSON.text(vacancies, row: row, column: "title")
            }
        }
        return view
    }

    static func employer(_ caller: Caller) throws -> String? {
        guard !caller.isAnonymous else { throw APIError.unauthorized("Invitations need a credential.") }
        return caller.holds(.employer) ? caller.user?.employerID : nil
    }

    static func graduate(_ caller: Caller) throws -> String? {
        guard !caller.isAnonymous else { throw APIError.unauthorized("Invitations need a credential.") }
        return caller.holds(.graduate) ? caller.user?.graduateID : nil
    }

    struct InvitationView: Encodable, Sendable {
        let id: Int64
        let vacancyID: String
        let status: String
        let message: String?
        let createdAt: Date
        let answeredAt: Date?
        var candidate: String?
        var graduateID: String?
        var employerID: String?
        var title: String?

        enum CodingKeys: String, CodingKey {
            case id, vacancyID = "vacancy_id", status, message, createdAt = "created_at", answeredAt = "answered_at"
            case candidate, graduateID = "graduate_id", employerID = "employer_id", title
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(vacancyID, forKey: .vacancyID)
            try container.encode(status, forKey: .status)
            try container.encode(message, forKey: .message)
            try container.encode(Self.stamp(createdAt), forKey: .createdAt)
            try container.encode(answeredAt.map(Self.stamp), forKey: .answeredAt)
            try container.encodeIfPresent(candidate, forKey: .candidate)
            try container.encodeIfPresent(graduateID, forKey: .graduateID)
            try container.encodeIfPresent(employerID, forKey: .employerID)
            try container.encodeIfPresent(title, forKey: .title)
        }

        static func stamp(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
    }

    struct Items<Item: Encodable & Sendable>: Encodable, Sendable {
        let items: [Item]
    }
}
