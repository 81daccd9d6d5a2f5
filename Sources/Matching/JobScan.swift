/// The fused pass of the jobs direction: after one BLAS product has put every vacancy's cosine with the graduate in
/// a contiguous buffer, one loop over the vacancies applies the hard rules and filters, adds the table look-ups, and
/// offers the score to the top-k heap. No allocation, no string, no bounds check.
///
/// Two bounds keep most rows cheap: the cosine alone (`CosineGate`, sixteen rows at a time), then the score with the
/// exact overlap at its maximum, before the walk over the vacancy's skill list. Each is exact arithmetic on the same
/// terms plus a margin well above Float rounding, so no row that could enter the top k is ever dropped.
extension MatchingIndex {
    struct JobRules {
        var today: Int32
        var filters: ResolvedFilters
    }

    static let boundMargin: Float = 1e-5

    /// Scans vacancy rows `rows`; `cosines[i]` belongs to row `rows.lowerBound + i`.
    func scanJobs(
        rows: Range<Int>, cosines: UnsafePointer<Float>, query q: GraduateQuery, rules: JobRules, into heap: inout TopK
    ) {
        vacancies.withColumns { v in
            model.fields.values.withUnsafeBufferPointer { fieldTable in
                location.values.withUnsafeBufferPointer { locationTable in
                    q.bits.words.withUnsafeBufferPointer { bits in
                        let pair = JobPair(
                            v: v, fieldTable: fieldTable, locationTable: locationTable, bits: bits, query: q,
                            rules: rules, weights: weights)
                        pair.scan(rows: rows, cosines: cosines, into: &heap)
                    }
                }
            }
        }
    }
}

/// One graduate against one vacancy row, inside the scan: the rules, then the score, or nil when the row breaks a
/// rule or cannot reach `threshold`.
struct JobPair {
    let v: VacancyPointers
    let fieldTable: UnsafeBufferPointer<Float>
    let locationTable: UnsafeBufferPointer<Float>
    let bits: UnsafeBufferPointer<UInt64>
    let q: GraduateQuery
    let today: Int32
    let f: ResolvedFilters
    let w: ScoreWeights
    let fieldBase: Int
    let locationBase: Int

    init(
        v: VacancyPointers, fieldTable: UnsafeBufferPointer<Float>, locationTable: UnsafeBufferPointer<Float>,
        bits: UnsafeBufferPointer<UInt64>, query: GraduateQuery, rules: MatchingIndex.JobRules, weights: ScoreWeights
    ) {
        self.v = v
        self.fieldTable = fieldTable
        self.locationTable = locationTable
        self.bits = bits
        q = query
        today = rules.today
        f = rules.filters
        w = weights
        fieldBase = FieldTable.index(query.field, 0)
        locationBase = LocationTable.index(graduate: query.state, vacancy: 0, relocate: query.relocate)
    }

    /// The blocked loop, in a method of its own so that the heap is a plain `inout` parameter here (a variable
    /// captured by the closures around it would be checked for exclusive access on every use).
    func scan(rows: Range<Int>, cosines: UnsafePointer<Float>, into heap: inout TopK) {
        var gate = CosineGate(weights: w, threshold: heap.threshold)
        var start = rows.lowerBound
        while start < rows.upperBound {
            let end = gate.blockEnd(start, rows: rows, cosines: cosines)
            if end < 0 {
                start &+= CosineGate.block
                continue
            }
            for row in start..<end {
                let cosine = cosines[row &- rows.lowerBound]
                guard cosine >= gate.limit, let score = score(row: row, cosine: cosine, threshold: heap.threshold) else {
                    continue
                }
                heap.offer(score: score, row: Int32(row), cosine: cosine)
                gate = CosineGate(weights: w, threshold: heap.threshold)
            }
            start = end
        }
    }

    @inline(__always)
    func score(row: Int, cosine: Float, threshold: Float) -> Float? {
        if v.closesOn[row] < today { return nil }
        let minLevel = v.minLevel[row]
        if q.level != 0 && minLevel > q.level { return nil }
        let state = v.state[row]
        let field = v.field[row]
        let salaryMax = v.salaryMax[row]
        if f.state != Codes.unknown && state != f.state { return nil }
        if f.field != Codes.unknown && field != f.field { return nil }
        if salaryMax < f.minSalary { return nil }
        let fieldValue = fieldTable[fieldBase &+ min(Int(field), FieldTable.size &- 1)]
        let level = MatchFormula.level(graduate: q.level, minimum: minLevel)
        let locationValue = locationTable[locationBase &+ min(Int(state), LocationTable.size &- 1)]
        let salary = MatchFormula.salary(expected: q.expectedSalary, low: v.salaryMin[row], high: salaryMax)
        let bound =
            MatchFormula.score(
                skills: (1 - w.exactShare) * max(0, cosine), field: fieldValue, level: level, location: locationValue,
                salary: salary, weights: w) + w.skills * w.exactShare
        if bound + MatchingIndex.boundMargin < threshold { return nil }
        let essential = Int(v.essentialOffsets[row])..<Int(v.essentialOffsets[row &+ 1])
        let optional = Int(v.optionalOffsets[row])..<Int(v.optionalOffsets[row &+ 1])
        let skills = MatchFormula.skills(
            essentialMatched: countPresent(v.essentialItems, essential, in: bits), essential: essential.count,
            optionalMatched: countPresent(v.optionalItems, optional, in: bits), optional: optional.count,
            cosine: cosine, weights: w)
        let score = MatchFormula.score(
            skills: skills, field: fieldValue, level: level, location: locationValue, salary: salary, weights: w)
        return score >= threshold ? score : nil
    }
}
