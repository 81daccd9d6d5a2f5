/// One of the nine datasets of CONTRACT section 2: the single source of truth for its columns.
///
/// The CSV decoder, the store's tables, the API's field filtering and the OpenAPI schema are all derived from it.
public struct DatasetSchema: Hashable, Sendable {
    public let name: String
    public let label: BilingualText
    /// The dataset's level: no column of it is below this.
    public let classification: Classification
    /// In file order; the first column is the primary key.
    public let columns: [ColumnSchema]

    public init(name: String, label: BilingualText, classification: Classification, columns: [ColumnSchema]) {
        self.name = name
        self.label = label
        self.classification = classification
        self.columns = columns.map { $0.raised(to: classification) }
    }

    public var primaryKey: ColumnSchema { columns[0] }

    /// The file the generator writes and the importer recognises: `<name>.csv`.
    public var fileName: String { name + ".csv" }

    public var columnNames: [String] { columns.map(\.name) }

    public func column(named name: String) -> ColumnSchema? { columns.first { $0.name == name } }

    /// The many-to-one links that leave this dataset, in column order.
    public var links: [ColumnSchema] { columns.filter { $0.linksTo != nil } }

    /// The columns a caller with `clearance` may see; personal columns only when `personalData` is allowed.
    public func visibleColumns(clearance: Classification, personalData: Bool) -> [ColumnSchema] {
        columns.filter { $0.classification <= clearance && (personalData || !$0.personal) }
    }
}
