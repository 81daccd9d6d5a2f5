/// One column of a dataset: its name, type, rules, link, classification and personal-data flag.
public struct ColumnSchema: Hashable, Sendable {
    public let name: String
    public let type: DataType
    /// Whether an empty field (null) is allowed.
    public let nullable: Bool
    public let rule: ColumnRule?
    /// The dataset whose primary key this column refers to (a many-to-one link), if any.
    public let linksTo: String?
    /// The column's own classification; the dataset's level applies when it is lower (see `DatasetSchema`).
    public let classification: Classification
    /// Whether the column identifies a person (no_ic, names, birth dates): released only to roles that need it.
    public let personal: Bool
    public let label: BilingualText

    public init(
        _ name: String, _ type: DataType, nullable: Bool = false, rule: ColumnRule? = nil, linksTo: String? = nil,
        classification: Classification = .terbuka, personal: Bool = false, ms: String, en: String
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.rule = rule
        self.linksTo = linksTo
        self.classification = classification
        self.personal = personal
        self.label = BilingualText(ms: ms, en: en)
    }

    /// The link's name in query paths: the column without `_id` (`programme_id` → `programme`).
    public var linkName: String? {
        guard linksTo != nil else { return nil }
        return name.hasSuffix("_id") ? String(name.dropLast(3)) : name
    }

    func raised(to floor: Classification) -> ColumnSchema {
        ColumnSchema(
            name, type, nullable: nullable, rule: rule, linksTo: linksTo, classification: max(floor, classification),
            personal: personal, ms: label.ms, en: label.en)
    }
}
