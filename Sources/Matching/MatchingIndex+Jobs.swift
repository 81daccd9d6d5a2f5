import TVET

/// Jobs for graduates: one graduate with `cblas_sgemv` over the vacancy matrix, many with `cblas_sgemm` in blocks.
extension MatchingIndex {
    /// Queries per `sgemm` block, and rows per tile: a 256 × 1,024 block of cosines is 1 MB, so it is still in cache
    /// when the fused pass reads it. 256 queries a block amortise OpenBLAS's packing of each tile (d = 48 is a short
    /// inner dimension) four times better than 64 did: 1.7× the batch throughput over the graduate matrix, the same
    /// over the vacancies (benchmarks/RESULTS.md, "Matching").
    static let batchQueries = 256
    static let tileRows = 1024

    /// The `k` best open vacancies for a recorded graduate. Closed vacancies (`closes_on` before `today`) and those
    /// whose `min_level` is above the graduate's level are never returned.
    public func jobs(
        forGraduate id: String, k: Int, today: CivilDate, mode: MatchMode = .skills, filters: JobFilters = JobFilters()
    ) throws(MatchingError) -> [MatchHit] {
        try rankJobs(query(graduate: graduateRow(id), mode: mode), k: k, today: today, filters: filters)
    }

    /// The `k` best open vacancies for an ad-hoc profile (a graduate with no record).
    public func jobs(
        for profile: MatchProfile, k: Int, today: CivilDate, mode: MatchMode = .skills, filters: JobFilters = JobFilters()
    ) throws(MatchingError) -> [MatchHit] {
        try rankJobs(query(profile: profile, mode: mode), k: k, today: today, filters: filters)
    }

    /// The `k` best open vacancies for each of many graduates at once (`cblas_sgemm` in blocks), in input order.
    public func jobs(
        forGraduates ids: [String], k: Int, today: CivilDate, mode: MatchMode = .skills, filters: JobFilters = JobFilters()
    ) throws(MatchingError) -> [[MatchHit]] {
        var rows: [Int] = []
        for id in ids { rows.append(try graduateRow(id)) }
        return try jobs(forGraduateRows: rows, k: k, today: today, mode: mode, filters: filters)
    }

    func jobs(
        forGraduateRows rows: [Int], k: Int, today: CivilDate, mode: MatchMode, filters: JobFilters
    ) throws(MatchingError) -> [[MatchHit]] {
        try checkK(k)
        let rules = JobRules(
            today: Int32(today.daysSinceEpoch),
            filters: try ResolvedFilters(state: filters.state, field: filters.field, minSalary: filters.minSalary))
        var results: [[MatchHit]] = []
        results.reserveCapacity(rows.count)
        var start = 0
        while start < rows.count {
            let block = rows[start..<min(rows.count, start + Self.batchQueries)].map { query(graduate: $0, mode: mode) }
            for (q, heap) in zip(block, rankJobBlock(block, k: k, rules: rules)) {
                results.append(heap.sorted().map { explain(graduate: q, vacancy: Int($0.row), cosine: $0.cosine) })
            }
            start += Self.batchQueries
        }
        return results
    }

    private func rankJobs(
        _ q: GraduateQuery, k: Int, today: CivilDate, filters: JobFilters
    ) throws(MatchingError) -> [MatchHit] {
        try checkK(k)
        let rules = JobRules(
            today: Int32(today.daysSinceEpoch),
            filters: try ResolvedFilters(state: filters.state, field: filters.field, minSalary: filters.minSalary))
        let n = vacancies.count
        let d = model.dimension
        var heap = TopK(k: k)
        guard n > 0 else { return [] }
        let cosines = [Float](unsafeUninitializedCapacity: n) { out, initialized in
            vacancies.vectors.withUnsafeBufferPointer { m in
                q.vector.withUnsafeBufferPointer { v in
                    BLASProducts.products(m.baseAddress!, rows: n, dimension: d, query: v.baseAddress!, into: out.baseAddress!)
                }
            }
            initialized = n
        }
        cosines.withUnsafeBufferPointer { scanJobs(rows: 0..<n, cosines: $0.baseAddress!, query: q, rules: rules, into: &heap) }
        return heap.sorted().map { explain(graduate: q, vacancy: Int($0.row), cosine: $0.cosine) }
    }

    /// One block of queries against every vacancy, tile by tile: `cblas_sgemm` fills the tile's cosines for all the
    /// block's queries, then each query's fused pass reads its row of them.
    private func rankJobBlock(_ block: [GraduateQuery], k: Int, rules: JobRules) -> [TopK] {
        let n = vacancies.count
        let d = model.dimension
        let b = block.count
        var heaps = [TopK](repeating: TopK(k: k), count: b)
        guard n > 0 else { return heaps }
        let queries = block.flatMap(\.vector)
        vacancies.vectors.withUnsafeBufferPointer { m in
            queries.withUnsafeBufferPointer { q in
                BLASProducts.tiles(
                    m.baseAddress!, rows: n, dimension: d, queries: q.baseAddress!, count: b, tileRows: Self.tileRows
                ) { rows, c in
                    for i in 0..<b {
                        scanJobs(rows: rows, cosines: c + i * Self.tileRows, query: block[i], rules: rules, into: &heaps[i])
                    }
                }
            }
        }
        return heaps
    }

    func checkK(_ k: Int) throws(MatchingError) {
        guard (1...1000).contains(k) else { throw .invalidParameter("k must be between 1 and 1000") }
    }
}
