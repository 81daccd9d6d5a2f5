import Foundation
import TVET

/// The parameters of the diagnostics, read from a query string beside the common filters.
///
/// `from` and `to` (graduation years, default: the two latest years in the data), `group_by` (one of `dimensions`,
/// default `field`) and `measure` (`employability` or `employment`, default `employability`; used by `compare`).
public struct DiagnosticParameters: Sendable, Hashable {
    /// The rate a diagnostic looks at.
    public enum RateMeasure: String, Sendable, CaseIterable {
        case employability
        case employment
    }

    /// The dimensions a diagnostic can group graduates by, with the engine path of each.
    public static let dimensions: [(name: String, path: String)] = [
        ("state", "programme.institution.state"), ("field", "programme.field"), ("level", "programme.level"),
        ("ministry", "programme.institution.ministry"), ("institution_type", "programme.institution.type"),
        ("gender", "student.gender"),
    ]

    /// The query parameters this type reads; the filters are read by `DashboardFilters`.
    public static let names = ["from", "to", "group_by", "measure"]

    public var from: Int?
    public var to: Int?
    public var groupBy: String
    public var measure: RateMeasure

    public init(from: Int? = nil, to: Int? = nil, groupBy: String = "field", measure: RateMeasure = .employability) {
        self.from = from
        self.to = to
        self.groupBy = groupBy
        self.measure = measure
    }

    /// Reads and checks the parameters; an error names the parameter.
    public init(query: [String: String]) throws(AnalyticsError) {
        self.init()
        for name in ["from", "to"] {
            guard let raw = query[name], !raw.isEmpty else { continue }
            guard let year = Int(raw), (2000...2100).contains(year) else {
                throw AnalyticsError.badParameter(name: name, reason: "expected a year from 2000 to 2100")
            }
            if name == "from" { from = year } else { to = year }
        }
        if let from, let to, from >= to {
            throw AnalyticsError.badParameter(name: "from", reason: "must be before 'to'")
        }
        if let raw = query["group_by"], !raw.isEmpty {
            guard Self.dimensions.contains(where: { $0.name == raw }) else {
                throw AnalyticsError.badParameter(
                    name: "group_by", reason: AcceptedValues.notOneOf(raw, Self.dimensions.map(\.name)))
            }
            groupBy = raw
        }
        if let raw = query["measure"], !raw.isEmpty {
            guard let measure = RateMeasure(rawValue: raw) else {
                throw AnalyticsError.badParameter(
                    name: "measure", reason: AcceptedValues.notOneOf(raw, RateMeasure.allCases.map(\.rawValue)))
            }
            self.measure = measure
        }
    }

    /// The parameters as a query string's values, for cache keys and links.
    public var query: [String: String] {
        var query = ["group_by": groupBy, "measure": measure.rawValue]
        query["from"] = from.map(String.init)
        query["to"] = to.map(String.init)
        return query
    }

    var groupPath: String { Self.dimensions.first { $0.name == groupBy }!.path }

    /// The graduates dashboard's breakdown by the same dimension (`graduates/by-institution-type`).
    var breakdownReference: String { "graduates/by-" + groupBy.replacingOccurrences(of: "_", with: "-") }
}
