import Foundation
import TVET

/// The common filters of every dashboard (CONTRACT 3.7), each nil when not applied.
///
/// Each dataset maps them onto its own columns; a filter that has no meaning for a dataset is ignored there, and
/// docs/ANALYTICS.md says which.
public struct DashboardFilters: Sendable, Codable, Hashable {
    public var year: Int?
    /// A state name as in the datasets (`Johor`, `W.P. Kuala Lumpur`).
    public var state: String?
    /// A TVET field code (`ELECTRICAL`).
    public var field: String?
    /// A programme level, 1 to 5.
    public var level: Int?
    /// A ministry code (`KPT`).
    public var ministry: String?
    /// An institution type code (`POLITEKNIK`).
    public var institutionType: String?
    /// One institution, for the institution profile.
    public var institutionId: String?

    /// The query parameters this type reads; others (such as a report's `lang`) are read by their own types.
    public static let parameters = ["year", "state", "field", "level", "ministry", "institution_type", "institution_id"]

    public init(
        year: Int? = nil, state: String? = nil, field: String? = nil, level: Int? = nil, ministry: String? = nil,
        institutionType: String? = nil, institutionId: String? = nil
    ) {
        self.year = year
        self.state = state
        self.field = field
        self.level = level
        self.ministry = ministry
        self.institutionType = institutionType
        self.institutionId = institutionId
    }

    /// Reads and checks the filters of a query string against TVET's value sets; an empty value means no filter.
    ///
    ///     let filters = try DashboardFilters(query: ["state": "Johor", "year": "2024"])
    public init(query: [String: String]) throws(DashboardFilterError) {
        func value(_ name: String) -> String? {
            guard let raw = query[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        self.init()
        if let raw = value("year") {
            guard let year = Int(raw), (2000...2100).contains(year) else {
                throw DashboardFilterError(parameter: "year", reason: "expected a year from 2000 to 2100")
            }
            self.year = year
        }
        if let raw = value("level") {
            guard let level = Int(raw), (1...5).contains(level) else {
                throw DashboardFilterError(parameter: "level", reason: "expected a level from 1 to 5")
            }
            self.level = level
        }
        state = try Self.member(value("state"), "state", MalaysianState.allCases.map(\.name))
        field = try Self.member(value("field"), "field", TVETField.allCases.map(\.rawValue))
        ministry = try Self.member(value("ministry"), "ministry", Ministry.allCases.map(\.rawValue))
        institutionType = try Self.member(
            value("institution_type"), "institution_type", InstitutionType.allCases.map(\.rawValue))
        if let raw = value("institution_id") {
            guard raw.count <= 64, raw.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else {
                throw DashboardFilterError(
                    parameter: "institution_id", reason: "expected an institution id (letters, digits, '-', '_')")
            }
            institutionId = raw
        }
    }

    /// True when no filter is applied.
    public var isEmpty: Bool { self == DashboardFilters() }

    /// The filters as query parameters, for links and cache keys.
    public var query: [String: String] {
        var query: [String: String] = [:]
        query["year"] = year.map(String.init)
        query["state"] = state
        query["field"] = field
        query["level"] = level.map(String.init)
        query["ministry"] = ministry
        query["institution_type"] = institutionType
        query["institution_id"] = institutionId
        return query
    }

    private static func member(_ raw: String?, _ parameter: String, _ allowed: [String]) throws(DashboardFilterError)
        -> String?
    {
        guard let raw else { return nil }
        guard allowed.contains(raw) else {
            throw DashboardFilterError(parameter: parameter, reason: AcceptedValues.notOneOf(raw, allowed))
        }
        return raw
    }

    private enum CodingKeys: String, CodingKey {
        case year, state, field, level, ministry
        case institutionType = "institution_type"
        case institutionId = "institution_id"
    }
}
