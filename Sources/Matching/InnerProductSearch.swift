import CBLAS

/// Exact maximum-inner-product search over a row-major Float32 matrix (`rows × dimension`): the BLAS products and the
/// bounded heap of the index (`MatchingIndex` ranks with the same `BLASProducts` kernels and the same `TopK`), without
/// the matching rules, so that the kernel can be measured against other exact searches (FAISS `IndexFlatIP`, NumPy)
/// on the same vectors.
///
/// One query: `cblas_sgemv` fills the scores of every row, then one pass offers them to the heap, sixteen at a time
/// past a threshold test. Many queries: `cblas_sgemm` in blocks of `MatchingIndex.batchQueries` queries and tiles of
/// `MatchingIndex.tileRows` rows, each tile's scores read while they are still in cache. Better = higher score, then
/// lower row.
///
///     let search = InnerProductSearch(matrix: vectors, rows: n, dimension: 48)
///     let hits = search.top(k: 10, query: q)   // [(row, score)], best first
public struct InnerProductSearch: Sendable {
    public struct Hit: Equatable, Sendable {
        public let row: Int
        public let score: Float

        public init(row: Int, score: Float) {
            self.row = row
            self.score = score
        }
    }

    public let matrix: [Float]
    public let rows: Int
    public let dimension: Int

    /// `matrix` holds `rows × dimension` values, row after row; it is shared, not copied.
    public init(matrix: [Float], rows: Int, dimension: Int) {
        precondition(rows >= 0 && dimension > 0 && matrix.count == rows * dimension, "matrix is not rows × dimension")
        precondition(rows <= Int(Int32.max), "too many rows")
        self.matrix = matrix
        self.rows = rows
        self.dimension = dimension
    }

    /// The `k` rows with the largest inner product with `query` (`dimension` values), best first.
    public func top(k: Int, query: [Float]) -> [Hit] {
        precondition(query.count == dimension, "query is not of the matrix's dimension")
        guard k > 0, rows > 0 else { return [] }
        var heap = TopK(k: k)
        let scores = [Float](unsafeUninitializedCapacity: rows) { out, initialized in
            matrix.withUnsafeBufferPointer { m in
                query.withUnsafeBufferPointer { q in
                    BLASProducts.products(m.baseAddress!, rows: rows, dimension: dimension, query: q.baseAddress!, into: out.baseAddress!)
                }
            }
            initialized = rows
        }
        scores.withUnsafeBufferPointer { Self.select($0.baseAddress!, rows: 0..<rows, into: &heap) }
        return heap.sorted().map { Hit(row: Int($0.row), score: $0.score) }
    }

    /// The `k` best rows for each of `queries` (each of `dimension` values), in input order.
    public func top(k: Int, queries: [[Float]]) -> [[Hit]] {
        guard k > 0, rows > 0 else { return queries.map { _ in [] } }
        var results: [[Hit]] = []
        results.reserveCapacity(queries.count)
        var blockStart = 0
        while blockStart < queries.count {
            let block = queries[blockStart..<min(queries.count, blockStart + MatchingIndex.batchQueries)]
            var vectors: [Float] = []
            vectors.reserveCapacity(block.count * dimension)
            for q in block {
                precondition(q.count == dimension, "query is not of the matrix's dimension")
                vectors += q
            }
            var heaps = [TopK](repeating: TopK(k: k), count: block.count)
            matrix.withUnsafeBufferPointer { m in
                vectors.withUnsafeBufferPointer { q in
                    BLASProducts.tiles(
                        m.baseAddress!, rows: rows, dimension: dimension, queries: q.baseAddress!, count: block.count,
                        tileRows: MatchingIndex.tileRows
                    ) { tile, scores in
                        for i in 0..<heaps.count {
                            Self.select(scores + i * MatchingIndex.tileRows, rows: tile, into: &heaps[i])
                        }
                    }
                }
            }
            results += heaps.map { $0.sorted().map { Hit(row: Int($0.row), score: $0.score) } }
            blockStart += MatchingIndex.batchQueries
        }
        return results
    }

    /// Offers rows `rows` to the heap, `scores[i]` being row `rows.lowerBound + i`'s. The rows come in ascending order,
    /// so once the heap is full only a score above its threshold can enter (an equal score has a higher row), and a
    /// block of sixteen whose largest score does not pass is skipped whole.
    static func select(_ scores: UnsafePointer<Float>, rows: Range<Int>, into heap: inout TopK) {
        let block = CosineGate.block
        var threshold = heap.threshold
        var start = rows.lowerBound
        while start < rows.upperBound {
            let end = min(start &+ block, rows.upperBound)
            let s = scores + (start &- rows.lowerBound)
            if end &- start == block {
                var largest = s[0]
                for i in 1..<block { largest = max(largest, s[i]) }
                if largest <= threshold && heap.entries.count == heap.k {
                    start = end
                    continue
                }
            }
            for row in start..<end {
                let score = s[row &- start]
                if score > threshold || heap.entries.count < heap.k {
                    heap.offer(score: score, row: Int32(row), cosine: score)
                    threshold = heap.threshold
                }
            }
            start = end
        }
    }
}

/// The BLAS products behind every ranking: one query against a matrix (`cblas_sgemv`), or a block of queries against
/// it tile by tile (`cblas_sgemm`). `MatchingIndex` and `InnerProductSearch` both rank through these.
enum BLASProducts {
    /// `out[i] = matrix[i] · query` for every row `i`.
    @inline(__always)
    static func products(
        _ matrix: UnsafePointer<Float>, rows: Int, dimension d: Int, query: UnsafePointer<Float>,
        into out: UnsafeMutablePointer<Float>
    ) {
        cblas_sgemv(CblasRowMajor, CblasNoTrans, Int32(rows), Int32(d), 1, matrix, Int32(d), query, 1, 0, out, 1)
    }

    /// For each tile of `tileRows` rows, the products of the `count` queries (row-major, `count × dimension`) with
    /// the tile's rows; `body(rows, scores)` then reads query `i`'s score of row `rows.lowerBound + j` at
    /// `scores[i * tileRows + j]`.
    static func tiles(
        _ matrix: UnsafePointer<Float>, rows: Int, dimension d: Int, queries: UnsafePointer<Float>, count b: Int,
        tileRows tile: Int, body: (Range<Int>, UnsafePointer<Float>) -> Void
    ) {
        guard b > 0 else { return }
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: b * tile)
        defer { scores.deallocate() }
        var start = 0
        while start < rows {
            let range = start..<min(rows, start + tile)
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, Int32(b), Int32(range.count), Int32(d), 1, queries, Int32(d),
                matrix + range.lowerBound * d, Int32(d), 0, scores, Int32(tile))
            body(range, scores)
            start += tile
        }
    }
}
