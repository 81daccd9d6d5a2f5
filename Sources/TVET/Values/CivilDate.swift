import Columnar

/// A calendar date without a time zone, as the datasets write it (`YYYY-MM-DD`).
///
/// The calendar arithmetic is the engine's (`EpochDays`), so a date means the same day in both.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A real date, or nil (`2023-02-29` is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard EpochDays.days(year: year, month: month, day: day) != nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let days = text.withUTF8({ EpochDays.parse(utf8: $0) }) else { return nil }
        self.init(daysSinceEpoch: Int(days))
    }

    /// The date `days` after 1970-01-01 (days may be negative).
    public init(daysSinceEpoch days: Int) {
        (year, month, day) = EpochDays.civil(days: Int32(days))
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int { Int(EpochDays.days(year: year, month: month, day: day)!) }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    public var description: String { EpochDays.format(days: Int32(daysSinceEpoch)) }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool { EpochDays.daysInMonth(year: year, month: 2) == 29 }
}
