import Columnar
import Foundation
import Hummingbird
import Store
import TVET
import Web

/// `/employer/vacancies/{id}/edit` and `POST /employer/vacancies/{id}`: an employer changes its own vacancy, which
/// replaces the stored one through the same write path as the API (the access policy lets an employer replace only
/// a vacancy it owns); `POST /employer/vacancies/{id}/close` closes it from today on. Another employer's vacancy is a
/// 404, exactly as one that does not exist.
struct VacancyEditController {
    let data: DataService
    let own: OwnRecords
    let renderer: PageRenderer

    func register(in pages: PageRoutes) {
        pages.add(.get, "/employer/vacancies/:id/edit") { request, context in try await edit(request: request, context: context) }
        pages.add(.post, "/employer/vacancies/:id") { request, context in try await save(request: request, context: context) }
        pages.add(.post, "/employer/vacancies/:id/close") { request, context in try await close(request: request, context: context) }
    }

    /// The employer's own stored vacancy: its table and row; someone else's, or none, is a 404.
    func ownVacancy(_ context: DataRayaRequestContext) throws -> (id: String, table: Columnar.Table, row: Int) {
        let employer = try EmployerPagesController.employer(context)
        let id = context.parameters.get("id") ?? ""
        context.audit.record(dataset: DatasetSchema.vacancies.name, recordID: id, classification: Classification.terbuka.rawValue)
        guard let table = data.engine.snapshot.table(DatasetSchema.vacancies.name), let row = table.row(forKey: id),
            context.caller.decide(.writeRecord(.vacancies, new: RecordFacts(owner: .employer(employer)), stored: RecordFacts(owner: own.owner(of: .vacancies, row: row, in: table)))).isAllowed
        else { throw APIError.notFound("No vacancy of yours has that id.") }
        return (id, table, row)
    }

    func edit(request: Request, context: DataRayaRequestContext, form: VacancyForm? = nil) async throws -> Response {
        let page = try PageRequest(request)
        let vacancy = try ownVacancy(context)
        let form = form ?? VacancyForm(vacancy: vacancy.table, row: vacancy.row, taxonomy: data.taxonomy, language: page.language)
        let content = form.content(page.language).merging([
            "form_action": "/employer/vacancies/\(vacancy.id)", "submit_label": PageText.text("save_vacancy", page.language),
        ]) { $1 }
        let html = try renderer.render(
            "vacancy_edit", model: page.model(title: PageText.text("edit_vacancy", page.language), caller: context.caller), content: content)
        return page.html(html, status: form.errors.isEmpty ? .ok : .unprocessableContent)
    }

    func save(request: Request, context: DataRayaRequestContext) async throws -> Response {
        let submitted = try await PageRequest.form(request, context: context)
        let vacancy = try ownVacancy(context)
        let page = try PageRequest(request)
        var form = VacancyForm(submitted)
        let record = form.record(
            employer: try EmployerPagesController.employer(context), taxonomy: data.taxonomy, language: page.language, id: vacancy.id,
            postedOn: vacancy.table.text("posted_on", row: vacancy.row))
        guard form.errors.isEmpty, let record else { return try await edit(request: request, context: context, form: form) }
        if let problems = try await Self.store(record, request: request, context: context, data: data, language: page.language) {
            form.errors.merge(problems) { $1 }
            return try await edit(request: request, context: context, form: form)
        }
        return page.redirect(to: "/employer?saved=1")
    }

    func close(request: Request, context: DataRayaRequestContext) async throws -> Response {
        _ = try await PageRequest.form(request, context: context)
        let vacancy = try ownVacancy(context)
        // Closed means the closing date is past: yesterday, or the day it was posted if that was today.
        let yesterday = EpochDays.format(days: Int32(CivilDate.today().daysSinceEpoch) - 1)
        let posted = vacancy.table.text("posted_on", row: vacancy.row) ?? yesterday
        let stored = try JSONDecoder().decode(
            JSONValue.self, from: JSONEncoder().encode(RecordJSON(table: vacancy.table, row: vacancy.row, columns: DatasetSchema.vacancies.columns)))
        guard case .object(var fields) = stored else { throw APIError.internalError }
        fields["closes_on"] = .string(max(yesterday, posted))
        let page = try PageRequest(request)
        _ = try await Self.store(fields, request: request, context: context, data: data, language: page.language)
        return page.redirect(to: "/employer?saved=1")
    }

    /// Stores a whole vacancy through the one write path as the caller; the problems by field, in `language`, when the
    /// rules refuse it.
    static func store(
        _ record: [String: JSONValue], request: Request, context: DataRayaRequestContext, data: DataService, language: PageLanguage
    ) async throws -> [String: String]? {
        let batch = JSONBatch(records: [.object(record)], dataset: .vacancies)
        do {
            _ = try await BatchBody.write(
                csv: batch.csv, known: batch.problems, recordIndex: batch.index(ofLine:), dataset: .vacancies, intent: .store,
                request: request, context: context, data: data)
            return nil
        } catch let error as APIError where error.status == .unprocessableContent {
            let label = { (name: String) in PageText.text(VacancyForm.label(name), language) }
            return Dictionary(
                (error.details ?? []).map { ($0.field ?? "title", ProblemWords.text($0.kind, reason: $0.reason, label: label, language)) }
            ) { first, _ in first }
        }
    }
}
