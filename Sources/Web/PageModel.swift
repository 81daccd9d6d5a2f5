/// What the shared frame of every page shows: its language and the switch to the other one, its title, who is
/// signed in (and the form to sign out, with its CSRF token), and the navigation.
public struct PageModel: Sendable {
    public var language: PageLanguage
    public var title: String
    /// The page's path with its query, without `lang`: the language switch links to it.
    public var path: String
    /// The signed-in user's name, nil for a visitor.
    public var signedInAs: String?
    /// The CSRF token every form of the page carries.
    public var csrfToken: String

    public init(language: PageLanguage, title: String, path: String, signedInAs: String?, csrfToken: String) {
        self.language = language
        self.title = title
        self.path = path
        self.signedInAs = signedInAs
        self.csrfToken = csrfToken
    }

    var values: [String: Any] {
        let separator = path.contains("?") ? "&" : "?"
        var values: [String: Any] = [
            "lang": language.rawValue, "title": title, "t": PageText.strings(language), "csrf": csrfToken,
            "switch_href": path + separator + "lang=" + language.other.rawValue, "switch_name": language.other.name,
            "switch_lang": language.other.rawValue,
        ]
        if let signedInAs { values["user"] = signedInAs }
        return values
    }
}
