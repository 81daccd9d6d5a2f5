import Foundation
import Matching
import Store
import TVET

/// Candidates for a vacancy, for the API and the pages alike: the access policy decides on the vacancy's owner, and a
/// caller not cleared to know who candidates are gets each one under the pseudonym bound to the employer they act for.
/// `graduateIDs` are for the server's own use (what a page shows of a candidate), never for the caller.
enum CandidateRanking {
    static func rank(
        vacancyID id: String, parameters: MatchParameters, context: DataRayaRequestContext, data: DataService,
        matching: MatchService, own: OwnRecords
    ) async throws -> (hits: [MatchHit], graduateIDs: [String]) {
        let caller = context.caller
        context.audit.record(dataset: DatasetSchema.graduates.name, recordID: id, classification: Classification.terhad.rawValue)
        try caller.require(.matchCandidates(vacancyOwner: own.owner(of: .vacancies, key: id, in: data.engine.snapshot)))
        let pseudonymsFor = caller.decide(.identifyCandidates).isAllowed ? nil : caller.principal.employerID
        return try await Blocking.run { [matching, data] in
            var hits = try matching.index().candidates(forVacancy: id, k: parameters.k, mode: parameters.mode, filters: parameters.candidateFilters)
            let graduateIDs = hits.map(\.id)
            if let employer = pseudonymsFor {
                for index in hits.indices { hits[index].id = data.store.candidatePseudonym(employer: employer, graduate: hits[index].id) }
            }
            return (hits, graduateIDs)
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
