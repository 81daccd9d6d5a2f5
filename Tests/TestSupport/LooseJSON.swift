import Foundation

/// Any JSON value, read with `JSONDecoder`, which gives back every number exactly as the server wrote it
/// (`JSONSerialization` on Linux can be one unit in the last place off, which a cell-by-cell check would report).
public enum LooseJSON: Decodable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([LooseJSON])
    case object([String: LooseJSON])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([LooseJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: LooseJSON].self))
        }
    }

    /// Reads a whole body.
    public static func parse(_ data: Data) throws -> LooseJSON { try JSONDecoder().decode(LooseJSON.self, from: data) }

    public subscript(key: String) -> LooseJSON? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    public var items: [LooseJSON] {
        if case .array(let values) = self { return values }
        return []
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var text: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
