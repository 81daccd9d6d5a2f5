import Analytics
import Columnar
import Foundation
import TVET

/// Renders a named report from the analytics service: the figures a definition names, for the caller's filters,
/// each for the audience the caller is for its dashboard, national figures next to an institution's. The HTTP API
/// and `dataraya report` both render through it, so a page shows exactly the figures the JSON API gives the same
/// caller.
///
///     let html = try ReportBuilder(library: library, analytics: analytics).html(
///         name: "graduate-employability", filters: filters, audiences: .every(.standardPublic), language: .en,
///         catalog: snapshot)
public struct ReportBuilder: Sendable {
    public let library: ReportLibrary
    public let analytics: DashboardService

    public init(library: ReportLibrary, analytics: DashboardService) {
        self.library = library
        self.analytics = analytics
    }

    /// Why a report cannot be built for the request (the caller's mistake, unlike a rendering failure).
    public enum RequestError: Error, Equatable, CustomStringConvertible {
        case unknownReport(String, known: [String])
        case unknownInstitution(String)

        public var description: String {
            switch self {
            case .unknownReport(let name, let known): "unknown report '\(name)'; known: \(known.joined(separator: ", "))"
            case .unknownInstitution(let id): "unknown institution '\(id)'"
            }
        }
    }

    /// The definition of the report `name`, or the error that lists the reports there are.
    public func definition(named name: String) throws(RequestError) -> ReportDefinition {
        guard let definition = library.definition(named: name) else {
            throw RequestError.unknownReport(name, known: library.names)
        }
        return definition
    }

    public func html(
        name: String, filters: DashboardFilters, audiences: AudienceChoice, language: ReportLanguage, catalog: Catalog,
        apiBase: String? = nil, now: Date = Date()
    ) throws -> String {
        let definition = try definition(named: name)
        var institutionName: String?
        if let id = filters.institutionId {
            guard let institutions = catalog.table(DatasetSchema.institutions.name), let row = institutions.row(forKey: id) else {
                throw RequestError.unknownInstitution(id)
            }
            if case .string(let name) = institutions.value(row: row, column: "name") { institutionName = name }
        }
        var national = filters
        national.institutionId = nil
        let source = FigureSource { [analytics] request in
            try analytics.figure(
                reference: request.reference, filters: request.scope == .selection ? filters : national,
                audience: audiences.audience(forReference: request.reference))
        }
        let context = ReportContext(
            filters: filters, dataVersion: catalog.version, generatedAt: now, institutionName: institutionName, apiBase: apiBase)
        return try ReportRenderer().render(definition, figures: source, language: language, context: context)
    }
}
