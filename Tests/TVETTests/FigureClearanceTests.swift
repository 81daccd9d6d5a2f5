import Testing

@testable import TVET

/// The access policy's `readUnsuppressedFigures` as a table: caller, the columns a figure reads, and whether the
/// caller gets the figures unsuppressed.
@Suite struct FigureClearanceTests {
    static let researcher = Principal(roles: [.analyst], category: .researcher)
    static let analyst = Principal(roles: [.analyst], category: .g2g)
    static let controller = Principal(roles: [.dataController], category: .g2g)
    static let committee = Principal(roles: [.kktd], category: .g2g)
    static let employer = Principal(roles: [.employer], category: .g2b)
    static let graduate = Principal(roles: [.graduate], category: .g2c)
    static let admin = Principal(roles: [.admin], category: .g2g)

    static func column(_ dataset: DatasetSchema, _ name: String) -> ColumnSchema { dataset.column(named: name)! }
    static let salary = column(.graduates, "monthly_salary")
    static let status = column(.graduates, "status")
    static let gender = column(.students, "gender")
    static let noIC = column(.students, "no_ic")
    static let studentName = column(.students, "name")
    static let openings = column(.vacancies, "openings")
    static let secret = ColumnSchema("secret", .text, classification: .rahsia, ms: "Rahsia", en: "Secret")

    static let cases: [(String, Principal, [ColumnSchema], Bool)] = [
        ("anonymous, open columns", .anonymous, [openings], false),
        ("anonymous, no columns", .anonymous, [], false),
        ("employer, open columns", employer, [openings], false),
        ("graduate, open columns", graduate, [openings], false),
        ("admin, open columns", admin, [openings], false),
        ("researcher, TERHAD columns", researcher, [status, gender], true),
        ("researcher, the SULIT salary", researcher, [status, salary], false),
        ("researcher, open columns", researcher, [openings], true),
        ("G2G analyst, the SULIT salary", analyst, [status, salary], true),
        ("G2G analyst, a personal column", analyst, [status, noIC], false),
        ("G2G analyst, a personal TERHAD name", analyst, [studentName], false),
        ("committee, the SULIT salary", committee, [salary], true),
        ("committee, a personal column", committee, [noIC], false),
        ("data controller, the SULIT salary", controller, [salary, status], true),
        ("data controller, personal columns", controller, [noIC, studentName], true),
        ("data controller, a RAHSIA column", controller, [salary, secret], false),
        ("researcher and employer roles, the salary", Principal(roles: [.analyst, .employer], category: .researcher), [salary], false),
    ]

    @Test(arguments: cases.indices)
    func audienceIsClearedOnlyWhenEveryColumnIsCovered(index: Int) {
        let (label, principal, reads, cleared) = Self.cases[index]
        let decision = AccessPolicy.decide(principal, .readUnsuppressedFigures(columns: reads.map(ColumnReference.init)))
        #expect(decision.isAllowed == cleared, "\(label)")
    }

    /// The salary a researcher is refused in a query is SULIT; status and gender, which they may read, are TERHAD.
    @Test func theTableRestsOnTheSchemasClassifications() {
        #expect(Self.salary.classification == .sulit && !Self.salary.personal)
        #expect(Self.status.classification == .terhad && Self.gender.classification == .terhad)
        #expect(Self.noIC.personal && Self.studentName.personal)
        #expect(Self.researcher.access.clearance == .terhad && Self.analyst.access.clearance == .sulit)
    }
}
