/// The smallest embedding cosine with which a row could still reach the heap's threshold, every other part of the
/// score taken at its maximum (exact overlap and the four other components at 1).
///
/// The scans test it first, sixteen cosines at a time: once the heap holds good matches, whole blocks of rows are
/// passed over without reading any of their per-row arrays. It never passes over a row that could enter the top k:
/// the limit is lowered by the bound margin and a little more.
struct CosineGate {
    static let block = 16
    /// Rows whose cosine is below this cannot reach the threshold.
    let limit: Float

    init(weights w: ScoreWeights, threshold: Float) {
        let slope = w.skills * (1 - w.exactShare)
        let constant = w.skills * w.exactShare + w.field + w.level + w.location + w.salary + MatchingIndex.boundMargin
        guard slope > 0 else {
            // The score does not depend on the cosine: every row or none can reach the threshold.
            limit = constant < threshold ? .infinity : -.infinity
            return
        }
        let needed = (threshold - constant) / slope
        limit = needed > 0 ? needed - 1e-6 : -.infinity
    }

    /// -1 when the whole block of `block` rows from `start` is below the limit (skip it); else the end of the rows
    /// to visit one by one (the block, or what is left of `rows`).
    @inline(__always)
    func blockEnd(_ start: Int, rows: Range<Int>, cosines: UnsafePointer<Float>) -> Int {
        let end = start &+ Self.block
        guard end <= rows.upperBound else { return rows.upperBound }
        let block = cosines + (start &- rows.lowerBound)
        var largest = block[0]
        for i in 1..<Self.block { largest = max(largest, block[i]) }
        return largest >= limit ? end : -1
    }
}
