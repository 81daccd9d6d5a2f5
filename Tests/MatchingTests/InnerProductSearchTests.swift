import Foundation
import Matching
import TestSupport
import Testing

/// The exact inner-product search (the index's BLAS products and heap, without the rules) returns what a brute-force
/// loop and a full sort return: the same rows in the same order, ties by lower row, and the same scores.
@Suite struct InnerProductSearchTests {
    /// Rows across several sgemm tiles (1,024 rows) and a ragged last block of sixteen; the batch's queries across
    /// two sgemm blocks (256 queries).
    static let rows = 9_001
    static let dimension = 48

    /// A generator of reproducible values.
    struct Values {
        var state: UInt64

        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }

        /// Multiples of 1/8 in [-1, 1]: every product and sum of 48 of them is exact in Float, whatever the order of
        /// summation, so the kernel and the loop agree bit for bit and ties are real ties.
        mutating func eighth() -> Float { Float(Int(next() % 17) - 8) / 8 }

        mutating func uniform() -> Float { Float(next() % 1_000_000) / 500_000 - 1 }
    }

    /// A matrix with many repeated rows (exact ties in every ranking).
    static func exactMatrix() -> [Float] {
        var values = Values(state: 7)
        let distinct = (0..<400).map { _ in (0..<dimension).map { _ in values.eighth() } }
        var matrix: [Float] = []
        for _ in 0..<rows { matrix += distinct[Int(values.next() % 400)] }
        return matrix
    }

    static func bruteForce(_ matrix: [Float], _ query: [Float], k: Int) -> [InnerProductSearch.Hit] {
        let scores = (0..<(matrix.count / query.count)).map { row in
            var s: Double = 0
            for j in 0..<query.count { s += Double(matrix[row * query.count + j]) * Double(query[j]) }
            return s
        }
        return scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(k).map {
            InnerProductSearch.Hit(row: $0, score: Float(scores[$0]))
        }
    }

    @Test(arguments: [1, 10, 100])
    func oneQueryMatchesBruteForceWithTiesByRow(k: Int) {
        let matrix = Self.exactMatrix()
        let search = InnerProductSearch(matrix: matrix, rows: Self.rows, dimension: Self.dimension)
        var values = Values(state: 11 &* UInt64(k))
        for _ in 0..<20 {
            let query = (0..<Self.dimension).map { _ in values.eighth() }
            let expected = Self.bruteForce(matrix, query, k: k)
            let found = search.top(k: k, query: query)
            #expect(found == expected)
            #expect(Set(found.map(\.score)).count < k || k == 1)  // the data does hold ties
        }
    }

    @Test(arguments: [1, 10])
    func batchMatchesOneQueryAndBruteForce(k: Int) {
        let matrix = Self.exactMatrix()
        let search = InnerProductSearch(matrix: matrix, rows: Self.rows, dimension: Self.dimension)
        var values = Values(state: 13)
        let queries = (0..<270).map { _ in (0..<Self.dimension).map { _ in values.eighth() } }
        let batch = search.top(k: k, queries: queries)
        #expect(batch.count == queries.count)
        for (query, hits) in zip(queries, batch) {
            #expect(hits == Self.bruteForce(matrix, query, k: k))
            #expect(hits == search.top(k: k, query: query))
        }
    }

    /// Arbitrary floats: scores within Float rounding of the Double loop, rows in its order except where two scores
    /// are equal within that rounding.
    @Test func arbitraryValuesAgreeWithinRounding() {
        var values = Values(state: 17)
        let rows = 5_000
        let matrix = (0..<(rows * Self.dimension)).map { _ in values.uniform() }
        let search = InnerProductSearch(matrix: matrix, rows: rows, dimension: Self.dimension)
        let queries = (0..<70).map { _ in (0..<Self.dimension).map { _ in values.uniform() } }
        let batch = search.top(k: 10, queries: queries)
        for (query, hits) in zip(queries, batch) {
            let expected = Self.bruteForce(matrix, query, k: 10)
            for (found, wanted) in zip([search.top(k: 10, query: query), hits], [expected, expected]) {
                #expect(found.count == 10)
                for (a, b) in zip(found, wanted) {
                    #expect(abs(a.score - b.score) <= 1e-4)
                    #expect(a.row == b.row || abs(a.score - b.score) <= 1e-5)
                }
            }
        }
    }

    @Test func edgeCases() {
        let search = InnerProductSearch(matrix: [1, 0, 0, 1, 1, 1], rows: 3, dimension: 2)
        #expect(search.top(k: 5, query: [1, 0]) == [.init(row: 0, score: 1), .init(row: 2, score: 1), .init(row: 1, score: 0)])
        #expect(search.top(k: 0, query: [1, 0]).isEmpty)
        #expect(search.top(k: 1, queries: []).isEmpty)
        let empty = InnerProductSearch(matrix: [], rows: 0, dimension: 2)
        #expect(empty.top(k: 3, query: [1, 1]).isEmpty)
        #expect(empty.top(k: 3, queries: [[1, 1]]) == [[]])
    }

    /// What `NpyWriter` writes, `NpyReader` reads back bit for bit; other dtypes and truncated files are refused.
    @Test func npyRoundTrip() throws {
        let directory = try ProjectFiles.temporaryDirectory()
        let values: [Float] = [1.5, -2, .pi, 0, 7, 1e-7]
        try NpyWriter.write(values, shape: [3, 2], to: directory + "/m.npy")
        let read = try NpyReader.floats(path: directory + "/m.npy")
        #expect(read.shape == [3, 2])
        #expect(read.values.map(\.bitPattern) == values.map(\.bitPattern))
        try NpyWriter.write([Int32(1), 2], shape: [2], to: directory + "/i.npy")
        #expect(throws: MatchingError.self) { try NpyReader.floats(path: directory + "/i.npy") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: directory + "/m.npy"))
        try bytes.dropLast(4).write(to: URL(fileURLWithPath: directory + "/short.npy"))
        #expect(throws: MatchingError.self) { try NpyReader.floats(path: directory + "/short.npy") }
        try (bytes + [0, 0, 0, 0]).write(to: URL(fileURLWithPath: directory + "/long.npy"))
        #expect(throws: MatchingError.self) { try NpyReader.floats(path: directory + "/long.npy") }
        #expect(throws: MatchingError.self) { try NpyReader.floats(path: directory + "/missing.npy") }
    }
}
