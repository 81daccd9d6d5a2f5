/// The type of a dataset column as it appears in CSV and JSON (CONTRACT section 2).
public enum DataType: Hashable, Sendable {
    /// Free text, or an identifier (identifiers are strings).
    case text
    /// A whole number.
    case integer
    /// A decimal number.
    case decimal
    /// `true` or `false`.
    case boolean
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// A `;`-separated list of text values inside one field.
    case list

    /// The name used in documentation and in the OpenAPI schema.
    public var name: String {
        switch self {
        case .text: "text"
        case .integer: "integer"
        case .decimal: "decimal"
        case .boolean: "boolean"
        case .date: "date"
        case .list: "list"
        }
    }
}
