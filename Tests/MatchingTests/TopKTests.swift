import Testing

@testable import Matching

/// Partial selection keeps exactly what a full sort would put first, ties by row.
@Suite struct TopKTests {
    @Test(arguments: [1, 3, 10, 64])
    func keepsTheBestRowsInOrder(k: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(k)
        var scores: [Float] = []
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            scores.append(Float(state >> 54) / 16)  // few distinct values: many ties
        }
        var heap = TopK(k: k)
        for (row, s) in scores.enumerated() { heap.offer(score: s, row: Int32(row), cosine: 0) }
        let expected = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(k)
        #expect(heap.sorted().map { Int($0.row) } == Array(expected))
    }
}
