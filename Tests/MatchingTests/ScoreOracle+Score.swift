import Foundation
import Matching
import TVET

/// The formula itself, and ranking by it over every row.
extension ScoreOracle {
    static let borneo: Set<String> = ["Sabah", "Sarawak", "W.P. Labuan"]

    func fieldComponent(_ a: String?, _ b: String?) -> Double {
        guard let a, let b else { return 0.5 }
        if a == b { return 1 }
        return max(0, Self.dot(centroids[a]!, centroids[b]!))
    }

    static func location(_ g: String?, _ v: String, relocate: Bool) -> Double {
        guard let g else { return 0.5 }
        if g == v { return 1 }
        if relocate { return 0.7 }
        return borneo.contains(g) == borneo.contains(v) ? 0.3 : 0
    }

    static func salary(_ x: Double?, low: Double, high: Double) -> Double {
        guard let x else { return 0.5 }
        let hi = max(high, low)
        if x <= low { return 1 }
        if x <= hi { return 1 - 0.5 * (x - low) / (hi - low) }
        return 0.5 * hi / x
    }

    func score(_ g: Side, _ v: Vacancy) -> Double {
        let wo = Double(weights.optionalSkillWeight)
        let wanted = Double(v.essential.count) + wo * Double(v.optional.count)
        let matched = Double(v.essential.filter(g.skills.contains).count) + wo * Double(v.optional.filter(g.skills.contains).count)
        let exact = wanted > 0 ? matched / wanted : 0
        let a = Double(weights.exactShare)
        let skills = a * exact + (1 - a) * max(0, Self.dot(g.vector, v.vector))
        let level = g.level.map { max(0, 1 - 0.25 * Double($0 - v.minLevel)) } ?? 0.5
        return Double(weights.skills) * skills + Double(weights.field) * fieldComponent(g.field, v.field)
            + Double(weights.level) * level + Double(weights.location) * Self.location(g.state, v.state, relocate: g.relocate)
            + Double(weights.salary) * Self.salary(g.salary, low: v.salaryMin, high: v.salaryMax)
    }

    /// A recorded graduate's side in a mode.
    func side(graduate i: Int, mode: MatchMode) -> Side {
        let g = graduates[i]
        var side = Side(
            vector: graduateVectors[i], skills: Set(g.skills), level: g.level, field: g.field, state: g.state,
            salary: g.salary, relocate: g.relocate)
        if mode == .study {
            let profile = g.programmeID.flatMap { programmeProfiles[$0] }
            side.vector = profile?.vector ?? Array(repeating: 0, count: graduateVectors[i].count)
            side.skills = profile?.skills ?? []
        }
        return side
    }

    /// The line-of-study profile of the graduates `members`: normalised sum of their vectors, and the skills
    /// held by at least 30% of them.
    func studyProfile(_ members: [Int]) -> (vector: [Double], skills: Set<String>) {
        var sum = [Double](repeating: 0, count: graduateVectors[0].count)
        var counts: [String: Int] = [:]
        var n = 0
        for i in members {
            let g = graduates[i]
            n += 1
            sum = Self.add(sum, graduateVectors[i], 1)
            for s in g.skills { counts[s, default: 0] += 1 }
        }
        let threshold = max(1, Int((0.3 * Double(n)).rounded(.up)))
        return (Self.normalized(sum), Set(counts.filter { $0.value >= threshold }.keys))
    }

    static func top(_ scored: [(row: Int, id: String, score: Double)], k: Int) -> [Ranked] {
        scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.row < $1.row }.prefix(k).map {
            Ranked(id: $0.id, score: $0.score)
        }
    }

    func jobs(_ side: Side, k: Int, today: CivilDate, filters: JobFilters = JobFilters()) -> [Ranked] {
        var scored: [(Int, String, Double)] = []
        for (row, v) in vacancies.enumerated() {
            if v.closesOn < today.daysSinceEpoch { continue }
            if let level = side.level, v.minLevel > level { continue }
            if let s = filters.state, v.state != s { continue }
            if let f = filters.field, v.field != f { continue }
            if let m = filters.minSalary, v.salaryMax < m { continue }
            scored.append((row, v.id, score(side, v)))
        }
        return Self.top(scored, k: k)
    }

    func candidates(vacancy row: Int, k: Int, mode: MatchMode, filters: CandidateFilters = CandidateFilters()) -> [Ranked] {
        let v = vacancies[row]
        var scored: [(Int, String, Double)] = []
        for (i, g) in graduates.enumerated() {
            guard g.open, let level = g.level, level >= v.minLevel else { continue }
            if let s = filters.state, g.state != s { continue }
            if let f = filters.field, g.field != f { continue }
            scored.append((i, g.id, score(side(graduate: i, mode: mode), v)))
        }
        return Self.top(scored, k: k)
    }
}
