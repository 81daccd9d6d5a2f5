// The exact inner-product search of Matching (`InnerProductSearch`: the index's BLAS products and top-k heap, without
// the rules) on the exported vectors, for benchmarks/compare_matching.py against FAISS IndexFlatIP and NumPy
// (benchmarks/faiss_peer.py) on the same files and queries:
//
//   * single-query latency over the vacancy matrix (queries: graduate rows 0..<200) and over the graduate matrix
//     (queries: vacancy rows 0..<200), and the BLAS product alone;
//   * batch throughput (2,000 queries at once);
//   * the memory-bandwidth limit: a streaming read of the graduate matrix (larger than the caches) in this process,
//     limit = matrix bytes / bandwidth;
//   * peak RSS (VmHWM) against the raw matrix bytes;
//   * with DB MODELS TODAY, the product's path with every rule: `jobs(forGraduate:)`, `candidates(forVacancy:)`.
//
//     dataraya-bench match VECTORS_DIR RUNS [DB MODELS TODAY]
import CBLAS
import Columnar
import Foundation
import Matching
import Store
import TVET

enum MatchBench {
    static let k = 10
    static let singleQueries = 200
    static let batchQueries = 2_000

    /// A value of /proc/self/status in KiB (VmRSS, VmHWM).
    static func status(_ key: String) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            return Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? .nan
        }
        return .nan
    }

    static func run(_ arguments: [String]) throws {
        guard arguments.count == 2 || arguments.count == 5, let runs = Int(arguments[1]), runs > 0 else {
            usage("dataraya-bench match VECTORS_DIR RUNS [DB MODELS TODAY]")
        }
        let directory = arguments[0]
        let baselineKiB = status("VmRSS")
        let (vacancyShape, vacancies) = try NpyReader.floats(path: directory + "/vacancies.npy")
        let (graduateShape, graduates) = try NpyReader.floats(path: directory + "/graduates.npy")
        let d = vacancyShape[1]
        guard graduateShape.count == 2, graduateShape[1] == d else { usage("vacancies.npy and graduates.npy differ in width") }
        let vacancySearch = InnerProductSearch(matrix: vacancies, rows: vacancyShape[0], dimension: d)
        let graduateSearch = InnerProductSearch(matrix: graduates, rows: graduateShape[0], dimension: d)
        func queries(_ m: [Float], _ count: Int) -> [[Float]] { (0..<count).map { Array(m[($0 * d)..<(($0 + 1) * d)]) } }

        var directions: [[String: Any]] = []
        var sink: Float = 0
        for (name, search, source) in [
            ("jobs", vacancySearch, queries(graduates, batchQueries)),
            ("candidates", graduateSearch, queries(vacancies, batchQueries)),
        ] {
            let single = Array(source.prefix(singleQueries))
            // Warm-up, and the answers to compare.
            let singleTop = single.map { search.top(k: k, query: $0) }
            var perQuery: [Double] = []
            var all: [Double] = []
            for _ in 0..<runs {
                var total = 0.0
                for q in single {
                    let t = milliseconds { sink += search.top(k: k, query: q)[0].score }
                    all.append(t)
                    total += t
                }
                perQuery.append(total / Double(single.count))
            }
            var blas: [Double] = []
            var scores = [Float](repeating: 0, count: search.rows)
            search.matrix.withUnsafeBufferPointer { m in
                for _ in 0..<runs {
                    var total = 0.0
                    for q in single {
                        total += milliseconds {
                            cblas_sgemv(
                                CblasRowMajor, CblasNoTrans, Int32(search.rows), Int32(d), 1, m.baseAddress, Int32(d), q, 1, 0,
                                &scores, 1)
                        }
                        sink += scores[0]
                    }
                    blas.append(total / Double(single.count))
                }
            }
            scores = []
            var batchTop: [[InnerProductSearch.Hit]] = []
            var batch: [Double] = []
            for _ in 0..<runs {
                batch.append(milliseconds { batchTop = search.top(k: k, queries: source) } / 1000)
            }
            let sorted = all.sorted()
            directions.append([
                "name": name, "matrix": name == "jobs" ? "vacancies" : "graduates", "rows": search.rows,
                "queries_from": name == "jobs" ? "graduates" : "vacancies",
                "matrix_bytes": search.rows * d * 4,
                "single_ms": median(perQuery), "single_runs_ms": perQuery,
                "single_p50_ms": sorted[sorted.count / 2], "single_p99_ms": sorted[sorted.count * 99 / 100],
                "blas_only_ms": median(blas), "blas_only_runs_ms": blas,
                "batch_queries": source.count, "batch_seconds": median(batch), "batch_runs_seconds": batch,
                "batch_qps": Double(source.count) / median(batch),
                "single_top": singleTop.map(plain), "batch_top": batchTop.prefix(singleQueries).map(plain),
            ])
        }
        let peakKiB = status("VmHWM")

        // Bandwidth: a streaming read of the graduate matrix (192 MB at 1,000,000 rows, far above the 32 MiB L3) on
        // every core (the BLAS product runs on every core) and on one.
        var twoThreads: [Double] = []
        var oneThread: [Double] = []
        graduates.withUnsafeBufferPointer { buffer in
            let bytes = Double(buffer.count * 4)
            sink += streamSum(buffer.baseAddress!, buffer.count, threads: 2)
            for _ in 0..<(3 * runs) {
                twoThreads.append(bytes / (milliseconds { sink += streamSum(buffer.baseAddress!, buffer.count, threads: 2) } / 1000) / 1e9)
                oneThread.append(bytes / (milliseconds { sink += streamSum(buffer.baseAddress!, buffer.count, threads: 1) } / 1000) / 1e9)
            }
        }
        let bandwidth = median(twoThreads)
        for i in directions.indices {
            let bytes = Double(directions[i]["matrix_bytes"] as! Int)
            directions[i]["bandwidth_limit_ms"] = bytes / (bandwidth * 1e9) * 1000
        }

        var report: [String: Any] = [
            "k": k, "dimension": d, "runs": runs,
            "openblas": [
                "threads": Int(openblas_get_num_threads()), "config": String(cString: openblas_get_config()),
                "core": String(cString: openblas_get_corename()),
            ],
            "directions": directions,
            "bandwidth_gbs": bandwidth, "bandwidth_runs_gbs": twoThreads,
            "bandwidth_one_thread_gbs": median(oneThread),
            "memory": [
                "baseline_rss_mib": baselineKiB / 1024, "peak_rss_mib": peakKiB / 1024,
                "raw_matrix_mib": Double((vacancies.count + graduates.count) * 4) / 1_048_576,
            ],
        ]
        if arguments.count == 5 {
            report["product"] = try productPath(
                db: arguments[2], models: arguments[3], today: arguments[4], runs: runs, vacancies: vacancies,
                graduates: graduates)
        }
        report["sink"] = Double(sink.isFinite ? 0 : 1)
        print(String(decoding: try JSONSerialization.data(withJSONObject: report), as: UTF8.self))
    }

    static func plain(_ hits: [InnerProductSearch.Hit]) -> [[Any]] { hits.map { [$0.row, Double($0.score)] } }

    /// The sum of `count` floats read once, front to back, split between `threads` threads.
    static func streamSum(_ base: UnsafePointer<Float>, _ count: Int, threads: Int) -> Float {
        nonisolated(unsafe) let base = base
        let partial = UnsafeMutablePointer<Float>.allocate(capacity: threads)
        defer { partial.deallocate() }
        nonisolated(unsafe) let out = partial
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            let start = count * t / threads / 64 * 64
            let end = t == threads - 1 ? count : count * (t + 1) / threads / 64 * 64
            let raw = UnsafeRawPointer(base)
            var a = SIMD16<Float>()
            var b = SIMD16<Float>()
            var c = SIMD16<Float>()
            var e = SIMD16<Float>()
            var i = start
            while i + 64 <= end {
                a += raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self)
                b += raw.loadUnaligned(fromByteOffset: (i + 16) * 4, as: SIMD16<Float>.self)
                c += raw.loadUnaligned(fromByteOffset: (i + 32) * 4, as: SIMD16<Float>.self)
                e += raw.loadUnaligned(fromByteOffset: (i + 48) * 4, as: SIMD16<Float>.self)
                i += 64
            }
            var s = (a + b + c + e).sum()
            while i < end {
                s += base[i]
                i += 1
            }
            out[t] = s
        }
        return (0..<threads).reduce(0) { $0 + partial[$1] }
    }

    /// The product's own path with every rule, over an index built from the store (the same vectors as the export).
    static func productPath(
        db: String, models: String, today: String, runs: Int, vacancies: [Float], graduates: [Float]
    ) throws -> [String: Any] {
        var loadSeconds = 0.0
        var catalog = Catalog()
        loadSeconds = try milliseconds { catalog = try DataStore(path: db).loadCatalog() } / 1000
        guard let taxonomyPath = SkillTaxonomy.locateDefault() else { usage("run from the project folder (models/skills.csv)") }
        let model = try QualificationModel.load(from: models, taxonomy: try SkillTaxonomy.load(path: taxonomyPath))
        var index: MatchingIndex?
        let buildSeconds = try milliseconds { index = try MatchingIndex(catalog: catalog, model: model) } / 1000
        guard let index, let day = CivilDate(today) else { usage("TODAY must be YYYY-MM-DD") }
        let graduateIDs = (0..<singleQueries).map(index.graduateID)
        let vacancyIDs = (0..<singleQueries).map(index.vacancyID)
        var sink = 0
        func perQuery(_ body: () throws -> Void) rethrows -> [Double] {
            try body()  // warm-up
            var runsMs: [Double] = []
            for _ in 0..<runs { runsMs.append(try milliseconds(body) / Double(singleQueries)) }
            return runsMs
        }
        let jobs = try perQuery { for id in graduateIDs { sink += try index.jobs(forGraduate: id, k: k, today: day).count } }
        let candidates = try perQuery { for id in vacancyIDs { sink += try index.candidates(forVacancy: id, k: k).count } }
        let study = try perQuery {
            for id in vacancyIDs { sink += try index.candidates(forVacancy: id, k: k, mode: .study).count }
        }
        // The batch paths (sgemm blocks with every rule), at the sizes docs/MATCHING.md reports: per query.
        let batchGraduates = (0..<256).map(index.graduateID)
        let batchVacancies = (0..<64).map(index.vacancyID)
        var jobsBatch: [Double] = []
        var candidatesBatch: [Double] = []
        for _ in 0..<runs {
            jobsBatch.append(try milliseconds { sink += try index.jobs(forGraduates: batchGraduates, k: k, today: day).count } / 256)
            candidatesBatch.append(try milliseconds { sink += try index.candidates(forVacancies: batchVacancies, k: k).count } / 64)
        }
        return [
            "jobs_batch_256_ms": median(jobsBatch), "candidates_batch_64_ms": median(candidatesBatch),
            "store_load_seconds": loadSeconds, "index_build_seconds": buildSeconds,
            "vectors_equal_export": index.vacancies.vectors == vacancies && index.graduates.vectors == graduates,
            "jobs_ms": median(jobs), "jobs_runs_ms": jobs,
            "candidates_ms": median(candidates), "candidates_runs_ms": candidates,
            "candidates_study_ms": median(study), "candidates_study_runs_ms": study,
            "hits": sink, "peak_rss_mib": status("VmHWM") / 1024,
        ]
    }
}
