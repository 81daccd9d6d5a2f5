import Foundation
import TVET

extension ReportDefinition {
    /// Reads and validates `reports/<name>.json`; the definition's `name` must equal the file's base name.
    public static func load(path: String) throws -> ReportDefinition {
        let file = URL(fileURLWithPath: path).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportDefinitionError(file: file, field: "", reason: "cannot be read")
        }
        let definition = try decode(data, file: file)
        let expected = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard definition.name == expected else {
            throw ReportDefinitionError(file: file, field: "name", reason: "is \"\(definition.name)\" but the file is \(file)")
        }
        return definition
    }

    /// Validates a definition's JSON; `file` names it in errors.
    public static func decode(_ data: Data, file: String) throws -> ReportDefinition {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ReportDefinitionError(file: file, field: "", reason: "is not valid JSON")
        }
        let root = try DefinitionFields(
            file: file, path: "", value: json, allowed: ["name", "title", "intro", "required_filters", "sections"])
        let name = try root.string("name")
        guard name.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), name.allSatisfy(\.isASCII) else {
            throw root.failure("name", "must be lowercase letters, digits and hyphens")
        }
        let requiredFilters = try root.strings("required_filters")
        if let unknown = requiredFilters.first(where: { !filterNames.contains($0) }) {
            throw root.failure("required_filters", "unknown filter \"\(unknown)\" (expected one of \(filterNames.joined(separator: ", ")))")
        }
        let rawSections = try root.list("sections")
        guard !rawSections.isEmpty else { throw root.failure("sections", "is empty") }
        let sections = try rawSections.enumerated().map { index, raw in
            try section(raw, file: file, path: "sections[\(index)]")
        }
        return ReportDefinition(
            name: name, title: try root.bilingual("title"), intro: try root.bilingual("intro"),
            requiredFilters: requiredFilters, sections: sections)
    }

    private static func section(_ raw: Any, file: String, path: String) throws -> ReportSection {
        let fields = try DefinitionFields(
            file: file, path: path, value: raw,
            allowed: ["figure", "chart", "measures", "heading", "text", "with_national", "panel_by"])
        let figure = try fields.string("figure")
        let parts = figure.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isReferenceCharacter) }) else {
            throw fields.failure("figure", "\"\(figure)\" is not a reference of the form <dashboard>/<figure-id>")
        }
        let chartName = try fields.string("chart")
        guard let chart = ChartKind(rawValue: chartName) else {
            let known = ChartKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw fields.failure("chart", "unknown chart \"\(chartName)\" (expected one of \(known))")
        }
        let measures = try fields.strings("measures")
        guard chart.measureCount.contains(measures.count) else {
            let (fewest, most) = (chart.measureCount.lowerBound, chart.measureCount.upperBound)
            throw fields.failure("measures", "a \(chart.rawValue) chart plots \(fewest) to \(most) measures, not \(measures.count)")
        }
        let withNational = try fields.bool("with_national", default: false)
        if withNational && chart == .tilemap {
            throw fields.failure("with_national", "a tile map cannot show the national figure alongside")
        }
        if withNational && chart == .bar && measures.count != 1 {
            throw fields.failure("with_national", "a bar chart next to the national figure plots exactly one measure")
        }
        let panelBy = try fields.optionalString("panel_by")
        if panelBy != nil && chart != .line {
            throw fields.failure("panel_by", "only a line chart can be split into panels")
        }
        return ReportSection(
            figure: figure, chart: chart, measures: measures, heading: try fields.optionalBilingual("heading"),
            text: try fields.bilingual("text"), withNational: withNational, panelBy: panelBy)
    }

    private static func isReferenceCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLowercase || character.isNumber || character == "-")
    }
}
