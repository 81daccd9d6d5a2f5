/// Candidates for vacancies: the reverse direction, over the graduate matrix (`skills` mode) or the programme
/// profiles (`study` mode). Only graduates who are open to matching and whose level meets the vacancy's `min_level`
/// are returned.
extension MatchingIndex {
    /// The `k` best candidates for a vacancy.
    public func candidates(
        forVacancy id: String, k: Int, mode: MatchMode = .skills, filters: CandidateFilters = CandidateFilters()
    ) throws(MatchingError) -> [MatchHit] {
        try candidates(forVacancyRows: [vacancyRow(id)], k: k, mode: mode, filters: filters)[0]
    }

    /// The `k` best candidates for each of many vacancies, in input order (`cblas_sgemm` in blocks).
    public func candidates(
        forVacancies ids: [String], k: Int, mode: MatchMode = .skills, filters: CandidateFilters = CandidateFilters()
    ) throws(MatchingError) -> [[MatchHit]] {
        var rows: [Int] = []
        for id in ids { rows.append(try vacancyRow(id)) }
        return try candidates(forVacancyRows: rows, k: k, mode: mode, filters: filters)
    }

    func candidates(
        forVacancyRows rows: [Int], k: Int, mode: MatchMode, filters: CandidateFilters
    ) throws(MatchingError) -> [[MatchHit]] {
        try checkK(k)
        let resolved = try ResolvedFilters(state: filters.state, field: filters.field, minSalary: nil)
        let heaps: [TopK]
        switch mode {
        case .skills where rows.count == 1: heaps = [rankCandidatesSingle(vacancyQuery(rows[0]), k: k, filters: resolved)]
        case .skills: heaps = rankCandidateBlocks(rows.map(vacancyQuery), k: k, filters: resolved)
        case .study: heaps = rows.map { rankCandidatesByStudy(vacancyQuery($0), k: k, filters: resolved) }
        }
        return zip(rows, heaps).map { vacancy, heap in
            heap.sorted().map { entry in
                let graduate = Int(entry.row)
                return hit(
                    id: graduates.table.key(of: graduate), graduate: query(graduate: graduate, mode: mode),
                    vacancy: vacancy, cosine: entry.cosine)
            }
        }
    }

    /// One vacancy: `cblas_sgemv` over the graduate matrix, then the fused pass.
    private func rankCandidatesSingle(_ q: VacancyQuery, k: Int, filters: ResolvedFilters) -> TopK {
        let n = graduates.count
        let d = model.dimension
        var heap = TopK(k: k)
        guard n > 0 else { return heap }
        let vector = Array(vacancies.vectors[(q.row * d)..<((q.row + 1) * d)])
        let cosines = [Float](unsafeUninitializedCapacity: n) { out, initialized in
            graduates.vectors.withUnsafeBufferPointer { m in
                vector.withUnsafeBufferPointer { v in
                    BLASProducts.products(m.baseAddress!, rows: n, dimension: d, query: v.baseAddress!, into: out.baseAddress!)
                }
            }
            initialized = n
        }
        cosines.withUnsafeBufferPointer { c in
            scanCandidates(rows: 0..<n, source: .graduates(cosines: c.baseAddress!), vacancy: q, filters: filters, into: &heap)
        }
        return heap
    }

    /// Many vacancies, `batchQueries` at a time, tile by tile over the graduate matrix with `cblas_sgemm`.
    private func rankCandidateBlocks(_ queries: [VacancyQuery], k: Int, filters: ResolvedFilters) -> [TopK] {
        let n = graduates.count
        let d = model.dimension
        let tile = Self.tileRows
        var heaps: [TopK] = []
        var blockStart = 0
        while blockStart < queries.count {
            let block = Array(queries[blockStart..<min(queries.count, blockStart + Self.batchQueries)])
            let b = block.count
            var blockHeaps = [TopK](repeating: TopK(k: k), count: b)
            guard n > 0 else {
                heaps += blockHeaps
                blockStart += Self.batchQueries
                continue
            }
            let vectors = block.flatMap { vacancies.vectors[($0.row * d)..<(($0.row + 1) * d)] }
            graduates.vectors.withUnsafeBufferPointer { m in
                vectors.withUnsafeBufferPointer { q in
                    BLASProducts.tiles(m.baseAddress!, rows: n, dimension: d, queries: q.baseAddress!, count: b, tileRows: tile) {
                        rows, c in
                        for i in 0..<b {
                            scanCandidates(
                                rows: rows, source: .graduates(cosines: c + i * tile), vacancy: block[i],
                                filters: filters, into: &blockHeaps[i])
                        }
                    }
                }
            }
            heaps += blockHeaps
            blockStart += Self.batchQueries
        }
        return heaps
    }

    /// `study` mode: the cosine and skills component of every programme profile (`cblas_sgemv` over the few
    /// thousand profiles), then the pass over graduates gathers them by programme.
    private func rankCandidatesByStudy(_ q: VacancyQuery, k: Int, filters: ResolvedFilters) -> TopK {
        let profiles = programmeProfiles
        let p = profiles.count
        let d = model.dimension
        var heap = TopK(k: k)
        var cosines = [Float](repeating: 0, count: p)
        if p > 0 {
            let vector = Array(vacancies.vectors[(q.row * d)..<((q.row + 1) * d)])
            profiles.vectors.withUnsafeBufferPointer { m in
                vector.withUnsafeBufferPointer { v in
                    cosines.withUnsafeMutableBufferPointer { out in
                        BLASProducts.products(m.baseAddress!, rows: p, dimension: d, query: v.baseAddress!, into: out.baseAddress!)
                    }
                }
            }
        }
        let skills = (0..<p).map { i in
            let own = profiles.skills.row(i)
            return MatchFormula.skills(
                essentialMatched: own.filter { q.essential.contains($0) }.count, essential: q.essentialCount,
                optionalMatched: own.filter { q.optional.contains($0) }.count, optional: q.optionalCount,
                cosine: cosines[i], weights: weights)
        }
        withBase(cosines) { c in
            withBase(skills) { s in
                scanCandidates(
                    rows: 0..<graduates.count, source: .programmes(cosines: c, skills: s),
                    vacancy: q, filters: filters, into: &heap)
            }
        }
        return heap
    }
}
