// The benchmark program of `make bench` (benchmarks/run.sh), one mode a file:
//
//     dataraya-bench DB QUERIES RUNS                          start-up and dashboard queries (QueryBench.swift)
//     dataraya-bench match VECTORS_DIR RUNS [DB MODELS TODAY]  exact inner-product search and matching (MatchBench.swift)
//
// Each prints JSON for the comparison scripts beside run.sh.
import Foundation

let arguments = CommandLine.arguments
do {
    if arguments.count >= 2 && arguments[1] == "match" {
        try MatchBench.run(Array(arguments.dropFirst(2)))
    } else {
        try QueryBench.run(Array(arguments.dropFirst()))
    }
} catch {
    FileHandle.standardError.write(Data("dataraya-bench: \(error)\n".utf8))
    exit(1)
}
