import Foundation
import TVET

/// Dates as people in Malaysia read them: Malaysia time (UTC+8 all year, no daylight saving).
public enum MalaysiaTime {
    /// Malaysia time ahead of UTC.
    public static let offset: TimeInterval = 8 * 3600

    /// The calendar day of a moment in Malaysia.
    public static func day(of moment: Date) -> CivilDate {
        CivilDate(daysSinceEpoch: Int(((moment.timeIntervalSince1970 + offset) / 86_400).rounded(.down)))
    }

    /// `YYYY-MM-DD` in Malaysia.
    public static func text(_ moment: Date) -> String { day(of: moment).description }

    /// Midnight after a `YYYY-MM-DD` day in Malaysia, when that day ends; the start of the epoch for a text that is
    /// not a day (the store only holds checked days).
    public static func endOfDay(_ day: String) -> Date {
        guard let date = CivilDate(day) else { return Date(timeIntervalSince1970: 0) }
        return Date(timeIntervalSince1970: Double(date.daysSinceEpoch + 1) * 86_400 - offset)
    }
}
