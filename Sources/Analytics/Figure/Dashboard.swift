import TVET

/// A named set of figures computed with the same filters from the same data version.
public struct Dashboard: Sendable, Codable, Equatable {
    public var name: String
    public var title: BilingualText
    public var filters: DashboardFilters
    public var figures: [Figure]
    public var dataVersion: UInt64

    public init(name: String, title: BilingualText, filters: DashboardFilters, figures: [Figure], dataVersion: UInt64) {
        self.name = name
        self.title = title
        self.filters = filters
        self.figures = figures
        self.dataVersion = dataVersion
    }

    /// The figure with the given id (`by-state`), if the dashboard has one.
    public func figure(_ id: String) -> Figure? { figures.first { $0.id == id } }

    private enum CodingKeys: String, CodingKey {
        case name, title, filters, figures
        case dataVersion = "data_version"
    }
}
