import Matching
import Testing

/// The index ranks exactly as the documented formula computed over every row (ScoreOracle): both directions, both
/// modes, with and without filters, one query (sgemv) and many (sgemm).
@Suite struct RankingOracleTests {
    static let graduateRows = [0, 17, 301, 1_234, 2_718, 4_999]
    static let vacancyRows = [0, 5, 123, 777, 1_111, 1_499]

    @Test(arguments: MatchMode.allCases)
    func jobsForOneGraduateEqualTheOracle(mode: MatchMode) throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        for row in Self.graduateRows {
            let id = f.index.graduateID(row)
            let hits = try f.index.jobs(forGraduate: id, k: 10, today: f.today, mode: mode)
            OracleFixture.expectSame(hits, oracle.jobs(oracle.side(graduate: row, mode: mode), k: 10, today: f.today), "jobs \(mode) \(id)")
        }
    }

    @Test(arguments: MatchMode.allCases)
    func jobsWithFiltersEqualTheOracle(mode: MatchMode) throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        for row in Self.graduateRows {
            let g = oracle.graduates[row]
            let filters = [
                JobFilters(state: g.state), JobFilters(field: g.field), JobFilters(minSalary: 2_000),
                JobFilters(state: "Selangor", field: g.field, minSalary: 1_500),
            ]
            for filter in filters {
                let hits = try f.index.jobs(forGraduate: g.id, k: 7, today: f.today, mode: mode, filters: filter)
                let expected = oracle.jobs(oracle.side(graduate: row, mode: mode), k: 7, today: f.today, filters: filter)
                OracleFixture.expectSame(hits, expected, "jobs \(mode) \(g.id) \(filter)")
            }
        }
    }

    @Test(arguments: MatchMode.allCases)
    func jobsInBatchEqualTheOracle(mode: MatchMode) throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        // 70 graduates: more than one sgemm block of 64.
        let rows = (0..<70).map { $0 * 83 % f.index.graduates.count }
        let lists = try f.index.jobs(forGraduates: rows.map(f.index.graduateID), k: 10, today: f.today, mode: mode)
        #expect(lists.count == rows.count)
        for (row, hits) in zip(rows, lists) {
            let expected = oracle.jobs(oracle.side(graduate: row, mode: mode), k: 10, today: f.today)
            OracleFixture.expectSame(hits, expected, "batch jobs \(mode) row \(row)")
        }
    }

    @Test(arguments: MatchMode.allCases)
    func candidatesForOneVacancyEqualTheOracle(mode: MatchMode) throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        for row in Self.vacancyRows {
            let id = f.index.vacancyID(row)
            let hits = try f.index.candidates(forVacancy: id, k: 10, mode: mode)
            OracleFixture.expectSame(hits, oracle.candidates(vacancy: row, k: 10, mode: mode), "candidates \(mode) \(id)")
            let filter = CandidateFilters(state: oracle.vacancies[row].state, field: oracle.vacancies[row].field)
            let filtered = try f.index.candidates(forVacancy: id, k: 5, mode: mode, filters: filter)
            OracleFixture.expectSame(
                filtered, oracle.candidates(vacancy: row, k: 5, mode: mode, filters: filter), "candidates \(mode) \(id) filtered")
        }
    }

    @Test func candidatesInBatchEqualTheOracle() throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        let rows = (0..<66).map { $0 * 29 % f.index.vacancies.count }
        for mode in MatchMode.allCases {
            let lists = try f.index.candidates(forVacancies: rows.map(f.index.vacancyID), k: 10, mode: mode)
            for (row, hits) in zip(rows, lists) {
                OracleFixture.expectSame(hits, oracle.candidates(vacancy: row, k: 10, mode: mode), "batch candidates \(mode) \(row)")
            }
        }
    }

    @Test func adHocProfilesEqualTheOracle() throws {
        let f = try MatchingFixture.get()
        let oracle = try OracleFixture.get()
        let skills = Array(oracle.graduates[42].skills.prefix(6))
        let profiles = [
            MatchProfile(skills: skills, field: "ELECTRICAL", level: 3, state: "Johor", expectedSalary: 2_200, willingToRelocate: true),
            MatchProfile(skills: skills),
            MatchProfile(field: "CULINARY", state: "Sabah"),
            MatchProfile(),
        ]
        for profile in profiles {
            let side = ScoreOracle.Side(
                vector: oracle.vector(skills.map { ($0, 1) }), skills: Set(profile.skills ?? []), level: profile.level,
                field: profile.field, state: profile.state, salary: profile.expectedSalary,
                relocate: profile.willingToRelocate ?? false)
            var adjusted = side
            if profile.skills == nil { adjusted.vector = Array(repeating: 0, count: side.vector.count) }
            let hits = try f.index.jobs(for: profile, k: 10, today: f.today)
            OracleFixture.expectSame(hits, oracle.jobs(adjusted, k: 10, today: f.today), "profile \(profile)")
            if let field = profile.field {
                let members = oracle.graduates.indices.filter { oracle.graduates[$0].field == field }
                let line = oracle.studyProfile(members)
                var study = adjusted
                study.vector = line.vector
                study.skills = line.skills
                let studyHits = try f.index.jobs(for: profile, k: 10, today: f.today, mode: .study)
                OracleFixture.expectSame(studyHits, oracle.jobs(study, k: 10, today: f.today), "study profile \(profile)")
            }
        }
    }

    @Test func badRequestsNameTheirReason() throws {
        let f = try MatchingFixture.get()
        #expect(throws: MatchingError.unknownGraduate("G-NONE")) { try f.index.jobs(forGraduate: "G-NONE", k: 10, today: f.today) }
        #expect(throws: MatchingError.unknownVacancy("V-NONE")) { try f.index.candidates(forVacancy: "V-NONE", k: 10) }
        #expect(throws: MatchingError.unknownSkill("XYZ999")) {
            try f.index.jobs(for: MatchProfile(skills: ["XYZ999"]), k: 10, today: f.today)
        }
        #expect(throws: MatchingError.unknownState("Atlantis")) {
            try f.index.jobs(for: MatchProfile(state: "Atlantis"), k: 10, today: f.today)
        }
        #expect(throws: MatchingError.invalidLevel(9)) { try f.index.jobs(for: MatchProfile(level: 9), k: 10, today: f.today) }
        #expect(throws: MatchingError.self) { try f.index.jobs(for: MatchProfile(), k: 0, today: f.today) }
    }
}
