import Columnar
import Matching
import TVET
import Testing

/// The hard rules hold on every hit, read back from the catalog by id: closed vacancies never, `min_level` never above
/// the graduate's level, candidates only when open to matching, and every filter.
@Suite struct HardRuleTests {
    struct Record {
        let table: Table
        let row: Int
        func string(_ c: String) -> String? { if case .string(let s) = table.value(row: row, column: c)! { s } else { nil } }
        func int(_ c: String) -> Int? { if case .int(let i) = table.value(row: row, column: c)! { Int(i) } else { nil } }
        func double(_ c: String) -> Double? { if case .double(let d) = table.value(row: row, column: c)! { d } else { nil } }
        func days(_ c: String) -> Int? { if case .date(let d) = table.value(row: row, column: c)! { Int(d) } else { nil } }
    }

    func graduateLevel(_ f: MatchingFixture, _ id: String) -> Int {
        let g = f.catalog.table("graduates")!
        let p = f.catalog.table("programmes")!
        let graduate = Record(table: g, row: g.row(forKey: id)!)
        return Record(table: p, row: p.row(forKey: graduate.string("programme_id")!)!).int("level")!
    }

    @Test(arguments: MatchMode.allCases)
    func jobsAreOpenAndWithinTheGraduatesLevel(mode: MatchMode) throws {
        let f = try MatchingFixture.get()
        let vacancies = f.catalog.table("vacancies")!
        let ids = (0..<120).map { f.index.graduateID($0 * 41 % f.index.graduates.count) }
        let filters = JobFilters(state: "Selangor", field: nil, minSalary: 1_800)
        for (filtered, lists) in try [
            (false, f.index.jobs(forGraduates: ids, k: 50, today: f.today, mode: mode)),
            (true, f.index.jobs(forGraduates: ids, k: 50, today: f.today, mode: mode, filters: filters)),
        ] {
            var checked = 0
            for (id, hits) in zip(ids, lists) {
                let level = graduateLevel(f, id)
                for hit in hits {
                    let v = Record(table: vacancies, row: vacancies.row(forKey: hit.id)!)
                    #expect(v.days("closes_on")! >= f.today.daysSinceEpoch, "closed vacancy \(hit.id) for \(id)")
                    #expect(v.int("min_level")! <= level, "vacancy \(hit.id) needs level \(v.int("min_level")!), \(id) has \(level)")
                    if filtered {
                        #expect(v.string("state") == "Selangor")
                        #expect(v.double("salary_max")! >= 1_800)
                    }
                    checked += 1
                }
            }
            #expect(checked > 1_000)
        }
    }

    @Test func ruleBreakingVacanciesExistSoTheRulesAreTested() throws {
        let f = try MatchingFixture.get()
        let vacancies = f.catalog.table("vacancies")!
        let closed = (0..<vacancies.rowCount).filter {
            Record(table: vacancies, row: $0).days("closes_on")! < f.today.daysSinceEpoch
        }
        #expect(closed.count > vacancies.rowCount / 10)
        let levels = Set((0..<vacancies.rowCount).map { Record(table: vacancies, row: $0).int("min_level")! })
        #expect(levels == [1, 2, 3, 4, 5])
    }

    @Test(arguments: MatchMode.allCases)
    func candidatesAreOpenToMatchingAndMeetTheLevel(mode: MatchMode) throws {
        let f = try MatchingFixture.get()
        let graduates = f.catalog.table("graduates")!
        let vacancies = f.catalog.table("vacancies")!
        let ids = (0..<40).map { f.index.vacancyID($0 * 37 % f.index.vacancies.count) }
        let lists = try f.index.candidates(forVacancies: ids, k: 100, mode: mode)
        var checked = 0
        for (id, hits) in zip(ids, lists) {
            let minLevel = Record(table: vacancies, row: vacancies.row(forKey: id)!).int("min_level")!
            for hit in hits {
                let g = Record(table: graduates, row: graduates.row(forKey: hit.id)!)
                #expect(g.table.value(row: g.row, column: "open_to_matching") == .bool(true), "\(hit.id) is not open to matching")
                #expect(graduateLevel(f, hit.id) >= minLevel)
                checked += 1
            }
        }
        #expect(checked > 1_000)
        let filtered = try f.index.candidates(forVacancy: ids[0], k: 100, mode: mode, filters: CandidateFilters(field: "ICT"))
        let programmes = f.catalog.table("programmes")!
        for hit in filtered {
            let g = Record(table: graduates, row: graduates.row(forKey: hit.id)!)
            #expect(Record(table: programmes, row: programmes.row(forKey: g.string("programme_id")!)!).string("field") == "ICT")
        }
    }
}
