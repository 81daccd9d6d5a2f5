import TVET

/// The language a report is rendered in: Bahasa Melayu (`ms`, the default of the national platform) or English.
public enum ReportLanguage: String, Sendable, CaseIterable, Codable {
    case ms
    case en

    /// The text of `bilingual` in this language.
    public func pick(_ bilingual: BilingualText) -> String {
        switch self {
        case .ms: bilingual.ms
        case .en: bilingual.en
        }
    }

    /// Picks between two literal texts, for the renderer's own words.
    func text(ms: String, en: String) -> String {
        switch self {
        case .ms: ms
        case .en: en
        }
    }
}
