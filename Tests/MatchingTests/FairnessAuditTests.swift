import Columnar
import Matching
import Testing

/// The audit's shares are proper shares and equal a recount from the catalog.
@Suite struct FairnessAuditTests {
    @Test func sharesSumToOneAndEqualARecount() throws {
        let f = try MatchingFixture.get()
        let report = try FairnessAudit.run(index: f.index, catalog: f.catalog, sampleSize: 40, k: 10, today: f.today)
        #expect(report.vacanciesSampled == 40)
        for comparison in [report.gender, report.state] {
            #expect(abs(comparison.groups.map(\.poolShare).reduce(0, +) - 1) < 1e-9)
            #expect(abs(comparison.groups.map(\.topKShare).reduce(0, +) - 1) < 1e-9)
            #expect(comparison.maxAbsoluteDifference == comparison.groups.map { abs($0.topKShare - $0.poolShare) }.max())
        }
        #expect(Set(report.gender.groups.map(\.group)).isSubset(of: ["F", "M", FairnessAudit.unknownGroup]))
        // Recount: the same sample, the candidates, and the pools from the catalog's own values.
        let oracle = try OracleFixture.get()
        let students = f.catalog.table("students")!
        let graduates = f.catalog.table("graduates")!
        func gender(_ graduate: Int) -> String {
            guard case .string(let s) = graduates.value(row: graduate, column: "student_id")!,
                let row = students.row(forKey: s), case .string(let g) = students.value(row: row, column: "gender")!
            else { return FairnessAudit.unknownGroup }
            return g
        }
        let sample = FairnessAudit.sampleOpenVacancies(f.index.vacancies, size: 40, today: Int32(f.today.daysSinceEpoch))
        var pool: [String: Int] = [:]
        var top: [String: Int] = [:]
        for v in sample {
            let minLevel = oracle.vacancies[v].minLevel
            for (i, g) in oracle.graduates.enumerated() where g.open && (g.level ?? 0) >= minLevel { pool[gender(i), default: 0] += 1 }
            for hit in try f.index.candidates(forVacancy: oracle.vacancies[v].id, k: 10) {
                top[gender(graduates.row(forKey: hit.id)!), default: 0] += 1
            }
        }
        for share in report.gender.groups {
            #expect(share.poolCount == pool[share.group, default: 0], "pool of \(share.group)")
            #expect(share.topKCount == top[share.group, default: 0], "top k of \(share.group)")
        }
        #expect(report.gender.groups.map(\.topKCount).reduce(0, +) == 400)
        let stateTop = report.state.groups.map(\.topKCount).reduce(0, +)
        #expect(stateTop == 400)
    }

    @Test func theSampleIsDeterministicAndOpen() throws {
        let f = try MatchingFixture.get()
        let today = Int32(f.today.daysSinceEpoch)
        let a = FairnessAudit.sampleOpenVacancies(f.index.vacancies, size: 25, today: today)
        #expect(a == FairnessAudit.sampleOpenVacancies(f.index.vacancies, size: 25, today: today))
        #expect(a.count == 25 && Set(a).count == 25)
        #expect(a.allSatisfy { f.index.vacancies.closesOn[$0] >= today })
    }
}
