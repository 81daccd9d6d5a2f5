import Foundation

/// How the store writes every moment (not the datasets' calendar dates): ISO 8601 text in UTC to the millisecond
/// (`2026-05-01T08:30:00.250Z`). One form everywhere — users, keys, tokens, invitations, contacts and the audit trail —
/// so moments compare as text in SQL and read the same in every table. Moments written to the second before this rule
/// (`2026-05-01T08:30:00Z`) still read. The format styles are values, safe to share between threads, unlike
/// `ISO8601DateFormatter`.
enum StoreDate {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let wholeSeconds = Date.ISO8601FormatStyle()

    static func text(_ date: Date) -> String { style.format(date) }

    static func date(_ text: String?) -> Date? {
        text.flatMap { (try? style.parse($0)) ?? (try? wholeSeconds.parse($0)) }
    }
}
