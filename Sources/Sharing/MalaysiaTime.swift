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
}
