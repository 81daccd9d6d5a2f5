import Sharing
import Store
import TVET
import Web

/// Data sharing in the visitor's words: states, steps, roles and categories by their labels, a refused step's reason
/// and a field's problem, never a code or a status.
struct SharingWords {
    let language: PageLanguage

    func state(_ state: RequestState) -> String { PageText.text("state_" + state.rawValue, language) }
    func action(_ action: String) -> String { PageText.text("action_" + action, language) }
    func role(_ role: String) -> String { PageText.text("role_" + role, language) }
    func category(_ category: UserCategory) -> String { PageText.text("category_" + category.rawValue, language) }

    /// Why the policy refused `action` on a request with these facts.
    func refusal(_ refusal: Refusal, action: RequestAction, facts: SharingRequestFacts, principal: Principal) -> String {
        guard let step = RequestWorkflow.step(facts.state, action) else { return PageText.text("refused_state", language) }
        switch refusal.kind {
        case .conflict:
            switch action {
            case .quote: return PageText.text(facts.requesterCategory == .g2g ? "fee_g2g" : "fee_quoted_already", language)
            case .recordPayment: return PageText.text(facts.fee == .paid ? "fee_paid_already" : "fee_not_quoted", language)
            case .recordAgreement: return PageText.text("fee_unpaid", language)
            default: return PageText.text("refused_state", language)
            }
        default:
            switch step.actor {
            case .requester: return PageText.text("refused_requester", language)
            case .roles where principal.userID == facts.requesterUserID: return PageText.text("refused_own", language)
            case .roles(let roles):
                return PageText.text("refused_role", language) + ": " + roles.map(\.rawValue).sorted().map(role).joined(separator: ", ")
                    + "."
            }
        }
    }

    /// A field's problem as the sharing rules found it, in words.
    func problem(_ problem: SharingError.Problem) -> String {
        let field = problem.field
        let reason = problem.reason
        let key: String
        switch field {
        case "category": key = "register_category_invalid"
        case "email": key = "register_email_invalid"
        case "login": key = reason.contains("taken") ? "register_login_taken" : "register_login_invalid"
        case "password": key = "register_password_short"
        case "period.from": key = "request_date_invalid"
        case "period.to": key = reason.contains("before") ? "request_period_order" : "request_date_invalid"
        case "datasets": key = reason.contains("open") ? "request_open_only" : "request_no_dataset"
        case "note": key = "step_note_missing"
        case "amount_myr": key = reason.contains("quoted") ? "step_amount_quoted" : "step_amount_invalid"
        case "kind": key = "step_kind_invalid"
        case "document_sha256": key = "step_sha256_invalid"
        case "action": key = "request_choice_invalid"
        case _ where field.hasSuffix(".columns"): key = reason.contains("unknown") ? "request_unknown_column" : "request_no_columns"
        case _ where field.hasSuffix(".filters"): key = "request_filter_invalid"
        case _ where field.hasSuffix(".dataset"): key = "request_choice_invalid"
        default: key = "required"
        }
        return PageText.text(key, language)
    }
}
