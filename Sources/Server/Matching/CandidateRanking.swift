import Foundation
import Matching
import Store
import TVET

/// Candidates for a vacancy, for the API and the pages alike: the access policy decides on the vacancy's owner, and a
/// caller not cleared to know who candidates are gets each one under the pseudonym bound to the employer they act for,
/// described only as precisely as at least k graduates share (`CandidateDisclosure`): this is the one place that
/// builds what an employer sees of a candidate. `profiles` is nil for callers cleared to know who candidates are.
enum CandidateRanking {
    static func rank(
        vacancyID id: String, parameters: MatchParameters, context: DataRayaRequestContext, data: DataService,
        matching: MatchService, own: OwnRecords
    ) async throws -> (hits: [MatchHit], profiles: [CandidateProfile]?) {
        let caller = context.caller
        context.audit.record(dataset: DatasetSchema.graduates.name, recordID: id, classification: Classification.terhad.rawValue)
        try caller.require(.matchCandidates(vacancyOwner: own.owner(of: .vacancies, key: id, in: data.engine.snapshot)))
        let pseudonymsFor = caller.decide(.identifyCandidates).isAllowed ? nil : caller.principal.employerID
        return try await Blocking.run { [matching, data] in
            let hits = try matching.index().candidates(forVacancy: id, k: parameters.k, mode: parameters.mode, filters: parameters.candidateFilters)
            guard let employer = pseudonymsFor else { return (hits, nil) }
            let disclosure = matching.candidateDisclosure()
            var shown: [MatchHit] = []
            var profiles: [CandidateProfile] = []
            for hit in hits {
                var (anonymous, profile) = disclosure.describe(hit, graduate: hit.id)
                anonymous.id = data.store.candidatePseudonym(employer: employer, graduate: hit.id)
                shown.append(anonymous)
                profiles.append(profile)
            }
            return (shown, profiles)
        }
    }
}

/// An employer's invitation to a candidate it knows by pseudonym, for the API and the pages alike.
enum InvitationSending {
    static func send(
        candidate: String, vacancyID: String, message: String?, context: DataRayaRequestContext, data: DataService, own: OwnRecords
    ) async throws -> Invitation {
        context.audit.record(dataset: InvitationController.dataset, recordID: vacancyID, classification: Classification.terhad.rawValue)
        try context.caller.require(.inviteCandidate(vacancyOwner: own.owner(of: .vacancies, key: vacancyID, in: data.engine.snapshot)))
        if let message, message.count > 1000 { throw APIError.badRequest("message must be at most 1000 characters.") }
        let employer = context.caller.principal.employerID ?? ""
        return try await Blocking.run { [data] in
            guard let graduate = data.store.graduate(fromPseudonym: candidate, employer: employer) else {
                throw APIError.notFound("No candidate of yours has that pseudonym.")
            }
            return try data.store.invite(employer: employer, vacancy: vacancyID, graduate: graduate, message: message)
        }
    }
}
