import Columnar
import TVET

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ranking quality against `MatchingTruth`: Recall@k and NDCG@k with binary relevance, both directions, for the
/// `skills` and `study` modes, each with the exact-overlap-only baseline (`ScoreWeights.exactOverlapOnly`).
public enum MatchingEvaluation {
    public struct Row: Codable, Sendable, Equatable {
        /// `jobs` (vacancies for graduates) or `candidates` (graduates for vacancies).
        public var direction: String
        public var mode: MatchMode
        /// `model` (the published score), `skills_only` (its skills component alone) or `exact_overlap` (the baseline).
        public var scorer: String
        /// Queries with at least one relevant item (the others cannot be scored and are skipped).
        public var queries: Int
        public var recall: Double
        public var ndcg: Double
    }

    public struct Report: Codable, Sendable, Equatable {
        public var k: Int
        public var today: String
        public var rows: [Row]
    }

    /// Evaluates over at most `sampleSize` graduates and `sampleSize` open vacancies, taken at an even stride.
    /// Recall@k = relevant in the top k / min(k, relevant); NDCG@k = Σ 1/log2(rank + 1) over relevant hits divided by
    /// its ideal.
    public static func run(
        index: MatchingIndex, catalog: Catalog, truth: MatchingTruth, today: CivilDate, k: Int = 10, sampleSize: Int = 300
    ) throws(MatchingError) -> Report {
        let relevance = try Relevance(index: index, catalog: catalog, truth: truth, today: Int32(today.daysSinceEpoch))
        let graduates = stride(relevance.graduatesWithTruth(), size: sampleSize)
        let vacancies = stride(FairnessAudit.sampleOpenVacancies(index.vacancies, size: .max, today: relevance.today), size: sampleSize)
        var rows: [Row] = []
        for mode in MatchMode.allCases {
            for (scorer, weights) in Self.scorers(index.weights) {
                let ranked = index.withWeights(weights)
                let jobs = try ranked.jobs(forGraduateRows: graduates, k: k, today: today, mode: mode, filters: JobFilters())
                let jobLists = zip(graduates, jobs).map { g, hits in
                    (
                        relevance.relevantVacancyCount(g),
                        hits.map { relevance.isRelevant(graduate: g, vacancy: ranked.vacancies.table.row(forKey: $0.id) ?? -1) }
                    )
                }
                rows.append(score(direction: "jobs", mode: mode, scorer: scorer, k: k, lists: jobLists))
                let candidates = try ranked.candidates(forVacancyRows: vacancies, k: k, mode: mode, filters: CandidateFilters())
                let candidateLists = zip(vacancies, candidates).map { v, hits in
                    (
                        relevance.relevantGraduateCount(v),
                        hits.map { relevance.isRelevant(graduate: ranked.graduates.table.row(forKey: $0.id) ?? -1, vacancy: v) }
                    )
                }
                rows.append(score(direction: "candidates", mode: mode, scorer: scorer, k: k, lists: candidateLists))
            }
        }
        return Report(k: k, today: today.description, rows: rows)
    }

    /// `model` (the index's weights), `skills_only` (the skills component: overlap and embedding) and the baseline
    /// `exact_overlap`.
    static func scorers(_ weights: ScoreWeights) -> [(String, ScoreWeights)] {
        [("model", weights), ("skills_only", .skillsOnly), ("exact_overlap", .exactOverlapOnly)]
    }

    static func stride(_ rows: [Int], size: Int) -> [Int] {
        guard rows.count > size else { return rows }
        return (0..<size).map { rows[$0 * rows.count / size] }
    }

    /// Mean Recall@k and NDCG@k over the lists with at least one relevant item.
    static func score(direction: String, mode: MatchMode, scorer: String, k: Int, lists: [(Int, [Bool])]) -> Row {
        var recall = 0.0
        var ndcg = 0.0
        var queries = 0
        for (relevantCount, hits) in lists where relevantCount > 0 {
            queries += 1
            let ideal = min(k, relevantCount)
            var found = 0
            var dcg = 0.0
            var idcg = 0.0
            for (rank, relevant) in hits.prefix(k).enumerated() where relevant {
                found += 1
                dcg += 1 / log2(Double(rank + 2))
            }
            for rank in 0..<ideal { idcg += 1 / log2(Double(rank + 2)) }
            recall += Double(found) / Double(ideal)
            ndcg += dcg / idcg
        }
        let n = Double(max(queries, 1))
        return Row(direction: direction, mode: mode, scorer: scorer, queries: queries, recall: recall / n, ndcg: ndcg / n)
    }
}
