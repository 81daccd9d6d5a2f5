/// A strict RFC 4180 reader over bytes: quoted fields, doubled quotes, embedded newlines, CRLF or LF line ends, and a
/// UTF-8 byte-order mark.
///
/// A malformed record throws an error naming its line and moves past it, so the caller can report it and read on.
///
///     var reader = CSVReader(bytes: Array(text.utf8))
///     var fields: [String] = []
///     while let line = try reader.nextRecord(into: &fields) { ... }
public struct CSVReader {
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The line the bad record starts on.
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }

        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    private let bytes: [UInt8]
    private var position: Int
    private var line = 1

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    public var isAtEnd: Bool { position >= bytes.count }

    /// Reads the next record into `fields` (cleared first) and returns the line it starts on, or nil at the end.
    public mutating func nextRecord(into fields: inout [String]) throws(ParseError) -> Int? {
        fields.removeAll(keepingCapacity: true)
        guard position < bytes.count else { return nil }
        let recordLine = line
        var field: [UInt8] = []
        while true {
            field.removeAll(keepingCapacity: true)
            let end: FieldEnd
            if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
                end = try readQuoted(into: &field, recordLine: recordLine)
            } else {
                end = try readUnquoted(into: &field, recordLine: recordLine)
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if end != .comma { return recordLine }
        }
    }

    private enum FieldEnd { case comma, lineEnd, fileEnd }

    private mutating func readUnquoted(into field: inout [UInt8], recordLine: Int) throws(ParseError) -> FieldEnd {
        while position < bytes.count {
            if let end = consumeFieldEnd() { return end }
            guard bytes[position] != UInt8(ascii: "\"") else {
                throw skipRecord(recordLine, "a double quote inside an unquoted field (quote the whole field)")
            }
            field.append(bytes[position])
            position += 1
        }
        return .fileEnd
    }

    private mutating func readQuoted(into field: inout [UInt8], recordLine: Int) throws(ParseError) -> FieldEnd {
        position += 1  // opening quote
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == 10 { line += 1 }
            guard byte == UInt8(ascii: "\"") else {
                field.append(byte)
                continue
            }
            if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
                field.append(byte)
                position += 1
                continue
            }
            // The closing quote must end the field.
            guard position < bytes.count else { return .fileEnd }
            guard let end = consumeFieldEnd() else { throw skipRecord(recordLine, "text after the closing quote of a quoted field") }
            return end
        }
        throw ParseError(line: recordLine, reason: "a quoted field is not closed before the end of the file")
    }

    /// Moves past a comma, LF or CRLF at the current position and says which it was; nil for any other byte.
    private mutating func consumeFieldEnd() -> FieldEnd? {
        switch bytes[position] {
        case UInt8(ascii: ","):
            position += 1
            return .comma
        case 10:
            position += 1
            line += 1
            return .lineEnd
        case 13 where position + 1 < bytes.count && bytes[position + 1] == 10:
            position += 2
            line += 1
            return .lineEnd
        default:
            return nil
        }
    }

    /// Moves past the rest of the current line and returns the error to throw.
    private mutating func skipRecord(_ recordLine: Int, _ reason: String) -> ParseError {
        while position < bytes.count && bytes[position] != 10 { position += 1 }
        if position < bytes.count {
            position += 1
            line += 1
        }
        return ParseError(line: recordLine, reason: reason)
    }
}
