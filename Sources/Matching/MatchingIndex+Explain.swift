/// Hits with their reasons: the components and skills of a kept pair, computed with the very functions and inputs of
/// the scan (its cosine is carried through the heap), so that `score` is exactly the weighted sum of the components
/// shown.
extension MatchingIndex {
    /// The components of a pair (the graduate side resolved as `q`), given the pair's embedding cosine.
    func components(graduate q: GraduateQuery, vacancy row: Int, cosine: Float) -> MatchHit.Components {
        let v = vacancies
        let essential = v.essential.row(row)
        let optional = v.optional.row(row)
        let skills = MatchFormula.skills(
            essentialMatched: essential.filter { q.bits.contains($0) }.count, essential: essential.count,
            optionalMatched: optional.filter { q.bits.contains($0) }.count, optional: optional.count, cosine: cosine,
            weights: weights)
        return MatchHit.Components(
            skills: skills, field: model.fields.value(q.field, v.field[row]),
            level: MatchFormula.level(graduate: q.level, minimum: v.minLevel[row]),
            location: location.value(graduate: q.state, vacancy: v.state[row], relocate: q.relocate),
            salary: MatchFormula.salary(expected: q.expectedSalary, low: v.salaryMin[row], high: v.salaryMax[row]))
    }

    /// A jobs hit: the vacancy's id.
    func explain(graduate q: GraduateQuery, vacancy row: Int, cosine: Float) -> MatchHit {
        hit(id: vacancies.table.key(of: row), graduate: q, vacancy: row, cosine: cosine)
    }

    func hit(id: String, graduate q: GraduateQuery, vacancy row: Int, cosine: Float) -> MatchHit {
        let c = components(graduate: q, vacancy: row, cosine: cosine)
        let score = MatchFormula.score(
            skills: c.skills, field: c.field, level: c.level, location: c.location, salary: c.salary, weights: weights)
        let ids = model.vocabulary.ids
        var matched: [String] = []
        var missing: [String] = []
        var related: [MatchHit.RelatedSkill] = []
        for skill in vacancies.essential.row(row) {
            if q.bits.contains(skill) {
                matched.append(ids[Int(skill)])
                continue
            }
            missing.append(ids[Int(skill)])
            if let (closest, similarity) = closestSkill(to: skill, among: q.skills),
                similarity >= MatchFormula.relatedSkillThreshold
            {
                related.append(.init(missingSkill: ids[Int(skill)], relatedSkill: ids[Int(closest)], similarity: similarity))
            }
        }
        return MatchHit(
            id: id, score: score, components: c, matchedSkills: matched, missingSkills: missing, relatedSkills: related)
    }

    /// The skill of `candidates` most similar to `skill` (the first one on a tie).
    func closestSkill(to skill: UInt16, among candidates: [UInt16]) -> (UInt16, Float)? {
        var best: (UInt16, Float)?
        for c in candidates {
            let s = model.similarity(Int(skill), Int(c))
            if best == nil || s > best!.1 { best = (c, s) }
        }
        return best
    }
}
