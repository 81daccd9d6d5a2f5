import TVET
import Web

/// How the pages put skills and a match into words, alike on every page: a skill by its name in the page's language,
/// a skill found from a name typed in either language (or its id), and a score as a percentage and 1–5 stars.
struct MatchWords {
    let taxonomy: SkillTaxonomy
    let language: PageLanguage

    func skillName(_ id: String) -> String { taxonomy.skill(id: id).map { words($0.name, language) } ?? id }

    /// The skill a person named, in Bahasa Melayu or English or by its id, ignoring case; nil when none is.
    func skill(named text: String) -> Skill? {
        taxonomy.skills.first { [$0.name.ms, $0.name.en, $0.id].contains { $0.caseInsensitiveCompare(text) == .orderedSame } }
    }

    /// `percent`, `stars` and `stars_label` of a score in [0, 1].
    func score(_ score: Float) -> [String: Any] {
        let stars = min(5, max(1, Int((score * 5).rounded())))
        return [
            "percent": Int((score * 100).rounded()),
            "stars": String(repeating: "★", count: stars) + String(repeating: "☆", count: 5 - stars),
            "stars_label": "\(stars) " + PageText.text("stars_of_five", language),
        ]
    }
}
