import Foundation
import Reports
import TestSupport

/// The project's report definitions and a fixed rendering context, shared by the report tests.
enum ReportFixtures {
    static let directory = ProjectFiles.path("reports")
    static let generatedAt = Date(timeIntervalSince1970: 1_764_400_000)

    static func library() throws -> ReportLibrary { try ReportLibrary(directory: directory) }

    static func definition(_ name: String) throws -> ReportDefinition {
        guard let definition = try library().definition(named: name) else { throw FixtureError.noReport(name) }
        return definition
    }

    static func context(institution: Bool = false, apiBase: String? = nil) -> ReportContext {
        var filters = [ReportFilter(parameter: "year", value: "2024"), ReportFilter(parameter: "state", value: "Pulau Pinang")]
        if institution { filters.append(ReportFilter(parameter: "institution_id", value: "INS-0042")) }
        return ReportContext(
            filters: filters, dataVersion: 42, generatedAt: generatedAt,
            institutionName: institution ? "Politeknik \(FigureFixtures.hostile)" : nil, apiBase: apiBase)
    }

    static func render(_ name: String, language: ReportLanguage, apiBase: String? = nil) throws -> String {
        try ReportRenderer().render(
            try definition(name), figures: FigureFixtures.source, language: language,
            context: context(institution: name == "institution-profile", apiBase: apiBase))
    }

    enum FixtureError: Error {
        case noReport(String)
    }
}
