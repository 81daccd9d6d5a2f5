import Analytics
import Foundation

extension ReportContext {
    /// A context for figures computed with `filters`, listed in the order of the dashboards' query parameters.
    public init(
        filters: DashboardFilters, dataVersion: UInt64, generatedAt: Date, institutionName: String? = nil,
        apiBase: String? = nil
    ) {
        let query = filters.query
        self.init(
            filters: DashboardFilters.parameters.compactMap { name in
                query[name].map { ReportFilter(parameter: name, value: $0) }
            },
            dataVersion: dataVersion, generatedAt: generatedAt, institutionName: institutionName, apiBase: apiBase)
    }
}
