import Columnar
import TVET

/// The diagnostic figures of CONTRACT 3.7, published under the dashboard name `diagnostics`.
enum Diagnostics {
    static let dashboard = "diagnostics"
    static let names = [EmployabilityChange.id, GroupComparison.id]

    /// Graduates by year and status, grouped by any dimension of `DiagnosticParameters`; no salary.
    static let reads = FigureReads(
        [.graduates: ["graduation_year"] + DiagnosticParameters.dimensions.map(\.path)], scopes: [.graduates]
    ).merging(GraduateMeasures.rateReads)

    /// The parameters each diagnostic uses besides the filters, and whether it uses the `year` filter.
    static let uses: [String: (parameters: [String], year: Bool)] = [
        EmployabilityChange.id: (["from", "to", "group_by"], false), GroupComparison.id: (["group_by", "measure"], true),
    ]

    static func draft(name: String, parameters: DiagnosticParameters, context: FigureContext) throws(AnalyticsError)
        -> FigureDraft
    {
        switch name {
        case EmployabilityChange.id: try EmployabilityChange.draft(parameters, context: context)
        case GroupComparison.id: try GroupComparison.draft(parameters, context: context)
        default: throw AnalyticsError.unknownName(kind: "diagnostic", name: name, known: names)
        }
    }

    /// Refuses a parameter (or the `year` filter) that the diagnostic `name` does not use, rather than ignore it, and
    /// says what it takes. Empty values are no parameter, as for the filters.
    static func checkUse(name: String, parameters: [String: String], filters: DashboardFilters) throws(AnalyticsError) {
        guard let uses = uses[name] else { throw AnalyticsError.unknownName(kind: "diagnostic", name: name, known: names) }
        let given = parameters.filter { !$0.value.isEmpty }.keys.sorted() + (filters.year == nil ? [] : ["year"])
        let filterNames = DashboardFilters.parameters.filter { $0 != "year" || uses.year }
        for parameter in given where !uses.parameters.contains(parameter) && !filterNames.contains(parameter) {
            throw AnalyticsError.badParameter(
                name: parameter,
                reason: "\(name) does not use it; it takes \(uses.parameters.joined(separator: ", ")) and the filters "
                    + filterNames.joined(separator: ", "))
        }
    }

    /// The graduation years in the data under the filters (other than `year`), ascending.
    static func years(_ context: FigureContext) throws(AnalyticsError) -> [Int] {
        let result = try context.run(
            Query(
                dataset: DatasetSchema.graduates.name, filters: DatasetScope.graduates.engineFilters(context.filters, includeYear: false),
                groupBy: ["graduation_year"], measures: [Measure(fn: .count, as: "n")]), for: dashboard)
        return (0..<result.count).compactMap { result.key($0, "graduation_year").flatMap { Int($0) } }
    }

    /// The label of the grouping dimension, for the `group` column's title.
    static func dimensionLabel(_ name: String) -> BilingualText {
        [Columns.state, Columns.field, Columns.level, Columns.ministry, Columns.institutionType, Columns.gender]
            .first { $0.name == name }?.label ?? BilingualText(ms: name, en: name)
    }
}
