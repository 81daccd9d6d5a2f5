import Columnar

extension DataType {
    /// How the engine holds a column of this type: identifiers and codes dictionary-encoded, dates as days.
    public var columnarType: Columnar.ColumnType {
        switch self {
        case .text: .string
        // Every whole-number column of the schema is bounded well inside 32 bits (years, levels, seats, months).
        case .integer: .int32
        case .decimal: .double
        case .boolean: .bool
        case .date: .date
        case .list: .list
        }
    }
}

extension DatasetSchema {
    /// A builder with one typed column builder per schema column, in schema order, keyed on the primary key.
    public func makeTableBuilder() -> (table: TableBuilder, columns: [any ColumnBuilder]) {
        let table = TableBuilder(name: name, primaryKey: primaryKey.name)
        let columns = self.columns.map { table.addColumn($0.name, type: $0.type.columnarType) }
        return (table, columns)
    }
}

extension TVETSchema {
    /// The many-to-one links of CONTRACT 3.4, for the engine's catalog.
    public static let links: [Link] = datasets.flatMap { dataset in
        dataset.links.map { Link(from: dataset.name, column: $0.name, to: $0.linksTo!) }
    }
}
