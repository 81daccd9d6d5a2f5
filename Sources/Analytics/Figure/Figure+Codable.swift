import TVET

/// The JSON form of CONTRACT 3.7: each row an object keyed by column name; a withheld cell is `null` and its row
/// carries `"suppressed": true` with the names of the withheld columns in `"suppressed_columns"`.
extension Figure: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, dashboard, title, method, columns, rows, suppressed, threshold
        case dataVersion = "data_version"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(dashboard, forKey: .dashboard)
        try container.encode(title, forKey: .title)
        try container.encode(method, forKey: .method)
        try container.encode(columns, forKey: .columns)
        var rowsContainer = container.nestedUnkeyedContainer(forKey: .rows)
        for row in rows {
            try encode(row, into: rowsContainer.nestedContainer(keyedBy: RowKey.self))
        }
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(threshold, forKey: .threshold)
        try container.encode(dataVersion, forKey: .dataVersion)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        dashboard = try container.decode(String.self, forKey: .dashboard)
        title = try container.decode(BilingualText.self, forKey: .title)
        method = try container.decode(BilingualText.self, forKey: .method)
        columns = try container.decode([FigureColumn].self, forKey: .columns)
        var rowsContainer = try container.nestedUnkeyedContainer(forKey: .rows)
        var decodedRows: [FigureRow] = []
        while !rowsContainer.isAtEnd {
            let row = try rowsContainer.nestedContainer(keyedBy: RowKey.self)
            decodedRows.append(try Self.decodeRow(from: row, columns: columns))
        }
        rows = decodedRows
        suppressed = try container.decode(Bool.self, forKey: .suppressed)
        threshold = try container.decodeIfPresent(Int.self, forKey: .threshold)
        dataVersion = try container.decode(UInt64.self, forKey: .dataVersion)
    }

    private func encode(_ row: FigureRow, into container: KeyedEncodingContainer<RowKey>) throws {
        var container = container
        var withheld: [String] = []
        for (column, cell) in zip(columns, row.cells) {
            let key = RowKey(column.name)
            switch cell {
            case .text(let value): try container.encode(value, forKey: key)
            case .integer(let value): try container.encode(value, forKey: key)
            case .number(let value): try container.encode(value, forKey: key)
            case .null: try container.encodeNil(forKey: key)
            case .suppressed:
                try container.encodeNil(forKey: key)
                withheld.append(column.name)
            }
        }
        if !withheld.isEmpty {
            try container.encode(true, forKey: RowKey.suppressed)
            try container.encode(withheld, forKey: RowKey.suppressedColumns)
        }
    }

    private static func decodeRow(from container: KeyedDecodingContainer<RowKey>, columns: [FigureColumn]) throws
        -> FigureRow
    {
        let withheld = Set(try container.decodeIfPresent([String].self, forKey: RowKey.suppressedColumns) ?? [])
        var cells: [FigureCell] = []
        cells.reserveCapacity(columns.count)
        for column in columns {
            let key = RowKey(column.name)
            if withheld.contains(column.name) {
                cells.append(.suppressed)
            } else if try !container.contains(key) || container.decodeNil(forKey: key) {
                cells.append(.null)
            } else if column.unit == .text {
                cells.append(.text(try container.decode(String.self, forKey: key)))
            } else if column.holdsIntegers {
                cells.append(.integer(try container.decode(Int64.self, forKey: key)))
            } else {
                cells.append(.number(try container.decode(Double.self, forKey: key)))
            }
        }
        return FigureRow(cells: cells)
    }
}

/// A key of a row object: a column name, or one of the two suppression markers.
private struct RowKey: CodingKey {
    static let suppressed = RowKey("suppressed")
    static let suppressedColumns = RowKey("suppressed_columns")

    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
