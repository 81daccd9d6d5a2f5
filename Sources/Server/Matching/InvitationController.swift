import Foundation
import Hummingbird
import Store
import TVET

/// Invitations: an employer invites a candidate it knows only by pseudonym; the graduate sees the invitation and
/// accepts or declines it. Only an accepted invitation tells the employer who the graduate is (their graduate_id).
struct InvitationController {
    let data: DataService
    let own: OwnRecords

    /// How the audit trail names what invitations touch.
    static let dataset = "invitations"

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
        ) { request, context in try await list(request: request, context: context) }
        for (verb, accept) in [("accept", true), ("decline", false)] {
            book.add(
                .post, "/api/v1/match/invitations/{id}/\(verb)", tag: "Matching",
                summary: accept ? "Accept an invitation" : "Decline an invitation",
                description: accept
                    ? "The employer then sees who you are (your graduate_id) and the contact fields you share: body {\"share\": [\"email\", \"phone\"]} (all you keep when absent). An answered invitation is a 409."
                    : "You stay anonymous to the employer. An answered invitation is a 409.",
                access: "GRADUATE (invitations addressed to them)",
                parameters: [.path("id", "The invitation's id.")], response: .invitation
            ) { request, context in try await answer(accept: accept, request: request, context: context) }
        }
    }

    struct InvitationRequest: Decodable {
        let candidate: String
        let vacancyID: String
        let message: String?

        enum CodingKeys: String, CodingKey { case candidate, vacancyID = "vacancy_id", message }
    }

    func invite(request: Request, context: DataRayaRequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: context.bodyLimit)
        let invitation: InvitationRequest
        do {
            invitation = try JSONDecoder().decode(InvitationRequest.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError.badRequest("The body is not an invitation: \(QueryController.describe(error)).")
        }
        let stored = try await InvitationSending.send(
            candidate: invitation.candidate, vacancyID: invitation.vacancyID, message: invitation.message, context: context, data: data, own: own)
        let sent = try view(stored, for: .employer(context.caller.principal.employerID ?? ""))
        return try Envelope(data: sent, message: "Invitation sent", status: .created).response(from: request, context: context)
    }

    func list(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let principal = context.caller.principal
        context.audit.record(dataset: Self.dataset, classification: Classification.terhad.rawValue)
        try context.caller.require(.listInvitations)
        let items = try await Blocking.run { [data] in
            if principal.holds(.employer), let employer = principal.employerID {
                return try data.store.invitations(employer: employer).map { try view($0, for: .employer(employer)) }
            }
            return try data.store.invitations(graduate: principal.graduateID ?? "").map { try view($0, for: .graduate) }
        }
        return try Envelope(data: Items(items: items)).response(from: request, context: context)
    }

    /// The body of an acceptance: which fields of their contact the graduate shares (all they keep, when absent).
    struct AcceptBody: Decodable {
        let share: [GraduateContact.Field]?
    }

    func answer(accept: Bool, request: Request, context: DataRayaRequestContext) async throws -> Response {
        var share = Set(GraduateContact.Field.allCases)
        if accept {
            var request = request
            let body = try await request.collectBody(upTo: context.bodyLimit)
            if body.readableBytes > 0 {
                do {
                    share = Set(try JSONDecoder().decode(AcceptBody.self, from: Data(body.readableBytesView)).share ?? GraduateContact.Field.allCases)
                } catch {
                    throw APIError.badRequest("The body may only hold share, a list of email and phone.")
                }
            }
        }
        let answered = try await InvitationAnswer.answer(context.parameters.get("id") ?? "", accept: accept, share: share, context: context, data: data)
        return try Envelope(data: try view(answered, for: .graduate)).response(from: request, context: context)
    }

    enum Reader {
        case employer(String)
        case graduate
    }

    /// What one side sees of an invitation: the employer sees the graduate only by pseudonym until they accept.
    func view(_ invitation: Invitation, for reader: Reader) throws -> InvitationView {
        var view = InvitationView(
            id: invitation.id, vacancyID: invitation.vacancyID, status: invitation.status.rawValue, message: invitation.message,
            createdAt: invitation.createdAt, answeredAt: invitation.answeredAt)
        switch reader {
        case .employer(let employer):
            view.candidate = data.store.candidatePseudonym(employer: employer, graduate: invitation.graduateID)
            if invitation.status == .accepted {
                view.graduateID = invitation.graduateID
                // Only what the graduate chose to share, as they keep it now.
                view.contact = try data.store.contact(graduate: invitation.graduateID)?.sharing(invitation.sharedFields ?? [])
            }
        case .graduate:
            view.employerID = invitation.employerID
            let vacancies = data.engine.snapshot.table(DatasetSchema.vacancies.name)
            view.title = vacancies.flatMap { table in table.row(forKey: invitation.vacancyID).flatMap { table.text("title", row: $0) } }
            view.shared = invitation.sharedFields.map { $0.map(\.rawValue).sorted() }
        }
        return view
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
        var contact: GraduateContact?
        /// The fields of their contact the graduate shared by accepting.
        var shared: [String]?

        enum CodingKeys: String, CodingKey {
            case id, vacancyID = "vacancy_id", status, message, createdAt = "created_at", answeredAt = "answered_at"
            case candidate, graduateID = "graduate_id", employerID = "employer_id", title, contact, shared
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
            try container.encodeIfPresent(contact, forKey: .contact)
            try container.encodeIfPresent(shared, forKey: .shared)
        }

        static func stamp(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
    }

    struct Items<Item: Encodable & Sendable>: Encodable, Sendable {
        let items: [Item]
    }
}
