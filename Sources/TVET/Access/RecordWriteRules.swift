/// Who may store which record: the policy's rules for one record of a batch.
///
/// Agencies' data controllers and systems (and the operator at the store file) write whole datasets. Anyone else
/// writes only records they own, and replacing a stored record needs owning **the stored one** too, so a reused id
/// never moves someone else's record to the writer:
/// - an EMPLOYER: vacancies of the employer it acts for;
/// - a UP_TVET applicant: applications made with their own MyKad number, as SUBMITTED, replacing only their own
///   application while it is still SUBMITTED (a decided application is the agency's).
enum RecordWriteRules {
    static let submitted = "SUBMITTED"

    static func decide(_ principal: Principal, _ dataset: DatasetSchema, new: RecordFacts, stored: RecordFacts?) -> AccessDecision {
        if AccessPolicy.writesWhole(principal) { return .allow }
        if case .refuse(let refusal) = AccessPolicy.submitBatch(principal, dataset) { return .refuse(refusal) }
        let key = dataset.primaryKey.name
        switch dataset.name {
        case DatasetSchema.vacancies.name:
            guard let owner = new.owner, principal.owns(owner) else {
                return .refuse(Refusal(.forbidden, "an employer may submit vacancies only for its own employer record", field: "employer_id"))
            }
            if let stored, !(stored.owner.map(principal.owns) ?? false) {
                return .refuse(Refusal(.forbidden, "this vacancy_id is another employer's vacancy, which you may not replace", field: key))
            }
            return .allow
        case DatasetSchema.applications.name:
            guard let owner = new.owner, principal.owns(owner) else {
                return .refuse(Refusal(.forbidden, "an applicant may submit only their own applications", field: "no_ic"))
            }
            guard new.state == submitted else {
                return .refuse(Refusal(.forbidden, "a new application's status is SUBMITTED", field: "status"))
            }
            if let stored {
                guard stored.owner.map(principal.owns) ?? false else {
                    return .refuse(Refusal(.forbidden, "this application_id is another person's application, which you may not replace", field: key))
                }
                guard stored.state == submitted else {
                    return .refuse(Refusal(.conflict, "this application has been decided and can no longer be replaced", field: "status"))
                }
            }
            return .allow
        default:
            return .refuse(Refusal(.forbidden, "Your role may not submit \(dataset.name) records."))
        }
    }
}
