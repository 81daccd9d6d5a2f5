import Foundation

/// Lists printed by `users list` and `keys list`: a header and rows in aligned columns, two spaces apart.
enum UserTable {
    static func print(header: [String], rows: [[String]]) {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let padded = row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            Swift.print(padded.joined(separator: "  "))
        }
    }

    /// A moment as the lists show it: ISO 8601, UTC.
    static func moment(_ date: Date) -> String { date.formatted(.iso8601) }
}
