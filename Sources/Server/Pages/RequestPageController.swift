import Foundation
import Hummingbird
import Sharing
import Store
import TVET
import Web

/// `/requests/{id}`: one data-sharing request as `GET /api/v1/requests/{id}` gives it to the same person — its state in
/// words, version, the data asked for, fee, agreement and history with who, role, step, note and days at each stage —
/// with the forms of exactly the steps the access policy lets the person take now, and for the requester of an
/// ACTIVE request their grant, a grant key and the delivery. A request they may not read is the 404 page.
struct RequestPageController {
    let sharing: SharingService
    let data: DataService
    let renderer: PageRenderer

    /// What a refused or invalid step brings back to the page.
    struct Outcome {
        var problems = FormProblems()
        var refused: String?
        var amended: RequestForm?
        var status: HTTPResponse.Status = .ok
    }

    func register(in pages: PageRoutes) {
        pages.add(.get, "/requests/:id", parameters: ["done"]) { request, context in
            let record = try await sharing.read(try RequestController.id(context), as: context.caller.principal)
            return try await show(record, request: request, context: context)
        }
    }

    func show(_ record: SharingRequestRecord, request: Request, context: DataRayaRequestContext, outcome: Outcome = Outcome()) async throws
        -> Response
    {
        let page = try PageRequest(request)
        _ = try RequestsPageController.user(context)
        context.audit.record(dataset: nil, recordID: "request \(record.id)", classification: nil)
        let language = page.language
        let words = SharingWords(language: language)
        let today = MalaysiaTime.day(of: Date())
        let view = RequestView(record, today: today)
        let facts = record.effectiveFacts(on: today)
        let items = RequestForm.catalogue(data)
        let allowed = RequestWorkflow.actions(at: facts.state).filter { context.caller.decide(.actOnRequest(facts, $0)).isAllowed }
        var content: [String: Any] = outcome.problems.content
        content["request"] = summary(view, words: words, language: language)
        content["asked"] = Self.asked(view.fields?.datasets ?? [], items: items, language: language)
        content["history"] = try await history(view, words: words)
        content["steps"] = allowed.filter { $0 != .resubmit }.map {
            step($0, problems: outcome.problems, language: language).merging(["id": record.id]) { $1 }
        }
        content["has_steps"] = !allowed.isEmpty
        if allowed.contains(.resubmit), let fields = view.fields {
            let form = outcome.amended ?? RequestForm(fields)
            content["resubmit"] = form.content(items: items, problems: outcome.problems, language: language).merging(["id": record.id]) {
                $1
            }
        }
        if let refused = outcome.refused { content["refused"] = refused }
        content["done"] = request.uri.queryParameters.get("done") != nil
        if context.caller.decide(.takeGrant(facts)).isAllowed {
            let grant = GrantView(try await sharing.grant(ofRequest: record.id, as: context.caller.principal))
            content["grant"] = [
                "id": record.id, "period": "\(grant.from) – \(grant.to)", "files": view.fields?.delivery != .api,
                "datasets": Self.asked(
                    grant.datasets.map { .init(dataset: $0, columns: grant.columns[$0] ?? [], filters: grant.filters[$0] ?? []) },
                    items: items, language: language),
            ]
        }
        let title = PageText.text("request_n", language) + " \(record.id)"
        let html = try renderer.render("request", model: page.model(title: title, caller: context.caller), content: content)
        return page.html(html, status: outcome.status)
    }

    /// The request's own fields, state, fee and agreement, in words.
    func summary(_ view: RequestView, words: SharingWords, language: PageLanguage) -> [String: Any] {
        let say = { (key: String) in PageText.text(key, language) }
        var summary: [String: Any] = [
            "id": view.requestID, "state": words.state(view.state), "version": view.version,
            "category": words.category(view.requesterCategory),
            "organisation": view.fields?.organisation ?? "", "purpose": view.fields?.purpose ?? "",
            "kind": view.fields.map { say("kind_" + $0.kind.rawValue) } ?? "",
            "delivery": view.fields.map { say("delivery_" + $0.delivery.rawValue) } ?? "",
            "period": view.fields.map { "\($0.period.from) – \($0.period.to)" } ?? "",
        ]
        if let conditions = view.conditions { summary["conditions"] = conditions }
        if let fee = view.fee {
            let amount = "RM " + HomePageController.count(fee.amountMYR, language)
            summary["fee"] =
                fee.paidMYR == nil
                ? amount + " (" + say("fee_unpaid_yet") + ")" : amount + " (" + say("fee_paid") + " " + (fee.paymentReference ?? "") + ")"
        }
        if let agreement = view.agreement {
            summary["agreement"] = say("agreement_" + agreement.kind) + " " + agreement.reference + " · SHA-256 " + agreement.documentSHA256
        }
        return summary
    }

