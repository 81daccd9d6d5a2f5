import Hummingbird
import Matching

/// The query parameters of the matching endpoints (CONTRACT 3.6), checked once: `k` (default 10, at most 100),
/// `mode` (`skills` or `study`), and the filters `state`, `field` and `min_salary`.
struct MatchParameters {
    static let defaultK = 10
    static let maxK = 100

    let k: Int
    let mode: MatchMode
    let state: String?
    let field: String?
    let minSalary: Double?

    init(_ query: Parameters) throws {
        if let text = query.get("k") {
            guard let k = Int(text), (1...Self.maxK).contains(k) else {
                throw APIError.badRequest("k must be a whole number from 1 to \(Self.maxK).")
            }
            self.k = k
        } else {
            k = Self.defaultK
        }
        if let text = query.get("mode") {
            guard let mode = MatchMode(rawValue: text) else { throw APIError.badRequest("mode must be skills or study.") }
            self.mode = mode
        } else {
            mode = .skills
        }
        state = query.get("state")
        field = query.get("field")
        if let text = query.get("min_salary") {
            guard let value = Double(text), value.isFinite, value >= 0 else {
                throw APIError.badRequest("min_salary must be a number of ringgit, 0 or more.")
            }
            minSalary = value
        } else {
            minSalary = nil
        }
    }

    var jobFilters: JobFilters { JobFilters(state: state, field: field, minSalary: minSalary) }

    var candidateFilters: CandidateFilters { CandidateFilters(state: state, field: field) }

    /// The OpenAPI descriptions of the parameters, for the routes that take them.
    static func openAPI(includeSalary: Bool) -> [OpenAPIParameter] {
        var parameters = [
            OpenAPIParameter(
                name: "k", location: "query", required: false, description: "How many hits (default 10, at most 100).",
                schema: .object(["type": "integer", "minimum": 1, "maximum": .number(Double(maxK))])),
            OpenAPIParameter(
                name: "mode", location: "query", required: false,
                description: "skills (the graduate's own skills, the default) or study (what their line of study teaches).",
                schema: .object(["type": "string", "enum": ["skills", "study"]])),
            OpenAPIParameter(
                name: "state", location: "query", required: false, description: "Only this state (a state name).",
                schema: .object(["type": "string"])),
            OpenAPIParameter(
                name: "field", location: "query", required: false, description: "Only this field (a field code).",
                schema: .object(["type": "string"])),
        ]
        if includeSalary {
            parameters.append(OpenAPIParameter(
                name: "min_salary", location: "query", required: false,
                description: "Only vacancies whose salary_max reaches this many ringgit.", schema: .object(["type": "number"])))
        }
        return parameters
    }
}
