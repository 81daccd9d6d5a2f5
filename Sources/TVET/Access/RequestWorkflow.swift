/// The states of a data-sharing request (seed 2.4.2, Rajah 4; CONTRACT 3.11).
public enum RequestState: String, CaseIterable, Sendable, Codable {
    case submitted = "SUBMITTED", returned = "RETURNED", recommended = "RECOMMENDED", verified = "VERIFIED"
    case approved = "APPROVED", active = "ACTIVE", rejected = "REJECTED", withdrawn = "WITHDRAWN", revoked = "REVOKED"
    case expired = "EXPIRED"
}

/// What someone does to a data-sharing request (`POST /api/v1/requests/<id>/actions`).
public enum RequestAction: String, CaseIterable, Sendable, Codable {
    case `return`, recommend, resubmit, withdraw, verify, approve, reject, quote, revoke
    case recordPayment = "record_payment", recordAgreement = "record_agreement"
}

/// What the policy needs to know of one data-sharing request: who made it, from which category, where it stands,
/// and its fee (a fee once quoted must be paid before the agreement makes the request ACTIVE).
public struct SharingRequestFacts: Hashable, Sendable {
    public enum Fee: String, Hashable, Sendable { case none, quoted, paid }

    public var requesterUserID: Int64
    public var requesterCategory: UserCategory
    public var state: RequestState
    public var fee: Fee

    public init(requesterUserID: Int64, requesterCategory: UserCategory, state: RequestState, fee: Fee = .none) {
        self.requesterUserID = requesterUserID
        self.requesterCategory = requesterCategory
        self.state = state
        self.fee = fee
    }
}

/// The state table of CONTRACT 3.11: which action each state takes, who takes it, and where it leads.
///
/// | state | who acts | action → next state |
/// | --- | --- | --- |
/// | SUBMITTED | KKTD | return → RETURNED; recommend → RECOMMENDED |
/// | RETURNED | the requester | resubmit → SUBMITTED; withdraw → WITHDRAWN |
/// | RECOMMENDED | JTDTVET | verify → VERIFIED; return → RETURNED |
/// | VERIFIED | JPDTVET | approve → APPROVED; reject → REJECTED |
/// | APPROVED | DATA_CONTROLLER | quote, record_payment (stay APPROVED); record_agreement → ACTIVE |
/// | ACTIVE | DATA_CONTROLLER or JPDTVET | revoke → REVOKED (EXPIRED comes by itself after the period) |
public enum RequestWorkflow {
    /// Who takes a step.
    public enum Actor: Hashable, Sendable {
        case requester
        case roles(Set<Role>)
    }

    /// One allowed step: who takes it and the state it leads to.
    public struct Step: Hashable, Sendable {
        public let actor: Actor
        public let next: RequestState
    }

    /// The roles that review requests: they read every request.
    public static let reviewers: Set<Role> = [.kktd, .jtdtvet, .jpdtvet, .dataController]

    /// The step `action` is at `state`, or nil when the state does not take it.
    public static func step(_ state: RequestState, _ action: RequestAction) -> Step? {
        switch (state, action) {
        case (.submitted, .return): Step(actor: .roles([.kktd]), next: .returned)
        case (.submitted, .recommend): Step(actor: .roles([.kktd]), next: .recommended)
        case (.returned, .resubmit): Step(actor: .requester, next: .submitted)
        case (.returned, .withdraw): Step(actor: .requester, next: .withdrawn)
        case (.recommended, .verify): Step(actor: .roles([.jtdtvet]), next: .verified)
        case (.recommended, .return): Step(actor: .roles([.jtdtvet]), next: .returned)
        case (.verified, .approve): Step(actor: .roles([.jpdtvet]), next: .approved)
        case (.verified, .reject): Step(actor: .roles([.jpdtvet]), next: .rejected)
        case (.approved, .quote), (.approved, .recordPayment): Step(actor: .roles([.dataController]), next: .approved)
        case (.approved, .recordAgreement): Step(actor: .roles([.dataController]), next: .active)
        case (.active, .revoke): Step(actor: .roles([.dataController, .jpdtvet]), next: .revoked)
        default: nil
        }
    }

    /// The actions a state takes, in the order of the table.
    public static func actions(at state: RequestState) -> [RequestAction] {
        RequestAction.allCases.filter { step(state, $0) != nil }
    }

    /// Actions whose note is required (a return or a rejection says why).
    public static let notedActions: Set<RequestAction> = [.return, .reject]
}
