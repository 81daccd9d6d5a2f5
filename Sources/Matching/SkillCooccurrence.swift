#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Weighted skill co-occurrence over documents (a graduate's skills, a vacancy's essential and optional skills),
/// and its positive pointwise mutual information (PPMI).
///
/// PPMI rather than raw counts: transversal skills appear with everything, so raw counts would make every skill look
/// like them; PMI divides that popularity out, and clipping at zero drops the noisy negative associations.
public struct SkillCooccurrence: Sendable {
    public let size: Int
    /// `size × size`, row-major, symmetric; the diagonal stays zero (a skill does not co-occur with itself).
    public private(set) var counts: [Double]
    public private(set) var documents = 0

    public init(size: Int) {
        self.size = size
        counts = [Double](repeating: 0, count: size * size)
    }

    /// Adds one document: every unordered pair of distinct skills gains `weight(a) · weight(b)`.
    public mutating func add(_ skills: [UInt16], weights: [Double]? = nil) {
        guard skills.count > 1 else { return }
        documents += 1
        counts.withUnsafeMutableBufferPointer { c in
            for i in 0..<skills.count {
                let a = Int(skills[i])
                let wa = weights?[i] ?? 1
                for j in (i + 1)..<skills.count {
                    let b = Int(skills[j])
                    guard a != b else { continue }
                    let w = wa * (weights?[j] ?? 1)
                    c[a * size + b] += w
                    c[b * size + a] += w
                }
            }
        }
    }

    /// `max(0, log(c_ab · T / (r_a · r_b)))` with `r` the row sums and `T` their total; rows of unseen skills are zero.
    public func ppmi() -> [Double] {
        var rowSums = [Double](repeating: 0, count: size)
        for a in 0..<size {
            var s = 0.0
            for b in 0..<size { s += counts[a * size + b] }
            rowSums[a] = s
        }
        let total = rowSums.reduce(0, +)
        var m = [Double](repeating: 0, count: size * size)
        guard total > 0 else { return m }
        for a in 0..<size where rowSums[a] > 0 {
            for b in 0..<size where counts[a * size + b] > 0 {
                m[a * size + b] = max(0, log(counts[a * size + b] * total / (rowSums[a] * rowSums[b])))
            }
        }
        return m
    }

    /// Skills that appear in at least one pair.
    public var seen: [Bool] {
        (0..<size).map { a in (0..<size).contains { counts[a * size + $0] > 0 } }
    }
}
