/// The policy's rules for self-registered users: a pending registrant reads the catalogue and open data only (their
/// profile is anonymous's) and files no request; a DATA_CONTROLLER decides registrations; an approved registrant takes
/// API keys for themselves.
enum RegistrationRules {
    /// Why a registrant may not act as a signed-in user yet, or nil.
    static func pendingRefusal(_ principal: Principal) -> Refusal? {
        switch principal.registration {
        case .pending:
            Refusal(.forbidden, "Your registration is waiting for a DATA_CONTROLLER's approval: until then you may read the catalogue and open data only.")
        case .rejected: Refusal(.forbidden, "Your registration was not approved.")
        case .approved, nil: nil
        }
    }

    static func decide(_ principal: Principal) -> AccessDecision {
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Deciding registrations needs a credential.")) }
        return principal.holds(.dataController) && principal.grant == nil
            ? .allow : .refuse(Refusal(.forbidden, "Only a DATA_CONTROLLER approves or rejects registrations."))
    }

    static func takeKey(_ principal: Principal, registrantUserID: Int64) -> AccessDecision {
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Taking a key needs you to sign in.")) }
        guard principal.userID == registrantUserID, principal.grant == nil else {
            return .refuse(Refusal(.notFound, "No registration of yours has that id."))
        }
        return pendingRefusal(principal).map { .refuse($0) } ?? .allow
    }
}
