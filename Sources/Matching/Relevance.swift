import Columnar

/// Which pairs the evaluation counts as relevant: the vacancy's `masco_code` is the occupation the truth gives for the
/// graduate's programme, and the hard rules allow the pair (the vacancy is open and its `min_level` at most the
/// graduate's level; for candidates, the graduate is also open to matching). Counts per occupation and level are
/// taken once, so a query's relevant count is a short sum.
struct Relevance {
    let today: Int32
    /// Occupation code (an index into the truth's distinct MASCO codes) of each graduate's programme, -1 = none.
    let graduateOccupation: [Int32]
    let vacancyOccupation: [Int32]
    let index: MatchingIndex
    /// `[occupation][min_level]`: open vacancies.
    private let openVacancies: [[Int]]
    /// `[occupation][level]`: graduates open to matching.
    private let openGraduates: [[Int]]

    init(index: MatchingIndex, catalog: Catalog, truth: MatchingTruth, today: Int32) throws(MatchingError) {
        self.index = index
        self.today = today
        let codes = Array(Set(truth.occupationOfProgramme.values)).sorted()
        let codeOf = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, Int32($0)) })
        let programmes = index.programmes
        let programmeOccupation = (0..<programmes.rowCount).map { row in
            truth.occupationOfProgramme[programmes.key(of: row)].flatMap { codeOf[$0] } ?? -1
        }
        let g = index.graduates
        let v = index.vacancies
        graduateOccupation = g.programme.map { $0 >= 0 ? programmeOccupation[Int($0)] : -1 }
        let masco = try v.table.requiredColumn("masco_code")
        vacancyOccupation = (0..<v.count).map { row in
            guard case .string(let s) = masco.value(at: row) else { return -1 }
            return codeOf[s] ?? -1
        }
        var vacancies = [[Int]](repeating: [Int](repeating: 0, count: 6), count: codes.count)
        for row in 0..<v.count where vacancyOccupation[row] >= 0 && v.closesOn[row] >= today {
            vacancies[Int(vacancyOccupation[row])][min(5, Int(v.minLevel[row]))] += 1
        }
        var graduates = [[Int]](repeating: [Int](repeating: 0, count: 6), count: codes.count)
        for row in 0..<g.count where graduateOccupation[row] >= 0 && g.openToMatching[row] && g.level[row] > 0 {
            graduates[Int(graduateOccupation[row])][min(5, Int(g.level[row]))] += 1
        }
        openVacancies = vacancies
        openGraduates = graduates
    }

    func graduatesWithTruth() -> [Int] { graduateOccupation.indices.filter { graduateOccupation[$0] >= 0 } }

    func relevantVacancyCount(_ graduate: Int) -> Int {
        let o = Int(graduateOccupation[graduate])
        let level = Int(index.graduates.level[graduate])
        guard o >= 0 else { return 0 }
        return (0...min(5, level)).reduce(0) { $0 + openVacancies[o][$1] }
    }

    func relevantGraduateCount(_ vacancy: Int) -> Int {
        let o = Int(vacancyOccupation[vacancy])
        let minLevel = max(1, Int(index.vacancies.minLevel[vacancy]))
        guard o >= 0, minLevel <= 5 else { return 0 }
        return (minLevel...5).reduce(0) { $0 + openGraduates[o][$1] }
    }

    func isRelevant(graduate g: Int, vacancy v: Int) -> Bool {
        guard g >= 0, v >= 0, graduateOccupation[g] >= 0, graduateOccupation[g] == vacancyOccupation[v] else { return false }
        return index.vacancies.closesOn[v] >= today && index.vacancies.minLevel[v] <= index.graduates.level[g]
    }
}
