import Foundation

/// The generation time as Malaysians write it, in Malaysia's time zone (UTC+8, no daylight saving):
/// "29 November 2025, 14:05 MYT", with Malay month names in Bahasa Melayu.
enum ReportDate {
    private static let monthsMS = [
        "Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember",
    ]
    private static let monthsEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    static func format(_ date: Date, language: ReportLanguage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let month = (language == .ms ? monthsMS : monthsEN)[((parts.month ?? 1) - 1) % 12]
        let minute = parts.minute ?? 0
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 1970), \(parts.hour ?? 0):\(minute < 10 ? "0" : "")\(minute) MYT"
    }
}
