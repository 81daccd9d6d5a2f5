import Columnar
import TVET

/// One stored record as a JSON object, with only the columns released to the caller, in schema order.
/// Lists become arrays of strings; dates `"YYYY-MM-DD"`.
struct RecordJSON: Encodable, Sendable {
    let names: [String]
    let values: [RecordValue]

    enum RecordValue: Encodable, Sendable {
        case scalar(Value)
        case list([String]?)

        func encode(to encoder: Encoder) throws {
            switch self {
            case .scalar(let value): try value.encode(to: encoder)
            case .list(let items):
                var container = encoder.singleValueContainer()
                if let items { try container.encode(items) } else { try container.encodeNil() }
            }
        }
    }

    init(table: Table, row: Int, columns: [ColumnSchema]) {
        names = columns.map(\.name)
        values = columns.map { schema in
            let column = table.column(schema.name)!
            if schema.type == .list { return .list(column.isNull(row) ? nil : column.listItems(at: row)) }
            return .scalar(column.value(at: row))
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in zip(names, values) { try container.encode(value, forKey: Key(stringValue: name)) }
    }
}
