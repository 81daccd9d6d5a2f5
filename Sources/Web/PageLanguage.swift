/// The language a page is shown in: Bahasa Melayu by default, English on request (CONTRACT 3.9). The visitor's own
/// choice, remembered in a cookie, never a server-wide setting.
public enum PageLanguage: String, Sendable, CaseIterable {
    case ms, en

    /// The cookie that remembers the choice.
    public static let cookie = "lang"

    /// The language asked for by `?lang=` first, then the cookie, else Bahasa Melayu. Unknown values are ignored here;
    /// the page checks `?lang=` itself and refuses an unknown one.
    public static func choose(query: String?, cookie: String?) -> PageLanguage {
        query.flatMap(PageLanguage.init(rawValue:)) ?? cookie.flatMap(PageLanguage.init(rawValue:)) ?? .ms
    }

    /// The other language, for the switch on every page.
    public var other: PageLanguage { self == .ms ? .en : .ms }

    /// The language's own name, as the switch shows it.
    public var name: String { self == .ms ? "Bahasa Melayu" : "English" }
}
