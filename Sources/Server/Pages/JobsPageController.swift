import Columnar
import Foundation
import Hummingbird
import Matching
import Store
import TVET
import Web

/// `/graduate/jobs`: the jobs ranked for the signed-in graduate, as cards, with the filters of CONTRACT 3.6. The
/// ranking is the one `GET /api/v1/match/jobs?graduate_id=<own>` gives for the same parameters — the same parameters
/// reader, the same access decision, the same index — so the cards come in exactly the API's order.
struct JobsPageController {
    let data: DataService
    let matching: MatchService
    let renderer: PageRenderer
    let teachers: SkillTeacherIndex

    func register(in pages: PageRoutes) {
        pages.add(.get, "/graduate/jobs", parameters: ["k", "mode", "state", "field", "min_salary"]) { request, context in
            try await jobs(request: request, context: context)
        }
    }

    func jobs(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let page = try PageRequest(request)
        let caller = context.caller
        guard !caller.isAnonymous else { throw APIError.unauthorized("Sign in to see your jobs.") }
        guard let id = caller.principal.graduateID else { throw APIError.forbidden("Jobs are for graduates with a record.") }
        context.audit.record(dataset: DatasetSchema.graduates.name, recordID: id, classification: Classification.terhad.rawValue)
        try caller.require(.matchJobs(graduateID: id))
        let parameters = try MatchParameters(request.uri.queryParameters)
        let hits = try await Blocking.run { [matching] in
            try matching.index().jobs(forGraduate: id, k: parameters.k, today: .today(), mode: parameters.mode, filters: parameters.jobFilters)
        }
        let snapshot = data.engine.snapshot
        let language = page.language
        let teachers = try await Blocking.run { [teachers] in teachers.teachers(for: snapshot) }
        let content: [String: Any] = [
            "jobs": hits.map { JobCard(hit: $0, snapshot: snapshot, taxonomy: data.taxonomy, teachers: teachers, language: language).values },
            "states": MalaysianState.allCases.map { ["code": $0.name, "label": $0.name, "selected": $0.name == parameters.state] },
            "fields": TVETField.allCases.map { ["code": $0.rawValue, "label": words($0.label, language), "selected": $0.rawValue == parameters.field] },
            "modes": MatchMode.allCases.map {
                ["code": $0.rawValue, "label": PageText.text("mode_" + $0.rawValue, language), "selected": $0 == parameters.mode]
            },
            "min_salary": parameters.minSalary.map { String(Int($0)) } ?? "",
        ]
        let html = try renderer.render("jobs", model: page.model(title: PageText.text("jobs_title", language), caller: caller), content: content)
        return page.html(html)
    }
}

func words(_ text: BilingualText, _ language: PageLanguage) -> String { language == .ms ? text.ms : text.en }

/// One job as a card: what the vacancy is, the match as a percentage and stars, how each criterion matches, and the
/// skills the graduate has and lacks by name.
struct JobCard {
    let hit: MatchHit
    let snapshot: Catalog
    let taxonomy: SkillTaxonomy
    let teachers: SkillTeachers
    let language: PageLanguage

    var values: [String: Any] {
        let vacancies = snapshot.table(DatasetSchema.vacancies.name)
        let row = vacancies?.row(forKey: hit.id)
        func text(_ column: String) -> String { row.flatMap { vacancies?.text(column, row: $0) } ?? "" }
        let employers = snapshot.table(DatasetSchema.employers.name)
        let employerID = text("employer_id")
        let employer = employers.flatMap { table in table.row(forKey: employerID).flatMap { table.text("name", row: $0) } } ?? employerID
        let say = MatchWords(taxonomy: taxonomy, language: language)
        let components: [(String, Float)] = [
            ("skills", hit.components.skills), ("field", hit.components.field), ("level", hit.components.level),
            ("location", hit.components.location), ("salary", hit.components.salary),
        ]
        let matched = hit.matchedSkills.map(say.skillName).joined(separator: ", ")
        let missing: [[String: Any]] = hit.missingSkills.map { skill in
            let taught = teachers.programmes(teaching: skill).map { programme in
                "\(programme.name) (\(programme.institution)" + (programme.level.map { ", " + PageText.text("level", language) + " \($0)" } ?? "") + ")"
            }
            return ["name": say.skillName(skill), "taught": taught.joined(separator: "; "), "has_taught": !taught.isEmpty]
        }
        return say.score(hit.score).merging([
            "id": hit.id, "title": text("title"), "employer": employer, "state": text("state"),
            "salary": "RM " + HomePageController.count(Double(text("salary_min")) ?? 0, language) + " – RM "
                + HomePageController.count(Double(text("salary_max")) ?? 0, language),
            "closes": text("closes_on"),
            "criteria": components.map { ["label": PageText.text("criterion_" + $0.0, language), "percent": Int(($0.1 * 100).rounded())] },
            "matched": matched, "has_matched": !matched.isEmpty, "missing": missing, "has_missing": !missing.isEmpty,
        ]) { $1 }
    }
}
