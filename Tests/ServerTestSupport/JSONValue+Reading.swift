import Foundation
import Server

/// Reading the server's JSON in tests: `JSONDecoder` gives back every number exactly as the server wrote it
/// (`JSONSerialization` on Linux can be one unit in the last place off, which a cell-by-cell check would report).
extension JSONValue {
    /// Reads a whole body.
    public static func parse(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }

    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    public var items: [JSONValue] {
        if case .array(let values) = self { return values }
        return []
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var int: Int? { number.map { Int($0) } }

    public var text: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var keys: Set<String> {
        if case .object(let fields) = self { return Set(fields.keys) }
        return []
    }
}
