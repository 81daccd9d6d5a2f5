import Web

/// The problems of a submitted form, in the order of its fields: summarised at the top of the page (each linking to
/// its field, `error_summary.mustache`) and shown beside the field they are about.
struct FormProblems {
    struct Problem {
        /// The id of the field (or fieldset) the problem is about.
        let field: String
        let label: String
        let message: String
    }

    private(set) var problems: [Problem] = []

    var isEmpty: Bool { problems.isEmpty }

    /// Adds a problem; the first one of a field is the one shown beside it.
    mutating func add(_ field: String, label: String, _ message: String) {
        problems.append(Problem(field: field, label: label, message: message))
    }

    /// The message shown beside a field, if it has one.
    func message(_ field: String) -> String? { problems.first { $0.field == field }?.message }

    /// What the summary draws.
    var content: [String: Any] {
        ["has_errors": !problems.isEmpty, "errors": problems.map { ["field": $0.field, "label": $0.label, "message": $0.message] }]
    }
}
