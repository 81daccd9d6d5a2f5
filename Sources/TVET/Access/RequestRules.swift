/// Who may file, read and act on data-sharing requests (seed 2.4.2; CONTRACT 3.11): the policy's rules for them.
///
/// - Filing: any signed-in user or key.
/// - Reading: the requester, the committees (KKTD, JTDTVET, JPDTVET) and DATA_CONTROLLER users; anyone else is
///   answered "not found", as for a request that does not exist.
/// - Acting: only the role of the stage (`RequestWorkflow`), never on one's own request; the requester alone
///   resubmits or withdraws. An action the state does not take is a conflict, checked first, so a refused action
///   changes nothing whoever sends it.
enum RequestRules {
    static func file(_ principal: Principal) -> AccessDecision {
        if principal.isAnonymous || principal.isOperator {
            return .refuse(Refusal(.unauthenticated, "Filing a data-sharing request needs a signed-in user or an API key."))
        }
        return RegistrationRules.pendingRefusal(principal).map { .refuse($0) } ?? .allow
    }

    static func read(_ principal: Principal, requesterUserID: Int64) -> AccessDecision {
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Data-sharing requests need a credential.")) }
        if principal.isOperator || principal.userID == requesterUserID || !principal.roles.isDisjoint(with: RequestWorkflow.reviewers) {
            return .allow
        }
        return .refuse(Refusal(.notFound, "No data-sharing request of yours has that id."))
    }

    static func act(_ principal: Principal, _ request: SharingRequestFacts, _ action: RequestAction) -> AccessDecision {
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Acting on a data-sharing request needs a credential.")) }
        guard let step = RequestWorkflow.step(request.state, action) else {
            return .refuse(Refusal(.conflict, "A \(request.state.rawValue) request does not take '\(action.rawValue)'.", field: "action"))
        }
        let own = principal.userID == request.requesterUserID
        switch step.actor {
        case .requester:
            guard own else { return .refuse(Refusal(.forbidden, "Only the requester may \(action.rawValue) their request.")) }
        case .roles(let roles):
            if own { return .refuse(Refusal(.forbidden, "Nobody acts on a data-sharing request they made.")) }
            guard !principal.roles.isDisjoint(with: roles) else {
                let names = roles.map(\.rawValue).sorted().joined(separator: " or ")
                return .refuse(Refusal(.forbidden, "At \(request.state.rawValue), only \(names) may \(action.rawValue)."))
            }
        }
        return fee(request, action)
    }

    /// Keys bound to a grant and its delivery go to the requester alone, while the request is ACTIVE; a grant key
    /// itself takes neither.
    static func takeGrant(_ principal: Principal, _ request: SharingRequestFacts) -> AccessDecision {
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "A grant's keys and delivery need a credential.")) }
        if principal.grant != nil { return .refuse(Refusal(.forbidden, "A grant key mints no keys and takes no delivery.")) }
        guard principal.userID == request.requesterUserID else {
            if case .refuse(let refusal) = read(principal, requesterUserID: request.requesterUserID) { return .refuse(refusal) }
            return .refuse(Refusal(.forbidden, "Only the requester takes keys and deliveries of a grant."))
        }
        guard request.state == .active else {
            return .refuse(Refusal(.conflict, "The request is \(request.state.rawValue): its grant is open only while it is ACTIVE."))
        }
        return .allow
    }

    /// The fee rule (seed 2.4, Jadual 3): government requesters pay nothing; a quoted fee is paid before the agreement.
    static func fee(_ request: SharingRequestFacts, _ action: RequestAction) -> AccessDecision {
        switch action {
        case .quote where request.requesterCategory == .g2g:
            .refuse(Refusal(.conflict, "G2G requests pay no fee: nothing is quoted.", field: "action"))
        case .quote where request.fee != .none:
            .refuse(Refusal(.conflict, "A fee has already been quoted for this request.", field: "action"))
        case .recordPayment where request.fee != .quoted:
            .refuse(Refusal(
                .conflict, request.fee == .paid ? "The fee is already paid." : "No fee has been quoted for this request.", field: "action"))
        case .recordAgreement where request.fee == .quoted:
            .refuse(Refusal(.conflict, "The quoted fee is not paid yet: record the payment first.", field: "action"))
        default: .allow
        }
    }
}
