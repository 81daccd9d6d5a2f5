import Foundation
import Hummingbird
import Matching
import Store
import TVET

/// Job matching both ways (CONTRACT 3.6).
///
/// - Jobs for a recorded graduate: the graduate themselves, or roles cleared for row-level data; someone else's
///   record is a 404, as for records. Jobs for an ad-hoc profile: anyone, since vacancies are open data.
/// - Candidates for a vacancy: the employer that posted it (candidates under pseudonyms), or roles cleared for
///   row-level data (graduate ids). Candidates carry no personal data either way.
/// - The fairness audit: roles cleared for row-level data.
struct MatchController {
    let data: DataService
    let matching: MatchService
    let own: OwnRecords
    /// The most skills an ad-hoc profile may list.
    var maxProfileSkills = 100

    func register(in book: RouteBook) {
        book.add(
            .get, "/api/v1/match/jobs", tag: "Matching", summary: "Jobs for a graduate",
            description: "The open vacancies that best fit a recorded graduate, each with its score, components and skills.",
            access: "the graduate themselves; roles with row-level access",
            parameters: [Self.required("graduate_id", "The graduate's id.")] + MatchParameters.openAPI(includeSalary: true),
            response: .matchHits
        ) { request, context in try await jobs(request: request, context: context) }
        book.add(
            .post, "/api/v1/match/jobs", tag: "Matching", summary: "Jobs for an ad-hoc profile",
            description: "For a graduate with no record: skills, field, level, state, expected_salary, willing_to_relocate.",
            access: "anyone", parameters: MatchParameters.openAPI(includeSalary: true), request: .matchProfile,
            response: .matchHits
        ) { request, context in try await adHocJobs(request: request, context: context) }
        book.add(
            .get, "/api/v1/match/candidates", tag: "Matching", summary: "Candidates for a vacancy",
            description: "Graduates open to matching whose level meets the vacancy's min_level, best first. "
                + "Employers see stable pseudonyms, which they use to invite a candidate.",
            access: "the employer that posted the vacancy; roles with row-level access",
            parameters: [Self.required("vacancy_id", "The vacancy's id.")] + MatchParameters.openAPI(includeSalary: false),
            response: .matchHits
        ) { request, context in try await candidates(request: request, context: context) }
        book.add(
            .get, "/api/v1/match/audit", tag: "Matching", summary: "Fairness audit of candidate lists",
            description: "Over a sample of open vacancies: the gender and state mix of the top-k candidates against the "
                + "eligible pool.",
            access: "roles with row-level access",
            parameters: [
                OpenAPIParameter(
                    name: "sample", location: "query", required: false, description: "Vacancies sampled (default 200, at most 5000).",
                    schema: .object(["type": "integer", "minimum": 1, "maximum": 5000])),
            ] + MatchParameters.openAPI(includeSalary: false),
            response: .fairnessReport
        ) { request, context in try await audit(request: request, context: context) }
    }

    func jobs(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard let id = query.get("graduate_id"), !id.isEmpty else { throw APIError.badRequest("graduate_id is required.") }
        context.audit.record(dataset: DatasetSchema.graduates.name, recordID: id, classification: Classification.terhad.rawValue)
        try context.caller.require(.matchJobs(graduateID: id))
        let parameters = try MatchParameters(query)
        let hits = try await Blocking.run { [matching] in
            try matching.index().jobs(forGraduate: id, k: parameters.k, today: .today(), mode: parameters.mode, filters: parameters.jobFilters)
        }
        return try Envelope(data: Hits(items: hits)).response(from: request, context: context)
    }

    func adHocJobs(request: Request, context: DataRayaRequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: context.bodyLimit)
        let profile: MatchProfile
        do {
            profile = try JSONDecoder().decode(MatchProfile.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError.badRequest("The body is not a profile: \(QueryController.describe(error)).")
        }
        if let skills = profile.skills, skills.count > maxProfileSkills {
            throw APIError(
                .unprocessableContent, reason: "ProfileTooLarge", message: "A profile may list at most \(maxProfileSkills) skills.")
        }
        let parameters = try MatchParameters(request.uri.queryParameters)
        context.audit.record(dataset: DatasetSchema.vacancies.name, classification: Classification.terbuka.rawValue)
        let hits = try await Blocking.run { [matching] in
            try matching.index().jobs(for: profile, k: parameters.k, today: .today(), mode: parameters.mode, filters: parameters.jobFilters)
        }
        return try Envelope(data: Hits(items: hits)).response(from: request, context: context)
    }

    func candidates(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard let id = query.get("vacancy_id"), !id.isEmpty else { throw APIError.badRequest("vacancy_id is required.") }
        context.audit.record(dataset: DatasetSchema.vacancies.name, recordID: id, classification: Classification.terhad.rawValue)
        let parameters = try MatchParameters(query)
        let ranked = try await CandidateRanking.rank(
            vacancyID: id, parameters: parameters, context: context, data: data, matching: matching, own: own)
        let items = ranked.hits.enumerated().map { CandidateHit(hit: $1, profile: ranked.profiles?[$0]) }
        return try Envelope(data: CandidateHits(items: items)).response(from: request, context: context)
    }

    func audit(request: Request, context: DataRayaRequestContext) async throws -> Response {
        context.audit.record(dataset: DatasetSchema.graduates.name, classification: Classification.terhad.rawValue)
        try context.caller.require(.auditFairness)
        let query = request.uri.queryParameters
        var sample = 200
        if let text = query.get("sample") {
            guard let value = Int(text), (1...5000).contains(value) else {
                throw APIError.badRequest("sample must be a whole number from 1 to 5000.")
            }
            sample = value
        }
        let parameters = try MatchParameters(query)
        let report = try await Blocking.run { [matching, data, sample] in
            try FairnessAudit.run(
                index: matching.index(), catalog: data.engine.snapshot, sampleSize: sample, k: parameters.k, today: .today(),
                mode: parameters.mode, filters: parameters.candidateFilters)
        }
        return try Envelope(data: report).response(from: request, context: context)
    }

    static func required(_ name: String, _ description: String) -> OpenAPIParameter {
        OpenAPIParameter(name: name, location: "query", required: true, description: description, schema: .object(["type": "string"]))
    }

    struct Hits: Encodable, Sendable {
        let items: [MatchHit]
    }

    struct CandidateHits: Encodable, Sendable {
        let items: [CandidateHit]
    }

    /// A candidate hit, with the `profile` an employer is shown of an anonymous candidate.
    struct CandidateHit: Encodable, Sendable {
        let hit: MatchHit
        let profile: CandidateProfile?

        enum CodingKeys: String, CodingKey { case profile }

        func encode(to encoder: any Encoder) throws {
            try hit.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(profile, forKey: .profile)
        }
    }
}
