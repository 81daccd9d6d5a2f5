import Foundation
import Store
import TVET

/// A step asked for (`POST /api/v1/requests/<id>/actions`): the action, its note and the fields the action takes.
/// A resubmission carries the amended request's fields at the top level beside them (`amended`).
public struct StepCommand: Sendable {
    public let action: RequestAction
    public let note: String?
    public let conditions: String?
    public let amountMYR: Double?
    public let reference: String?
    public let agreementKind: String?
    public let documentSHA256: String?
    public let amended: SharingRequestBody?

    /// The agreement documents of seed 2.4.3.
    public static let agreementKinds: Set<String> = ["LETTER", "MINUTE", "MOU", "NOU"]

    struct Fields: Decodable {
        let action: String
        let note: String?
        let conditions: String?
        let amount_myr: Double?
        let reference: String?
        let kind: String?
        let document_sha256: String?
    }

    /// Reads a step from a JSON body; the action must be one of the workflow's.
    public init(json: Data) throws(SharingError) {
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: json)
        } catch {
            throw .unreadable("The body is not a step: it needs 'action', and 'note' and the action's fields where they apply.")
        }
        guard let action = RequestAction(rawValue: fields.action) else {
            throw .invalid([.init("action", "must be one of " + RequestAction.allCases.map(\.rawValue).joined(separator: ", "))])
        }
        self.action = action
        note = fields.note
        conditions = fields.conditions
        amountMYR = fields.amount_myr
        reference = fields.reference
        agreementKind = fields.kind
        documentSHA256 = fields.document_sha256
        guard action == .resubmit else {
            amended = nil
            return
        }
        guard let body = try? JSONDecoder().decode(SharingRequestBody.self, from: json) else {
            throw .unreadable("A resubmission carries the amended request's fields (organisation, purpose, kind, period, delivery, datasets).")
        }
        amended = body
    }

    /// The rules of the action's own fields: a note for a return or rejection, an amount for a quote or payment,
    /// the agreement's kind, reference and document digest.
    func problems(quotedMYR: Double?) -> [SharingError.Problem] {
        var problems: [SharingError.Problem] = []
        let blank = { (text: String?) in (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if RequestWorkflow.notedActions.contains(action), blank(note) { problems.append(.init("note", "is required to \(action.rawValue)")) }
        switch action {
        case .quote:
            if !(amountMYR.map { $0 > 0 } ?? false) { problems.append(.init("amount_myr", "must be an amount above 0")) }
        case .recordPayment:
            if amountMYR != quotedMYR { problems.append(.init("amount_myr", "must be the amount quoted")) }
            if blank(reference) { problems.append(.init("reference", "is required")) }
        case .recordAgreement:
            if !Self.agreementKinds.contains(agreementKind ?? "") {
                problems.append(.init("kind", "must be one of " + Self.agreementKinds.sorted().joined(separator: ", ")))
            }
            if blank(reference) { problems.append(.init("reference", "is required")) }
            let digest = documentSHA256 ?? ""
            if digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
                problems.append(.init("document_sha256", "must be the document's SHA-256 digest in 64 hex digits"))
            }
        default: break
        }
        return problems
    }

    /// The stored change this step makes, once allowed and valid.
    func change(from state: RequestState, step: SharingRequestRecord.Step, amendedJSON: String?) -> SharingStepChange {
        var change = SharingStepChange(from: state, step: step)
        switch action {
        case .resubmit:
            change.body = amendedJSON
            change.period = amended.map { (from: $0.period.from, to: $0.period.to) }
        case .approve: change.conditions = conditions
        case .quote: change.feeMYR = amountMYR
        case .recordPayment:
            change.feePaidMYR = amountMYR
            change.paymentReference = reference
        case .recordAgreement:
            change.agreement = SharingRequestRecord.Agreement(
                kind: agreementKind ?? "", reference: reference ?? "", documentSHA256: (documentSHA256 ?? "").lowercased())
        default: break
        }
        return change
    }
}
