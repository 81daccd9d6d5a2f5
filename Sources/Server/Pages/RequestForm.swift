import Columnar
import Sharing
import Store
import TVET
import Web

/// The fields of a data-sharing request as a form: organisation, purpose, kind, period, delivery, and for each dataset
/// shared through a request whether it is included, its columns (from the catalogue's column dictionary) and a few
/// row filters (column, condition, value). It makes the same `SharingRequestBody` the API decodes, so the same
/// `RequestValidation` checks it; only the choices a form can get wrong (kind, delivery) are checked here.
struct RequestForm {
    static let filterRows = 3
    static let textFields = ["organisation", "purpose", "kind", "period_from", "period_to", "delivery"]

    /// One row filter as typed.
    struct FilterRow: Equatable {
        var column = "", op = "", value = ""
    }

    /// The catalogue's items: the datasets, their access and their column dictionary (no store read: the dates of
    /// the last updates are not shown on the form).
    static func catalogue(_ data: DataService) -> [CatalogueItem] {
        Catalogue.items(snapshot: data.engine.snapshot, updates: [:], year: CivilDate.today().year)
    }

    var values: [String: String] = [:]
    var included: Set<String> = []
    var columns: [String: Set<String>] = [:]
    var filters: [String: [FilterRow]] = [:]

    init() {
        values = ["kind": SharingRequestBody.Kind.oneOff.rawValue, "delivery": SharingRequestBody.Delivery.csv.rawValue]
    }

    /// The form filled with a request's stored fields, to amend them.
    init(_ body: SharingRequestBody) {
        values = [
            "organisation": body.organisation, "purpose": body.purpose, "kind": body.kind.rawValue, "period_from": body.period.from,
            "period_to": body.period.to, "delivery": body.delivery.rawValue,
        ]
        for ask in body.datasets {
            included.insert(ask.dataset)
            columns[ask.dataset] = Set(ask.columns)
            filters[ask.dataset] = ask.filters.map { filter in
                FilterRow(
                    column: filter.column, op: filter.op,
                    value: (filter.values ?? filter.value.map { [$0] } ?? []).map(Self.text).joined(separator: ", "))
            }
        }
    }

    init(_ form: PageForm, datasets: [String]) {
        for name in Self.textFields { values[name] = (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        included = Set(form.all("dataset"))
        for dataset in datasets {
            columns[dataset] = Set(form.all("columns." + dataset))
            filters[dataset] = (0..<Self.filterRows).map { index in
                let prefix = "filter.\(dataset).\(index)."
                return FilterRow(column: form[prefix + "column"] ?? "", op: form[prefix + "op"] ?? "", value: form[prefix + "value"] ?? "")
            }
        }
    }

    /// The request the form asks for, in the order of `datasets`, or the problems of the choices only a form gets wrong.
    func body(datasets: [String], language: PageLanguage) -> (SharingRequestBody?, FormProblems) {
        var problems = FormProblems()
        let kind = SharingRequestBody.Kind(rawValue: values["kind"] ?? "")
        let delivery = SharingRequestBody.Delivery(rawValue: values["delivery"] ?? "")
        if kind == nil { problems.add("kind", label: PageText.text("kind", language), PageText.text("request_choice_invalid", language)) }
        if delivery == nil {
            problems.add("delivery", label: PageText.text("delivery", language), PageText.text("request_choice_invalid", language))
        }
        guard let kind, let delivery else { return (nil, problems) }
        let asked = datasets.filter(included.contains).map { dataset in
            SharingRequestBody.DatasetAsk(
                dataset: dataset, columns: (columns[dataset] ?? []).sorted(),
                filters: (filters[dataset] ?? []).filter { !$0.column.isEmpty }.map(Self.filter))
        }
        let body = SharingRequestBody(
            organisation: values["organisation"] ?? "", purpose: values["purpose"] ?? "", kind: kind,
            period: .init(from: values["period_from"] ?? "", to: values["period_to"] ?? ""), delivery: delivery, datasets: asked)
        return (body, problems)
    }

    /// A typed filter in the query language: one value, a list for `in`, `not_in` and `between`, none for the null tests.
    static func filter(_ row: FilterRow) -> Filter {
        let parts = row.value.split(separator: ",").map { literal($0.trimmingCharacters(in: .whitespaces)) }
        switch FilterOp(rawValue: row.op) {
        case .in, .notIn, .between: return Filter(column: row.column, op: row.op, values: parts)
        case .isNull, .notNull: return Filter(column: row.column, op: row.op)
        default: return Filter(column: row.column, op: row.op, value: literal(row.value.trimmingCharacters(in: .whitespaces)))
        }
    }

    static func literal(_ text: String) -> Literal {
        if let number = Int64(text) { return .int(number) }
        if let number = Double(text) { return .double(number) }
        if text == "true" || text == "false" { return .bool(text == "true") }
        return .string(text)
    }

    static func text(_ literal: Literal) -> String {
        switch literal {
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .bool(let flag): String(flag)
        case .null: ""
        }
    }

    /// The id of the form element a problem of the rules is about (`datasets[0].columns` is that dataset's fieldset).
    static func anchor(_ field: String, body: SharingRequestBody?) -> String {
        if field.hasPrefix("datasets["), let close = field.firstIndex(of: "]"),
            let index = Int(field[field.index(field.startIndex, offsetBy: 9)..<close]), let datasets = body?.datasets,
            datasets.indices.contains(index)
        {
            return "dataset-" + datasets[index].dataset
        }
        return field.replacingOccurrences(of: ".", with: "_")
    }

    /// The label of the form element a problem is about.
    static func label(_ anchor: String, items: [CatalogueItem], language: PageLanguage) -> String {
        if anchor.hasPrefix("dataset-"), let item = items.first(where: { "dataset-" + $0.dataset == anchor }) {
            return words(item.title, language)
        }
        return PageText.text(anchor == "datasets" ? "datasets_wanted" : anchor, language)
    }
}
