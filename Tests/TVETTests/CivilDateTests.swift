import Testing
import TVET

@Suite struct CivilDateTests {
    @Test func parsesOnlyRealDatesInTheContractFormat() {
        #expect(CivilDate("2024-02-29") == CivilDate(year: 2024, month: 2, day: 29))
        for text in ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-01-01", "2024/01/01", "2024-1-01", " 2024-01-01"] {
            #expect(CivilDate(text) == nil, "\(text)")
        }
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func convertsToAndFromDaysSinceEpoch() {
        #expect(CivilDate("1970-01-01")!.daysSinceEpoch == 0)
        #expect(CivilDate("2000-03-01")!.daysSinceEpoch == 11_017)
        #expect(CivilDate(daysSinceEpoch: -1).description == "1969-12-31")
        for days in stride(from: -40_000, through: 40_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate("2024-12-31")!.adding(days: 1).description == "2025-01-01")
    }

    @Test func ordersByCalendar() {
        #expect(CivilDate("2024-01-31")! < CivilDate("2024-02-01")!)
        #expect(CivilDate("2023-12-31")! < CivilDate("2024-01-01")!)
    }
}
