import Columnar
import TVET

/// Compares who the ranking puts in front of employers with who could have been put there: over a deterministic
/// sample of open vacancies, the gender mix (students.gender through graduates.student) and the state mix of the
/// top-k candidate lists against the eligible pools (open to matching, level meeting `min_level`, passing the
/// filters). Gender is read here only; it never enters a vector.
public enum FairnessAudit {
    public static let unknownGroup = "UNKNOWN"

    public static func run(
        index: MatchingIndex, catalog: Catalog, sampleSize: Int, k: Int = 10, today: CivilDate, mode: MatchMode = .skills,
        filters: CandidateFilters = CandidateFilters()
    ) throws(MatchingError) -> FairnessReport {
        guard sampleSize > 0 else { throw .invalidParameter("the sample size must be at least 1") }
        let sample = sampleOpenVacancies(index.vacancies, size: sampleSize, today: Int32(today.daysSinceEpoch))
        let (genderNames, genderOf) = try genders(catalog: catalog, rows: index.graduates.count)
        let stateNames = Codes.states.map(\.name) + [unknownGroup]
        let stateOf = index.graduates.state.map { min(Int($0), Codes.states.count) }
        let resolved = try ResolvedFilters(state: filters.state, field: filters.field, minSalary: nil)
        // The pool depends on the vacancy only through its min_level: count it once per level.
        var genderPool = [[Int]](repeating: [Int](repeating: 0, count: genderNames.count), count: 6)
        var statePool = [[Int]](repeating: [Int](repeating: 0, count: stateNames.count), count: 6)
        let g = index.graduates
        for row in 0..<g.count where g.openToMatching[row] && g.level[row] > 0 && passes(g, row, resolved) {
            for minLevel in 1...Int(min(g.level[row], 5)) {
                genderPool[minLevel][genderOf[row]] += 1
                statePool[minLevel][stateOf[row]] += 1
            }
        }
        var genderTotals = [Int](repeating: 0, count: genderNames.count)
        var genderTop = genderTotals
        var stateTotals = [Int](repeating: 0, count: stateNames.count)
        var stateTop = stateTotals
        let lists = try index.candidates(forVacancyRows: sample, k: k, mode: mode, filters: filters)
        for (vacancy, hits) in zip(sample, lists) {
            let level = min(5, max(1, Int(index.vacancies.minLevel[vacancy])))
            for i in genderTotals.indices { genderTotals[i] += genderPool[level][i] }
            for i in stateTotals.indices { stateTotals[i] += statePool[level][i] }
            for hit in hits {
                let row = try index.graduateRow(hit.id)
                genderTop[genderOf[row]] += 1
                stateTop[stateOf[row]] += 1
            }
        }
        return FairnessReport(
            vacanciesSampled: sample.count, k: k, mode: mode, today: today.description,
            gender: GroupComparison(attribute: "gender", names: genderNames, pool: genderTotals, topK: genderTop),
            state: GroupComparison(attribute: "state", names: stateNames, pool: stateTotals, topK: stateTop))
    }

    /// Open vacancies at an even stride through the table (at most `size`), so the same snapshot always gives the same
    /// sample and every part of the table is represented.
    public static func sampleOpenVacancies(_ v: VacancyRows, size: Int, today: Int32) -> [Int] {
        let open = (0..<v.count).filter { v.closesOn[$0] >= today }
        guard open.count > size else { return open }
        return (0..<size).map { open[$0 * open.count / size] }
    }

    static func passes(_ g: GraduateRows, _ row: Int, _ f: ResolvedFilters) -> Bool {
        (f.state == Codes.unknown || g.state[row] == f.state) && (f.field == Codes.unknown || g.field[row] == f.field)
    }

    /// Group names and each graduate's group index (the last name is `UNKNOWN`: no student, or no gender recorded).
    static func genders(catalog: Catalog, rows: Int) throws(MatchingError) -> ([String], [Int]) {
        let students = try catalog.requiredTable("students")
        let link = try catalog.requiredLink(from: "graduates", "student")
        let column = try students.requiredColumn("gender")
        guard case .string(let codes, let dictionary) = column.storage else {
            throw .missingColumn(table: "students", column: "gender")
        }
        let names = (0..<dictionary.count).map { dictionary[UInt32($0)] } + [unknownGroup]
        let unknown = names.count - 1
        let groups = (0..<rows).map { row in
            let s = Int(link[row])
            return s >= 0 && !column.isNull(s) ? Int(codes[s]) : unknown
        }
        return (names, groups)
    }
}
