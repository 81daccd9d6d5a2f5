/// Security classification of a dataset or column (seed 1.6 and definitions 5-12).
///
/// Ordered from open to most secret, so a caller's clearance admits every level at or below it:
/// `clearance >= column.classification`.
public enum Classification: String, CaseIterable, Comparable, Sendable, Codable {
    /// Data Terbuka: open data, publishable to anyone.
    case terbuka = "TERBUKA"
    /// Data Terhad: restricted to government use.
    case terhad = "TERHAD"
    /// Data Sulit: confidential.
    case sulit = "SULIT"
    /// Rahsia: secret.
    case rahsia = "RAHSIA"
    /// Rahsia Besar: top secret.
    case rahsiaBesar = "RAHSIA_BESAR"

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Classification, rhs: Classification) -> Bool { lhs.rank < rhs.rank }

    /// The level's name in Bahasa Melayu and English, for documents and reports.
    public var label: BilingualText {
        switch self {
        case .terbuka: BilingualText(ms: "Terbuka", en: "Open")
        case .terhad: BilingualText(ms: "Terhad", en: "Restricted")
        case .sulit: BilingualText(ms: "Sulit", en: "Confidential")
        case .rahsia: BilingualText(ms: "Rahsia", en: "Secret")
        case .rahsiaBesar: BilingualText(ms: "Rahsia Besar", en: "Top secret")
        }
    }
}
