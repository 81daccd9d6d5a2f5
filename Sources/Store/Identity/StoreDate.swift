import Foundation

/// How the identity tables write moments: ISO 8601 in UTC to the second (`2026-05-01T08:30:00Z`), as `created_at`
/// always has been. The format style is a value, safe to share between threads, unlike `ISO8601DateFormatter`.
enum StoreDate {
    private static let style = Date.ISO8601FormatStyle()

    static func text(_ date: Date) -> String { style.format(date) }

    static func date(_ text: String?) -> Date? { text.flatMap { try? style.parse($0) } }
}
