import Foundation
import TVET

/// Reads the fields of one JSON object of a definition file, turning every wrong, missing or unknown field into a
/// `ReportDefinitionError` that names the file and the field's path.
struct DefinitionFields {
    let file: String
    let path: String
    let object: [String: Any]

    init(file: String, path: String, value: Any?, allowed: Set<String>) throws {
        guard let object = value as? [String: Any] else {
            throw ReportDefinitionError(file: file, field: path, reason: "expected a JSON object")
        }
        self.file = file
        self.path = path
        self.object = object
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw failure(unknown, "unknown field (expected one of \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    func field(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func failure(_ key: String, _ reason: String) -> ReportDefinitionError {
        ReportDefinitionError(file: file, field: field(key), reason: reason)
    }

    func string(_ key: String) throws -> String {
        guard let value = try optionalString(key) else { throw failure(key, "missing") }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        guard let raw = object[key], !(raw is NSNull) else { return nil }
        guard let value = raw as? String else { throw failure(key, "expected a string") }
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw failure(key, "is empty") }
        return value
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let raw = object[key], !(raw is NSNull) else { return fallback }
        guard let number = raw as? NSNumber, isJSONBoolean(number) else {
            throw failure(key, "expected true or false")
        }
        return number.boolValue
    }

    func strings(_ key: String) throws -> [String] {
        guard let raw = object[key], !(raw is NSNull) else { return [] }
        guard let values = raw as? [Any] else { throw failure(key, "expected a list of strings") }
        return try values.enumerated().map { index, element in
            guard let value = element as? String, !value.isEmpty else {
                throw ReportDefinitionError(file: file, field: "\(field(key))[\(index)]", reason: "expected a non-empty string")
            }
            return value
        }
    }

    func bilingual(_ key: String) throws -> BilingualText {
        guard let text = try optionalBilingual(key) else { throw failure(key, "missing (expected {\"ms\": ..., \"en\": ...})") }
        return text
    }

    func optionalBilingual(_ key: String) throws -> BilingualText? {
        guard let raw = object[key], !(raw is NSNull) else { return nil }
        let text = try DefinitionFields(file: file, path: field(key), value: raw, allowed: ["ms", "en"])
        return BilingualText(ms: try text.string("ms"), en: try text.string("en"))
    }

    func list(_ key: String) throws -> [Any] {
        guard let raw = object[key] else { throw failure(key, "missing") }
        guard let values = raw as? [Any] else { throw failure(key, "expected a list") }
        return values
    }
}

/// True when the number came from a JSON `true`/`false` rather than a numeral (JSONSerialization gives both as NSNumber).
private func isJSONBoolean(_ number: NSNumber) -> Bool {
    let type = String(cString: number.objCType)
    return type == "c" || type == "B"
}
