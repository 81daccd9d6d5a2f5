/// One field of a form as `form_field.mustache` draws it: its label, hint, problem and value, as a text input, a
/// text area or a list to choose from.
struct FormField {
    enum Input {
        case text(type: String, autocomplete: String?)
        case multiline
        case choice([(code: String, label: String)])
    }

    let name: String
    let label: String
    /// The element's id, when a page holds several forms with a field of this name.
    var id: String? = nil
    var hint: String? = nil
    var error: String? = nil
    var value: String = ""
    var input: Input = .text(type: "text", autocomplete: nil)

    var content: [String: Any] {
        let id = id ?? name
        var field: [String: Any] = ["id": id, "name": name, "label": label, "value": value]
        let described = [hint.map { _ in id + "-hint" }, error.map { _ in id + "-error" }].compactMap { $0 }
        if !described.isEmpty { field["described"] = described.joined(separator: " ") }
        if let hint { field["hint"] = hint }
        if let error { field["error"] = error }
        switch input {
        case .text(let type, let autocomplete):
            field["single"] = true
            field["type"] = type
            if let autocomplete { field["autocomplete"] = autocomplete }
        case .multiline: field["multiline"] = true
        case .choice(let choices):
            field["options"] = ["choices": choices.map { ["code": $0.code, "label": $0.label, "selected": $0.code == value] }]
        }
        return field
    }
}
