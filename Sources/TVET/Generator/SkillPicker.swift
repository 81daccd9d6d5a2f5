/// Draws skill lists for graduates and vacancies from the taxonomy: mostly the field's own skills at and below the
/// level, some transversal skills, a few from neighbouring fields.
struct SkillPicker {
    private let byField: [TVETField: [String]]
    private let transversal: [String]

    init(taxonomy: SkillTaxonomy) {
        var byField: [TVETField: [String]] = [:]
        for field in TVETField.allCases { byField[field] = taxonomy.skills(inField: field.rawValue).map(\.id) }
        self.byField = byField
        transversal = taxonomy.skills(inField: TVETField.transversal).map(\.id)
    }

    /// The field's skills a learner at `level` is trained in: the taxonomy lists each field's skills basic first.
    func reachable(_ field: TVETField, level: Int) -> [String] {
        let all = byField[field] ?? []
        let count = min(all.count, max(5, Int((Double(all.count) * (Double(level) / 5 + 0.2)).rounded())))
        return Array(all.prefix(count))
    }

    func all(_ field: TVETField) -> [String] { byField[field] ?? [] }

    /// A graduate's skills: 6-14 ids, about three quarters from the field.
    func graduateSkills(field: TVETField, level: Int, random: inout RandomSource) -> [String] {
        let total = 5 + level + random.int(0...4)
        let own = reachable(field, level: level)
        var chosen = random.sample(Int((Double(total) * 0.75).rounded()), from: own.count).map { own[$0] }
        chosen += random.sample(random.int(1...2), from: transversal.count).map { transversal[$0] }
        if random.chance(0.6) {
            let neighbour = reachable(random.pick(Calibration.neighbours(of: field)), level: level)
            chosen += random.sample(random.int(1...2), from: neighbour.count).map { neighbour[$0] }
        }
        return unique(chosen)
    }

    /// A vacancy's essential (3-8) and optional (2-5) skills.
    func vacancySkills(field: TVETField, minLevel: Int, random: inout RandomSource) -> (essential: [String], optional: [String]) {
        let own = reachable(field, level: minLevel)
        let essential = random.sample(random.int(3...8), from: own.count).map { own[$0] }
        var pool = all(field).filter { !essential.contains($0) } + transversal
        pool += reachable(random.pick(Calibration.neighbours(of: field)), level: minLevel)
        let optional = random.sample(random.int(2...5), from: pool.count).map { pool[$0] }
        return (essential, unique(optional))
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
