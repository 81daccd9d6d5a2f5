import Columnar
import Sharing
import TVET
import Web

extension RequestForm {
    /// What `request_fields.mustache` draws: the request's own fields, then each dataset shared through a request with
    /// its columns and row filters, every problem beside its field.
    func content(items: [CatalogueItem], problems: FormProblems, language: PageLanguage) -> [String: Any] {
        let say = { (key: String) in PageText.text(key, language) }
        var fields: [[String: Any]] = []
        for name in Self.textFields {
            var field = FormField(name: name, label: say(name), error: problems.message(name), value: values[name] ?? "")
            switch name {
            case "purpose": field.input = .multiline
            case "organisation": field.input = .text(type: "text", autocomplete: "organization")
            case "kind": field.input = .choice(["one_off", "periodic"].map { ($0, say("kind_" + $0)) })
            case "delivery": field.input = .choice(["csv", "txt", "xlsx", "api"].map { ($0, say("delivery_" + $0)) })
            default: field.input = .text(type: "date", autocomplete: nil)
            }
            fields.append(field.content)
        }
        let operators = [("", say("none"))] + FilterOp.allCases.map { ($0.rawValue, say("op_" + $0.rawValue)) }
        let datasets: [[String: Any]] = items.filter { $0.access == .request }.map { item in
            let rows = filters[item.dataset] ?? []
            var dataset: [String: Any] = [
                "dataset": item.dataset, "dataset_title": words(item.title, language), "included": included.contains(item.dataset),
                "column_choices": item.columns.map { column in
                    [
                        "column": column.name, "column_title": words(column.title, language),
                        "checked": columns[item.dataset]?.contains(column.name) ?? false,
                    ]
                },
                "filter_rows": (0..<Self.filterRows).map { index in
                    let row = index < rows.count ? rows[index] : FilterRow()
                    return [
                        "index": index, "number": index + 1, "filter_value": row.value,
                        "column_options": [["code": "", "label": say("none"), "selected": row.column.isEmpty]]
                            + item.columns.map {
                                [
                                    "code": $0.name, "label": words($0.title, language) + " (" + $0.name + ")",
                                    "selected": $0.name == row.column,
                                ]
                            },
                        "op_options": operators.map { ["code": $0.0, "label": $0.1, "selected": $0.0 == row.op] },
                    ]
                },
            ]
            if let message = problems.message("dataset-" + item.dataset) { dataset["dataset_error"] = message }
            return dataset
        }
        var content: [String: Any] = ["request_fields": fields, "datasets": datasets]
        if let message = problems.message("datasets") { content["datasets_error"] = message }
        return content
    }
}
