import Columnar
import Foundation
import Hummingbird
import Matching
import Store
import TVET
import Web

/// `/employer`: an employer's own vacancies and the form to post one (through the same write path and access policy
/// as `POST /api/v1/vacancies`); `/employer/vacancies/{id}/candidates`: its ranked anonymous candidates, in the API's
/// order under the same pseudonyms, each with an invitation form.
struct EmployerPagesController {
    let data: DataService
    let matching: MatchService
    let own: OwnRecords
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/employer", parameters: ["saved"]) { request, context in try await vacancies(request: request, context: context) }
        pages.add(.post, "/employer/vacancies") { request, context in try await post(request: request, context: context) }
        pages.add(.get, "/employer/vacancies/:id/candidates", parameters: ["k", "mode", "state", "field", "sent"]) { request, context in
            try await candidates(request: request, context: context)
        }
        pages.add(.post, "/employer/vacancies/:id/invitations") { request, context in try await invite(request: request, context: context) }
    }

    /// The employer the signed-in person acts for; a visitor is sent to sign in, anyone else refused.
    static func employer(_ context: DataRayaRequestContext) throws -> String {
        guard !context.caller.isAnonymous else { throw APIError.unauthorized("Sign in to see your vacancies.") }
        guard context.caller.principal.holds(.employer), let employer = context.caller.principal.employerID else {
            throw APIError.forbidden("These pages are for employers.")
        }
        return employer
    }

    func vacancies(request: Request, context: DataRayaRequestContext, form: VacancyForm? = nil) async throws -> Response {
        let page = try PageRequest(request)
        let employer = try Self.employer(context)
        context.audit.record(dataset: DatasetSchema.vacancies.name, classification: Classification.terbuka.rawValue)
        let snapshot = data.engine.snapshot
        let today = EpochDays.format(days: Int32(CivilDate.today().daysSinceEpoch))
        let table = snapshot.table(DatasetSchema.vacancies.name)
        let rows = own.rows(of: .vacancies, in: snapshot, for: context.caller.principal).reversed()
        let items: [[String: Any]] = rows.compactMap { row in
            guard let table else { return nil }
            let closes = table.text("closes_on", row: row) ?? ""
            return [
                "id": table.text("vacancy_id", row: row) ?? "", "title": table.text("title", row: row) ?? "",
                "state": table.text("state", row: row) ?? "", "openings": table.text("openings", row: row) ?? "",
                "salary": "RM " + HomePageController.count(Double(table.text("salary_min", row: row) ?? "") ?? 0, page.language) + " – RM "
                    + HomePageController.count(Double(table.text("salary_max", row: row) ?? "") ?? 0, page.language),
                "closes": closes, "open": closes >= today,
            ]
        }
        let form = form ?? VacancyForm()
        let sent = try await invitationsSent(employer, snapshot: snapshot, language: page.language)
        let content: [String: Any] = [
            "invitations": sent,
            "vacancies": items, "saved": form.errors.isEmpty && request.uri.queryParameters.get("saved") != nil,
            "form_action": "/employer/vacancies", "submit_label": PageText.text("post_vacancy", page.language),
        ].merging(form.content(page.language)) { $1 }
        let html = try renderer.render("employer", model: page.model(title: PageText.text("employer_title", page.language), caller: context.caller), content: content)
        return page.html(html, status: form.errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The invitations the employer sent: the candidate by pseudonym, and once they accept, the contact they shared
    /// (and only that), as `GET /api/v1/match/invitations` gives them.
    func invitationsSent(_ employer: String, snapshot: Catalog, language: PageLanguage) async throws -> [[String: Any]] {
        let store = data.store
        let sent = try await Blocking.run { () throws -> [(Invitation, String, GraduateContact?)] in
            try store.invitations(employer: employer).map { invitation in
                let contact = invitation.status == .accepted
                    ? try store.contact(graduate: invitation.graduateID)?.sharing(invitation.sharedFields ?? []) : nil
                return (invitation, store.candidatePseudonym(employer: employer, graduate: invitation.graduateID), contact)
            }
        }
        let vacancies = snapshot.table(DatasetSchema.vacancies.name)
        return sent.map { invitation, pseudonym, contact in
            var item: [String: Any] = [
                "id": invitation.id, "candidate": pseudonym,
                "title": vacancies.flatMap { table in table.row(forKey: invitation.vacancyID).flatMap { table.text("title", row: $0) } }
                    ?? invitation.vacancyID,
                "sent": String(ISO8601DateFormatter().string(from: invitation.createdAt).prefix(10)),
                "status": PageText.text("sent_" + invitation.status.rawValue.lowercased(), language),
            ]
            if let contact { item["contact"] = [contact.email, contact.phone].compactMap { $0 }.joined(separator: " · ") }
            return item
        }
    }

    func post(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let submitted = try await PageRequest.form(request, context: context)
        let employer = try Self.employer(context)
        let page = try PageRequest(request)
        var form = VacancyForm(submitted)
        let record = form.record(employer: employer, taxonomy: data.taxonomy, language: page.language)
        guard form.errors.isEmpty, let record else { return try await vacancies(request: request, context: context, form: form) }
        if let problems = try await VacancyEditController.store(record, request: request, context: context, data: data, language: page.language) {
            form.errors.merge(problems) { $1 }
            return try await vacancies(request: request, context: context, form: form)
        }
        return page.redirect(to: "/employer?saved=1")
    }

    func candidates(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let page = try PageRequest(request)
        _ = try Self.employer(context)
        let id = context.parameters.get("id") ?? ""
        let parameters = try MatchParameters(request.uri.queryParameters)
        let ranked = try await CandidateRanking.rank(vacancyID: id, parameters: parameters, context: context, data: data, matching: matching, own: own)
        let snapshot = data.engine.snapshot
        let card = CandidateCard(taxonomy: data.taxonomy, language: page.language)
        let vacancies = snapshot.table(DatasetSchema.vacancies.name)
        let profiles = ranked.profiles ?? ranked.hits.map { _ in CandidateProfile.withheld }
        let content: [String: Any] = [
            "candidates": zip(ranked.hits, profiles).enumerated().map { card.values($1.0, profile: $1.1, position: $0 + 1, vacancy: id) },
            "vacancy_title": vacancies.flatMap { table in table.row(forKey: id).flatMap { table.text("title", row: $0) } } ?? id,
            "sent": request.uri.queryParameters.get("sent") != nil,
        ]
        let html = try renderer.render(
            "candidates", model: page.model(title: PageText.text("candidates_title", page.language), caller: context.caller), content: content)
        return page.html(html)
    }

    func invite(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let submitted = try await PageRequest.form(request, context: context)
        _ = try Self.employer(context)
        let id = context.parameters.get("id") ?? ""
        let message = GraduatePageController.nonEmpty(submitted["message"])
        _ = try await InvitationSending.send(
            candidate: submitted["candidate"] ?? "", vacancyID: id, message: message, context: context, data: data, own: own)
        return try PageRequest(request).redirect(to: "/employer/vacancies/\(id)/candidates?sent=1")
    }
}

/// What an employer sees of an anonymous candidate: their pseudonym, the match, and the profile `CandidateRanking`
/// chose (field of study, level, graduation year or years, state or region, each as precisely as at least k graduates
/// share it, "not shown" otherwise) and the skills they have and lack by name — never who they are.
struct CandidateCard {
    let taxonomy: SkillTaxonomy
    let language: PageLanguage

    func values(_ hit: MatchHit, profile: CandidateProfile, position: Int, vacancy: String) -> [String: Any] {
        let notShown = PageText.text("not_shown", language)
        let say = MatchWords(taxonomy: taxonomy, language: language)
        let matched = hit.matchedSkills.map(say.skillName).joined(separator: ", ")
        let missing = hit.missingSkills.map(say.skillName).joined(separator: ", ")
        let region = profile.region.flatMap { name in CandidateProfile.regions.first { $0.name == name } }.map { words($0.label, language) }
        return say.score(hit.score).merging([
            "id": hit.id, "position": position, "vacancy": vacancy, "year": profile.graduationYears ?? notShown,
            "level": profile.level ?? notShown, "state": profile.state ?? region ?? notShown,
            "field": profile.field.map { code in TVETField(rawValue: code).map { words($0.label, language) } ?? code } ?? notShown,
            "matched": matched, "has_matched": !matched.isEmpty, "missing": missing, "has_missing": !missing.isEmpty,
        ]) { $1 }
    }
}
