import TVET

/// A report as written in `reports/<name>.json`: its bilingual title and introduction and its sections in order.
///
/// Definitions are data, so that analysts can add or reword a report without touching the renderer.
public struct ReportDefinition: Sendable, Equatable {
    /// The file's base name, also the name in `GET /reports/<name>.html`.
    public var name: String
    public var title: BilingualText
    public var intro: BilingualText
    /// Filters the report cannot be rendered without, such as `institution_id` for an institution's profile.
    public var requiredFilters: [String]
    public var sections: [ReportSection]

    public init(
        name: String, title: BilingualText, intro: BilingualText, requiredFilters: [String] = [],
        sections: [ReportSection]
    ) {
        self.name = name
        self.title = title
        self.intro = intro
        self.requiredFilters = requiredFilters
        self.sections = sections
    }

    /// The filter parameters a report may require; the same names as the dashboards' query parameters.
    public static let filterNames = ["year", "state", "field", "level", "ministry", "institution_type", "institution_id"]
}
