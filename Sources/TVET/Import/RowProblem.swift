/// One reason a record was refused.
///
/// `reason` never contains a value of a personal column (no_ic, name, birth_date); for other columns it may quote the
/// offending value, truncated to 40 characters.
///
///     RowProblem(line: 7, column: "programme_id", reason: "no programme 'P999' is stored or in this import")
public struct RowProblem: Hashable, Sendable, CustomStringConvertible {
    /// The line the record starts on (the header is line 1).
    public let line: Int
    /// nil for whole-record problems (bad quoting, wrong field count).
    public let column: String?
    public let reason: String
    /// The reason as data, for wording it in another language; equality and hashing leave it out, since it says
    /// what `reason` says.
    public let kind: ProblemKind

    public init(line: Int, column: String?, reason: String, kind: ProblemKind = .other) {
        self.line = line
        self.column = column
        self.reason = reason
        self.kind = kind
    }

    public static func == (a: RowProblem, b: RowProblem) -> Bool {
        a.line == b.line && a.column == b.column && a.reason == b.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(reason)
    }

    public var description: String {
        if let column { "line \(line), column \(column): \(reason)" } else { "line \(line): \(reason)" }
    }
}

/// A problem with a whole file: nothing of it can be imported.
public enum ImportFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// No header row (an empty file, or only a byte-order mark and blank lines).
    case empty
    /// The header row itself is not valid CSV.
    case malformedHeader(reason: String)
    /// The header names columns the dataset does not have, lacks required ones, or names one twice.
    case badHeader(dataset: String, unknown: [String], missing: [String], duplicate: [String])
    /// The header row has more fields than the dataset accepts (`DatasetDecoder.maxHeaderFields`).
    case tooManyFields(dataset: String, found: Int, limit: Int)

    /// The most names of one kind a header problem lists; the rest are counted.
    static let namesListed = 3

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .empty: return "the file is empty: a header row is required"
        case .malformedHeader(let reason): return "line 1 (header): \(reason)"
        case .badHeader(let dataset, let unknown, let missing, let duplicate):
            func list(_ names: [String]) -> String {
                let shown = names.prefix(Self.namesListed).map { "'\(quoted($0, limit: 24))'" }.joined(separator: ", ")
                return names.count > Self.namesListed ? shown + " and \(names.count - Self.namesListed) more" : shown
            }
            var parts: [String] = []
            if !unknown.isEmpty { parts.append("unknown column\(unknown.count == 1 ? "" : "s") \(list(unknown))") }
            if !missing.isEmpty { parts.append("missing required column\(missing.count == 1 ? "" : "s") \(list(missing))") }
            if !duplicate.isEmpty { parts.append("column\(duplicate.count == 1 ? "" : "s") named twice \(list(duplicate))") }
            return "header of \(dataset): " + parts.joined(separator: "; ")
        case .tooManyFields(let dataset, let found, let limit):
            return "header of \(dataset): \(found) fields, more than the \(limit) it may have"
        }
    }
}

/// A value as it may be quoted in a problem: at most 40 characters, with an ellipsis when cut.
func quoted(_ text: String, limit: Int = 40) -> String {
    text.count <= limit ? text : String(text.prefix(limit)) + "…"
}

/// Bytes of a field as they may be quoted in a problem (invalid UTF-8 shows as U+FFFD).
func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    quoted(String(decoding: bytes.prefix(200), as: UTF8.self))
}
