import Hummingbird
import Matching
import TVET

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

    /// Reads the parameters; an empty value means the parameter is not given (as a filter form sends an unset field).
    init(_ query: Parameters) throws {
        func value(_ name: String) -> String? { query.get(name).flatMap { $0.isEmpty ? nil : $0 } }
        if let text = value("k") {
            guard let k = Int(text), (1...Self.maxK).contains(k) else {
                throw APIError.badRequest("Invalid parameter 'k': expected a whole number from 1 to \(Self.maxK).")
            }
            self.k = k
        } else {
            k = Self.defaultK
        }
        mode = try Self.member(value("mode"), "mode", MatchMode.allCases.map(\.rawValue)).flatMap(MatchMode.init) ?? .skills
        state = try Self.member(value("state"), "state", MalaysianState.allCases.map(\.name))
        field = try Self.member(value("field"), "field", TVETField.allCases.map(\.rawValue))
        if let text = value("min_salary") {
            guard let value = Double(text), value.isFinite, value >= 0 else {
                throw APIError.badRequest("Invalid parameter 'min_salary': expected a number of ringgit, 0 or more.")
            }
            minSalary = value
        } else {
            minSalary = nil
        }
    }

    /// A value of `parameter` from its value set, nil when absent, or a 400 that lists the set.
    private static func member(_ value: String?, _ parameter: String, _ accepted: [String]) throws -> String? {
        guard let value else { return nil }
        guard accepted.contains(value) else {
            throw APIError.badRequest("Invalid parameter '\(parameter)': " + AcceptedValues.notOneOf(value, accepted) + ".")
        }
        return value
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
                schema: .object(["type": "string", "enum": .array(MatchMode.allCases.map { .string($0.rawValue) })])),
            OpenAPIParameter(
                name: "state", location: "query", required: false, description: "Only this state (a state name).",
                schema: .object(["type": "string", "enum": .array(MalaysianState.allCases.map { .string($0.name) })])),
            OpenAPIParameter(
                name: "field", location: "query", required: false, description: "Only this field (a field code).",
                schema: .object(["type": "string", "enum": .array(TVETField.allCases.map { .string($0.rawValue) })])),
        ]
        if includeSalary {
            parameters.append(OpenAPIParameter(
                name: "min_salary", location: "query", required: false,
                description: "Only vacancies whose salary_max reaches this many ringgit.", schema: .object(["type": "number"])))
        }
        return parameters
    }
}
