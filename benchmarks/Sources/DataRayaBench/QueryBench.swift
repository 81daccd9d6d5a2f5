// Times DataRaya's start-up from its SQLite store and the dashboard queries of benchmarks/queries.json, through the
// path a user's request takes (JSON text → query → engine → JSON text). Prints JSON for benchmarks/compare.py.
//
//     dataraya-bench DB QUERIES RUNS
import Columnar
import Foundation
import Server
import Store

#if canImport(Glibc)
    import Glibc
#endif

struct BenchQuery: Decodable {
    let name: String
    let query: JSONValue
}

enum QueryBench {
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 3, let runs = Int(arguments[2]), runs > 0 else { usage("dataraya-bench DB QUERIES RUNS") }
        let store = try DataStore(path: arguments[0])
        var catalog = Catalog()
        var loads: [Double] = []
        for _ in 0..<runs {
            catalog = Catalog()
            loads.append(try milliseconds { catalog = try store.loadCatalog() } / 1000)
        }
        let queries = try JSONDecoder().decode([BenchQuery].self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
        var results: [[String: Any]] = []
        for benchQuery in queries {
            let text = try JSONEncoder().encode(benchQuery.query)
            var timings: [Double] = []
            var output = ""
            for _ in 0..<runs {
                timings.append(try milliseconds {
                    let query = try JSONDecoder().decode(Query.self, from: text)
                    output = try catalog.execute(query).jsonString()
                })
            }
            let rows = (try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any])["rows"]!
            results.append(["name": benchQuery.name, "median_ms": median(timings), "runs_ms": timings, "rows": rows])
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let report: [String: Any] = [
            "load_seconds": median(loads), "load_runs_seconds": loads, "queries": results,
            "peak_rss_mib": Double(usage.ru_maxrss) / 1024,
        ]
        print(String(decoding: try JSONSerialization.data(withJSONObject: report), as: UTF8.self))
    }
}