    /// Each step of the history with who took it (their sign-in name), in which role, and the days the request then
    /// stood at the stage it led to.
    func history(_ view: RequestView, words: SharingWords) async throws -> [[String: Any]] {
        let store = data.store
        let ids = Set(view.history.compactMap { Int64($0.by.dropFirst("user:".count)) })
        let names = try await Blocking.run { () throws -> [String: String] in
            Dictionary(uniqueKeysWithValues: try ids.compactMap { id in try store.user(id: id).map { ("user:\(id)", $0.name) } })
        }
        return zip(view.history, view.waiting).map { step, stage in
            var entry: [String: Any] = [
                "at": step.at, "by": names[step.by] ?? step.by, "role": words.role(step.role), "action": words.action(step.action),
                "days": stage.days,
            ]
            if let note = step.note, !note.isEmpty { entry["note"] = note }
            return entry
        }
    }

    /// The datasets, columns and row filters asked for (or granted), in words.
    static func asked(_ datasets: [SharingRequestBody.DatasetAsk], items: [CatalogueItem], language: PageLanguage) -> [[String: Any]] {
        datasets.map { ask in
            let item = items.first { $0.dataset == ask.dataset }
            let columnTitle = { (name: String) in item?.columns.first { $0.name == name }.map { words($0.title, language) } ?? name }
            let columns = ask.columns.map(columnTitle)
            let filters = ask.filters.map { filter in
                let values = (filter.values ?? filter.value.map { [$0] } ?? []).map(RequestForm.text).joined(separator: ", ")
                return [columnTitle(filter.column), PageText.text("op_" + filter.op, language), values].filter { !$0.isEmpty }.joined(
                    separator: " ")
            }
            return [
                "dataset": ask.dataset, "title": item.map { words($0.title, language) } ?? ask.dataset,
                "columns": columns.joined(separator: ", "), "codes": ask.columns.joined(separator: " "),
                "filters": filters.isEmpty ? PageText.text("all_rows", language) : filters.joined(separator: "; "),
            ]
        }
    }

    /// The form of one step the person may take, with the fields the step takes and their problems.
    func step(_ action: RequestAction, problems: FormProblems, language: PageLanguage) -> [String: Any] {
        let say = { (key: String) in PageText.text(key, language) }
        func field(_ name: String, _ label: String, _ input: FormField.Input = .text(type: "text", autocomplete: nil), hint: String? = nil)
            -> [String: Any]
        {
            let id = name + "-" + action.rawValue
            return FormField(name: name, label: label, id: id, hint: hint, error: problems.message(id), input: input).content
        }
        var fields: [[String: Any]] = []
        switch action {
        case .approve: fields.append(field("conditions", say("conditions_field"), .multiline))
        case .quote: fields.append(field("amount_myr", say("amount_myr"), .text(type: "number", autocomplete: nil)))
        case .recordPayment:
            fields.append(field("amount_myr", say("amount_myr"), .text(type: "number", autocomplete: nil)))
            fields.append(field("reference", say("payment_reference")))
        case .recordAgreement:
            fields.append(
                field("kind", say("agreement_kind"), .choice(StepCommand.agreementKinds.sorted().map { ($0, say("agreement_" + $0)) })))
            fields.append(field("reference", say("agreement_reference")))
            fields.append(field("document_sha256", say("document_sha256"), hint: say("document_sha256_hint")))
        default: break
        }
        fields.append(field("note", say(RequestWorkflow.notedActions.contains(action) ? "note_required" : "note_optional"), .multiline))
        return ["action": action.rawValue, "label": say("action_" + action.rawValue), "step_fields": fields]
    }
}
