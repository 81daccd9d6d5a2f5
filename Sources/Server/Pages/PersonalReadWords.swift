import Foundation
import Store
import TVET
import Web

/// A read of a person's records as their page shows it: when (Malaysia time), who in words (roles, or the grant, and
/// the agency), and which record.
struct PersonalReadWords {
    let language: PageLanguage

    private static let malaysia: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    func row(_ read: PersonalRead) -> [String: Any] {
        let dataset = TVETSchema.dataset(named: read.dataset)
        let label = dataset.map { language == .ms ? $0.label.ms : $0.label.en } ?? read.dataset
        return ["when": Self.malaysia.string(from: read.at), "who": who(read), "record": "\(label): \(read.recordID)", "dataset": read.dataset]
    }

    /// The reader's roles in words (or the grant their key was bound to), with their agency.
    func who(_ read: PersonalRead) -> String {
        let roles = read.roles ?? ""
        var words: String
        if roles.hasPrefix("grant ") {
            words = PageText.text("reads_grant", language) + " " + roles.dropFirst("grant ".count)
        } else {
            words = roles.split(separator: ";").map { role in
                let key = "role_\(role)"
                let text = PageText.text(key, language)
                return text == key ? String(role) : text
            }.joined(separator: ", ")
        }
        if let agency = read.agency, !agency.isEmpty { words += " (\(agency))" }
        return words
    }
}
