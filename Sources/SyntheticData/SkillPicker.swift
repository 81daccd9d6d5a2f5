import TVET
/// Draws skill lists for graduates and vacancies from the taxonomy: mostly the skills of one occupation of the field
/// at and below the level, some transversal skills, a few from neighbouring fields.
struct SkillPicker {
    /// The share of a graduate's or vacancy's field skills drawn from its occupation's profile.
    static let occupationShare = 0.85

    private let byField: [TVETField: [String]]
    private let transversal: [String]
    private let profiles: OccupationProfiles

    init(taxonomy: SkillTaxonomy) {
        var byField: [TVETField: [String]] = [:]
        for field in TVETField.allCases { byField[field] = taxonomy.skills(inField: field.rawValue).map(\.id) }
        self.byField = byField
        profiles = OccupationProfiles(skillsByField: byField)
        transversal = taxonomy.skills(inField: TVETField.transversal).map(\.id)
    }

    /// The field's skills a learner at `level` is trained in: the taxonomy lists each field's skills basic first.
    func reachable(_ field: TVETField, level: Int) -> [String] {
        let all = byField[field] ?? []
        let count = min(all.count, max(5, Int((Double(all.count) * (Double(level) / 5 + 0.2)).rounded())))
        return Array(all.prefix(count))
    }

    func all(_ field: TVETField) -> [String] { byField[field] ?? [] }

    /// A graduate's skills: 6-14 ids, about three quarters from the field, mostly those of the programme's target
    /// occupation (`masco`).
    func graduateSkills(field: TVETField, level: Int, masco: String, random: inout RandomSource) -> [String] {
        let total = 5 + level + random.int(0...4)
        var chosen = fieldSkills(
            Int((Double(total) * 0.75).rounded()), from: reachable(field, level: level),
            profile: profiles.skills(field: field, masco: masco), random: &random)
        chosen += random.sample(random.int(1...2), from: transversal.count).map { transversal[$0] }
        if random.chance(0.6) {
            let neighbour = reachable(random.pick(Calibration.neighbours(of: field)), level: level)
            chosen += random.sample(random.int(1...2), from: neighbour.count).map { neighbour[$0] }
        }
        return unique(chosen)
    }

    /// A vacancy's essential (3-8) and optional (2-5) skills, mostly those of its occupation (`masco`).
    func vacancySkills(
        field: TVETField, minLevel: Int, masco: String, random: inout RandomSource
    ) -> (essential: [String], optional: [String]) {
        let profile = profiles.skills(field: field, masco: masco)
        let essential = fieldSkills(random.int(3...8), from: reachable(field, level: minLevel), profile: profile, random: &random)
        let specialist = all(field).filter { profile.contains($0) && !essential.contains($0) }
        var pool = specialist + specialist + all(field).filter { !essential.contains($0) } + transversal
        pool += reachable(random.pick(Calibration.neighbours(of: field)), level: minLevel)
        let optional = random.sample(random.int(2...5), from: pool.count).map { pool[$0] }
        return (essential, unique(optional).filter { !essential.contains($0) })
    }

    /// `count` distinct skills of `available`: `occupationShare` of them from the occupation's profile while it lasts,
    /// the rest from the field's other skills.
    private func fieldSkills(_ count: Int, from available: [String], profile: Set<String>, random: inout RandomSource) -> [String] {
        let own = available.filter { profile.contains($0) }
        let other = available.filter { !profile.contains($0) }
        let fromOwn = min(own.count, Int((Double(count) * Self.occupationShare).rounded()))
        let fromOther = min(other.count, count - fromOwn)
        return random.sample(fromOwn, from: own.count).map { own[$0] } + random.sample(fromOther, from: other.count).map { other[$0] }
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
