/// A user-facing text in Bahasa Melayu and English.
public struct BilingualText: Hashable, Sendable, Codable {
    public let ms: String
    public let en: String

    public init(ms: String, en: String) {
        self.ms = ms
        self.en = en
    }
}
