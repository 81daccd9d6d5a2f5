import Testing

import TVET
@testable import Web

/// A refused field's problem is worded in each language from its kind; only a kind with no words keeps the English.
@Suite struct ProblemWordsTests {
    static let kinds: [ProblemKind] = [
        .required, .notNumber, .outOfRange(low: 1, high: 5), .outOfRange(low: 0, high: .infinity), .outOfRange(low: -.infinity, high: 9),
        .notChoice, .notDate, .badFormat, .badListItem, .below(column: "salary_min", date: false), .below(column: "posted_on", date: true),
        .implausible(maximum: 1000), .unknownReference(dataset: "employers"), .duplicateID,
    ]

    @Test func everyKindHasWordsInBothLanguages() {
        let reason = "the English reason"
        for kind in Self.kinds {
            let ms = ProblemWords.text(kind, reason: reason, label: { "«\($0)»" }, .ms)
            let en = ProblemWords.text(kind, reason: reason, label: { "«\($0)»" }, .en)
            #expect(ms != reason && en != reason && ms != en, "\(kind)")
        }
        #expect(ProblemWords.text(.other, reason: reason, label: { $0 }, .ms) == reason)
    }

    @Test func boundsAndOtherFieldsAreNamed() {
        #expect(ProblemWords.text(.implausible(maximum: 1000), reason: "", label: { $0 }, .ms).contains("1000"))
        #expect(ProblemWords.text(.outOfRange(low: 0.5, high: 7.5), reason: "", label: { $0 }, .en) == "Must be between 0.5 and 7.5.")
        let label = { (name: String) in name == "salary_min" ? "Gaji minimum" : name }
        #expect(ProblemWords.text(.below(column: "salary_min", date: false), reason: "", label: label, .ms).contains("Gaji minimum"))
    }
}
