import Foundation

/// A filter the report's figures were computed with, as its query parameter and value (`year` = `2024`).
public struct ReportFilter: Sendable, Hashable {
    public var parameter: String
    public var value: String

    public init(parameter: String, value: String) {
        self.parameter = parameter
        self.value = value
    }
}

/// What the page says about how it was made: the filters, the data version, when, and for which institution.
public struct ReportContext: Sendable {
    /// The filters in the order they are shown and put into live CSV links.
    public var filters: [ReportFilter]
    public var dataVersion: UInt64
    public var generatedAt: Date
    /// The institution's name for `institution-profile`; shown under the title.
    public var institutionName: String?
    /// Where the JSON API answers (such as `https://data.example.gov.my`); when given, each figure also links to
    /// its live CSV at `<apiBase>/api/v1/dashboards/<dashboard>/<figure>.csv` with the same filters; an empty one links
    /// to `/api/v1/...` on the page's own host.
    public var apiBase: String?

    public init(
        filters: [ReportFilter] = [], dataVersion: UInt64, generatedAt: Date, institutionName: String? = nil,
        apiBase: String? = nil
    ) {
        self.filters = filters
        self.dataVersion = dataVersion
        self.generatedAt = generatedAt
        self.institutionName = institutionName
        self.apiBase = apiBase
    }

    /// The filters the national figures are computed with: the same, without the institution.
    public var nationalFilters: [ReportFilter] { filters.filter { $0.parameter != "institution_id" } }

    func value(of parameter: String) -> String? { filters.first { $0.parameter == parameter }?.value }
}
