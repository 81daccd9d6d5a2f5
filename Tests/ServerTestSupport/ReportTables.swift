import Foundation
import Server

/// The figure tables of a rendered report page, read back from its markup (as served, or as a browser dumped its
/// DOM), so that a page can be checked cell by cell against the JSON API:
/// `<table class="data" data-figure="graduates/by-state" data-scope="selection">` holding
/// `<td data-column="graduates" data-value="1234">1,234</td>` (an empty `data-value` for a withheld or missing value).
public struct ReportTable: Sendable, Equatable {
    /// One cell: its column name and raw value, with character references decoded.
    public struct Cell: Sendable, Equatable {
        public let column: String
        public let value: String
    }

    /// The figure's reference, `<dashboard>/<id>`.
    public let reference: String
    /// `selection` (the page's filters) or `national` (the same filters without the institution).
    public let scope: String
    public let rows: [[Cell]]

    /// Every figure table of `html`, in page order.
    public static func all(in html: String) -> [ReportTable] {
        var tables: [ReportTable] = []
        var rest = html[...]
        while let start = rest.range(of: "<table class=\"data\""), let end = rest[start.upperBound...].range(of: "</table>") {
            let table = String(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
            let opening = String(table[..<(table.firstIndex(of: ">") ?? table.endIndex)])
            let body = table.range(of: "<tbody>").map { String(table[$0.upperBound...]) } ?? ""
            let rows = body.components(separatedBy: "<tr>").dropFirst().map { row in
                matches(of: #"data-column="([^"]*)" data-value="([^"]*)""#, in: row).map {
                    Cell(column: unescape($0[0]), value: unescape($0[1]))
                }
            }
            tables.append(
                ReportTable(
                    reference: unescape(attribute("data-figure", in: opening) ?? ""),
                    scope: attribute("data-scope", in: opening) ?? "", rows: rows.filter { !$0.isEmpty }))
        }
        return tables
    }

    /// How this table differs from a figure as the JSON API gives it (the envelope's `data`): the same rows in the
    /// same order, the same columns, and each `data-value` equal to the JSON value (numbers compared as numbers,
    /// `null` as an empty value). Empty when they agree.
    public func differences(from figure: JSONValue) -> [String] {
        let columns = (figure["columns"]?.items ?? []).compactMap { $0["name"]?.text }
        let jsonRows = figure["rows"]?.items ?? []
        var differences: [String] = []
        if rows.count != jsonRows.count {
            differences.append("\(reference) (\(scope)): \(rows.count) rows on the page, \(jsonRows.count) in the API")
        }
        for (index, (row, json)) in zip(rows, jsonRows).enumerated() {
            if row.map(\.column) != columns {
                differences.append("\(reference) (\(scope)) row \(index): columns \(row.map(\.column)) != \(columns)")
                continue
            }
            for cell in row where !Self.equal(cell.value, json[cell.column]) {
                differences.append(
                    "\(reference) (\(scope)) row \(index) \(cell.column): page '\(cell.value)', API \(json[cell.column].map { "\($0)" } ?? "missing")")
            }
        }
        return differences
    }

    /// Whether a page's raw value is the JSON API's value.
    static func equal(_ value: String, _ json: JSONValue?) -> Bool {
        switch json {
        case .null: value.isEmpty
        case .string(let text): value == text
        case .number(let number): Double(value) == number
        default: false
        }
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        matches(of: name + #"="([^"]*)""#, in: tag).first?.first
    }

    /// An attribute value with the character references a page or a browser writes decoded.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The capture groups of every match of `pattern`.
    static func matches(of pattern: String, in text: String) -> [[String]] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }
}
