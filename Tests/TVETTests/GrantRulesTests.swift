import Columnar
import Testing
@testable import TVET

/// A principal holding a grant reads what the grant covers and nothing else, whatever its roles, and nothing at all
/// before the grant's period, after it, or once it is revoked. Every refusal names the grant.
@Suite struct GrantRulesTests {
    static func principal(today: String, revoked: Bool = false) -> Principal {
        let grant = Grant(
            id: 7, datasets: ["graduates": Grant.Scope(columns: ["graduate_id", "monthly_salary"], filters: [])],
            from: CivilDate("2026-01-01")!, to: CivilDate("2026-12-31")!, revoked: revoked, today: CivilDate(today)!)
        return Principal(roles: [], category: .researcher, userID: 3, grant: grant)
    }

    static let salary = ColumnReference(DatasetSchema.graduates.column(named: "monthly_salary")!)
    static let state = ColumnReference(DatasetSchema.graduates.column(named: "state_of_work")!)

    @Test func theGrantAloneDecidesWhatIsRead() {
        let principal = Self.principal(today: "2026-06-01")
        #expect(AccessPolicy.decide(principal, .runQuery(.graduates, columns: [Self.salary])) == .allow)
        #expect(AccessPolicy.decide(principal, .runQuery(.graduates, columns: [Self.state])).refusal?.reason.contains("grant 7") == true)
        #expect(AccessPolicy.decide(principal, .runQuery(.students, columns: [])).refusal?.reason.contains("grant 7") == true)
        guard case .granted(let columns, _) = AccessPolicy.readScope(principal, .graduates) else {
            Issue.record("graduates should be granted")
            return
        }
        #expect(columns.map(\.name) == ["graduate_id", "monthly_salary"])
        guard case .refused(let refusal) = AccessPolicy.readScope(principal, .institutions) else {
            Issue.record("institutions are not granted")
            return
        }
        #expect(refusal.kind == .forbidden && refusal.reason.contains("grant 7"))
        #expect(AccessPolicy.decide(principal, .manageUsers).refusal?.kind == .forbidden)
    }

    @Test(arguments: [("2025-12-31", false, "opens on"), ("2027-01-01", false, "ended on"), ("2026-06-01", true, "revoked")])
    func nothingIsReadOutsideThePeriodOrOnceRevoked(_ today: String, _ revoked: Bool, _ words: String) {
        let principal = Self.principal(today: today, revoked: revoked)
        for action: AccessAction in [.useGrant, .runQuery(nil, columns: []), .runQuery(.graduates, columns: [Self.salary]), .listRecords(.graduates)] {
            let refusal = AccessPolicy.decide(principal, action).refusal
            #expect(refusal?.kind == .forbidden && refusal?.reason.contains(words) == true, "\(action)")
        }
        #expect(AccessPolicy.decide(Self.principal(today: "2026-06-01"), .useGrant) == .allow)
    }
}
