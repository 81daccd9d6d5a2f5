/// The fused pass of the candidates direction, over graduates: the rules (open to matching, level at least the
/// vacancy's minimum, filters), the exact overlap of the graduate's skills with the vacancy's bitsets, the table
/// look-ups, the heap. In `study` mode the skills component is per programme, computed once per programme before the
/// pass and gathered here.
extension MatchingIndex {
    /// The vacancy side of a candidates query.
    struct VacancyQuery {
        var row: Int
        var essential: SkillBits
        var optional: SkillBits
        var essentialCount: Int
        var optionalCount: Int
        var minLevel: UInt8
        /// State and field codes clamped to the tables' "unknown" entry.
        var state: UInt8
        var field: Int
        var salaryMin: Float
        var salaryMax: Float
    }

    func vacancyQuery(_ row: Int) -> VacancyQuery {
        let n = model.vocabulary.count
        let v = vacancies
        let e = v.essential.row(row)
        let o = v.optional.row(row)
        return VacancyQuery(
            row: row, essential: SkillBits(vocabularySize: n, e), optional: SkillBits(vocabularySize: n, o),
            essentialCount: e.count, optionalCount: o.count, minLevel: v.minLevel[row],
            state: UInt8(min(Int(v.state[row]), LocationTable.size - 1)), field: min(Int(v.field[row]), FieldTable.size - 1),
            salaryMin: v.salaryMin[row], salaryMax: v.salaryMax[row])
    }

    /// What the pass reads for the skills component: per graduate (cosines by graduate row, `skills` mode) or per
    /// programme (`study` mode: the cosine and the skills component of each programme).
    enum SkillSource {
        case graduates(cosines: UnsafePointer<Float>)
        case programmes(cosines: UnsafePointer<Float>, skills: UnsafePointer<Float>)
    }

    func scanCandidates(
        rows: Range<Int>, source: SkillSource, vacancy q: VacancyQuery, filters f: ResolvedFilters, into heap: inout TopK
    ) {
        let w = weights
        let otherMaximum = w.field + w.level + w.location + w.salary
        var graduateCosines: UnsafePointer<Float>?
        var programmeCosines: UnsafePointer<Float>?
        var programmeSkills: UnsafePointer<Float>?
        switch source {
        case .graduates(let cosines): graduateCosines = cosines
        case .programmes(let cosines, let skills): (programmeCosines, programmeSkills) = (cosines, skills)
        }
        let noSkills = MatchFormula.skills(
            essentialMatched: 0, essential: q.essentialCount, optionalMatched: 0, optional: q.optionalCount, cosine: 0,
            weights: w)
        graduates.withColumns { g in
            model.fields.values.withUnsafeBufferPointer { fieldTable in
                location.values.withUnsafeBufferPointer { locationTable in
                    q.essential.words.withUnsafeBufferPointer { essential in
                        q.optional.words.withUnsafeBufferPointer { optional in
                            var threshold = heap.threshold
                            for row in rows {
                                // The skills component (in `study` mode) or its maximum (overlap still to count) bounds
                                // the score with every other component at 1: most rows stop here.
                                var cosine: Float = 0
                                var skills = noSkills
                                if let c = graduateCosines {
                                    cosine = c[row &- rows.lowerBound]
                                    skills = w.exactShare + (1 - w.exactShare) * max(0, cosine)
                                } else if let c = programmeCosines, let s = programmeSkills, g.programme[row] >= 0 {
                                    cosine = c[Int(g.programme[row])]
                                    skills = s[Int(g.programme[row])]
                                }
                                if w.skills * skills + otherMaximum + Self.boundMargin < threshold { continue }
                                let level = g.level[row]
                                if !g.open[row] || level == 0 || level < q.minLevel { continue }
                                let state = g.state[row]
                                let field = g.field[row]
                                if f.state != Codes.unknown && state != f.state { continue }
                                if f.field != Codes.unknown && field != f.field { continue }
                                let fieldValue = fieldTable[min(Int(field), FieldTable.size &- 1) &* FieldTable.size &+ q.field]
                                let levelValue = MatchFormula.level(graduate: level, minimum: q.minLevel)
                                let locationValue = locationTable[
                                    LocationTable.index(graduate: state, vacancy: q.state, relocate: g.relocate[row])]
                                let salary = MatchFormula.salary(expected: g.expectedSalary[row], low: q.salaryMin, high: q.salaryMax)
                                if graduateCosines != nil {
                                    let bound =
                                        MatchFormula.score(
                                            skills: (1 - w.exactShare) * max(0, cosine), field: fieldValue, level: levelValue,
                                            location: locationValue, salary: salary, weights: w) + w.skills * w.exactShare
                                    if bound + Self.boundMargin < threshold { continue }
                                    let (essentialMatched, optionalMatched) = countPresent(
                                        g.skillItems, Int(g.skillOffsets[row])..<Int(g.skillOffsets[row &+ 1]),
                                        in: essential, and: optional)
                                    skills = MatchFormula.skills(
                                        essentialMatched: essentialMatched, essential: q.essentialCount,
                                        optionalMatched: optionalMatched, optional: q.optionalCount, cosine: cosine, weights: w)
                                }
                                let score = MatchFormula.score(
                                    skills: skills, field: fieldValue, level: levelValue, location: locationValue,
                                    salary: salary, weights: w)
                                if score >= threshold {
                                    heap.offer(score: score, row: Int32(row), cosine: cosine)
                                    threshold = heap.threshold
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
