import Foundation

/// The CSV download of a figure (RFC 4180): one header of column names, withheld cells empty, and a last column
/// `suppressed` naming the withheld columns of the row, separated by `;`.
///
/// A text cell a spreadsheet would run as a formula is written inert (`inert(_:)`); numbers are written as numbers,
/// negative ones included, since a spreadsheet reads `-12.5` as a value, not a formula.
extension Figure {
    public func csv() -> String {
        var lines: [String] = []
        lines.reserveCapacity(rows.count + 1)
        lines.append((columns.map(\.name) + ["suppressed"]).map { Self.csvField(Self.inert($0)) }.joined(separator: ","))
        for row in rows {
            var fields = row.cells.map(Self.csvText)
            let withheld = zip(columns, row.cells).filter { $0.1 == .suppressed }.map(\.0.name)
            fields.append(withheld.joined(separator: ";"))
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvText(_ cell: FigureCell) -> String {
        switch cell {
        case .text(let value): inert(value)
        case .integer(let value): String(value)
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .null, .suppressed: ""
        }
    }

    /// Text that a spreadsheet must show, not run (OWASP, CSV injection): a value starting with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return gets a leading single quote.
    static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes.
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
