import Columnar
import Foundation
import Store
import TVET
import Web

/// The form that posts a vacancy: its fields, the values typed, and the problems found, by field. The page checks
/// what only a form can get wrong (an empty field, a number that is not one, a skill name not in the list) in the
/// visitor's language; every rule of the dataset is then checked by the one write path, as for the API.
struct VacancyForm {
    static let names = [
        "title", "masco_code", "field", "min_level", "essential_skills", "optional_skills", "state", "salary_min", "salary_max",
        "openings", "closes_on",
    ]
    static let numbers: Set<String> = ["salary_min", "salary_max", "openings"]

    var values: [String: String] = [:]
    var errors: [String: String] = [:]

    init() {}

    init(_ form: PageForm) {
        for name in Self.names { values[name] = (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The form filled with a stored vacancy, to edit it (skills by name, in the page's language).
    init(vacancy table: Columnar.Table, row: Int, taxonomy: SkillTaxonomy, language: PageLanguage) {
        for name in Self.names {
            if name.hasSuffix("_skills") {
                let ids = table.column(name).map { $0.isNull(row) ? [] : $0.listItems(at: row) } ?? []
                values[name] = ids.map(MatchWords(taxonomy: taxonomy, language: language).skillName).joined(separator: "\n")
            } else {
                values[name] = table.text(name, row: row).map { Self.numbers.contains(name) ? Self.plain($0) : $0 } ?? ""
            }
        }
    }

    /// A stored number as a person types it: 1800, not 1800.0.
    static func plain(_ text: String) -> String {
        guard let number = Double(text), number == number.rounded() else { return text }
        return String(Int64(number))
    }

    /// The text key of a field's label.
    static func label(_ name: String) -> String {
        switch name {
        case "title": "vacancy_title_field"
        case "openings": "openings_field"
        default: name
        }
    }

    /// The vacancy as a record of the dataset, or nil (with `errors` filled) when the form cannot make one.
    /// `id` and `postedOn` are the stored vacancy's when editing one; a new vacancy gets a new id, posted today.
    mutating func record(
        employer: String, taxonomy: SkillTaxonomy, language: PageLanguage, id: String? = nil, postedOn: String? = nil
    ) -> [String: JSONValue]? {
        for name in Self.names where name != "optional_skills" && (values[name] ?? "").isEmpty {
            errors[name] = PageText.text("required", language)
        }
        var record: [String: JSONValue] = [
            "vacancy_id": .string(id ?? Self.newID()), "employer_id": .string(employer),
            "posted_on": .string(postedOn ?? EpochDays.format(days: Int32(CivilDate.today().daysSinceEpoch))),
        ]
        for name in ["title", "masco_code", "field", "state", "closes_on"] { record[name] = .string(values[name] ?? "") }
        for name in Self.numbers.union(["min_level"]) {
            guard let text = values[name], !text.isEmpty else { continue }
            guard let number = Double(text.replacingOccurrences(of: ",", with: "")), number.isFinite else {
                errors[name] = PageText.text("required", language)
                continue
            }
            record[name] = .number(number)
        }
        for name in ["essential_skills", "optional_skills"] {
            let names = (values[name] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var ids: [String] = []
            var unknown: [String] = []
            for skillName in names {
                if let skill = MatchWords(taxonomy: taxonomy, language: language).skill(named: skillName) {
                    ids.append(skill.id)
                } else {
                    unknown.append(skillName)
                }
            }
            if !unknown.isEmpty { errors[name] = PageText.text("unknown_skills", language) + ": " + unknown.prefix(5).joined(separator: ", ") }
            record[name] = .array(ids.map(JSONValue.string))
        }
        return errors.isEmpty ? record : nil
    }

    /// A vacancy id no vacancy has yet, in the datasets' form (`V` and digits).
    static func newID() -> String { "V" + String(UInt64.random(in: 100_000_000...999_999_999)) }

    /// What `vacancy_form.mustache` draws: the fields and the problems, summarised and by field.
    func content(_ language: PageLanguage) -> [String: Any] {
        [
            "fields": fields(language), "has_errors": !errors.isEmpty,
            "errors": errors.sorted { $0.key < $1.key }.map { ["field": $0.key, "label": PageText.text(Self.label($0.key), language), "message": $0.value] },
        ]
    }

    /// The fields as the template draws them.
    func fields(_ language: PageLanguage) -> [[String: Any]] {
        Self.names.map { name in
            var field: [String: Any] = ["name": name, "label": PageText.text(Self.label(name), language), "value": values[name] ?? ""]
            if let error = errors[name] { field["error"] = error }
            switch name {
            case "masco_code": field["hint"] = PageText.text("masco_hint", language)
            case "essential_skills", "optional_skills": field["hint"] = PageText.text("skills_hint", language)
            default: break
            }
            switch name {
            case "field":
                field["options"] = ["choices": TVETField.allCases.map { ["code": $0.rawValue, "label": words($0.label, language), "selected": values[name] == $0.rawValue] }]
            case "state":
                field["options"] = ["choices": MalaysianState.allCases.map { ["code": $0.name, "label": $0.name, "selected": values[name] == $0.name] }]
            case "min_level":
                field["options"] = ["choices": (1...5).map { ["code": String($0), "label": String($0), "selected": values[name] == String($0)] }]
            case "essential_skills", "optional_skills": field["multiline"] = true
            default:
                field["single"] = true
                field["type"] = Self.numbers.contains(name) ? "number" : name == "closes_on" ? "date" : "text"
            }
            return field
        }
    }
}
