import CBLAS

/// The largest eigenpairs of a real symmetric matrix, through LAPACKE's `dsyevr` (relatively robust representations:
/// it computes only the requested eigenvectors, so a 493 × 493 PPMI matrix truncated to 48 dimensions takes
/// milliseconds).
public struct SymmetricEigen: Sendable {
    /// Descending.
    public let values: [Double]
    /// `n × count`, row-major: column `k` is the unit eigenvector of `values[k]`.
    public let vectors: [Double]
    public let n: Int

    public var count: Int { values.count }

    /// The `count` largest eigenpairs of the `n × n` row-major symmetric `matrix` (its upper triangle is read).
    public init(largest count: Int, of matrix: [Double], n: Int) throws(MatchingError) {
        guard n > 0, count > 0, count <= n, matrix.count == n * n else {
            throw .training("cannot take \(count) eigenpairs of a \(n) × \(n) matrix")
        }
        var a = matrix
        var found: Int32 = 0
        var w = [Double](repeating: 0, count: n)
        var z = [Double](repeating: 0, count: n * count)
        var support = [Int32](repeating: 0, count: 2 * count)
        let info = LAPACKE_dsyevr(
            LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "I")), Int8(UInt8(ascii: "U")),
            Int32(n), &a, Int32(n), 0, 0, Int32(n - count + 1), Int32(n), 0, &found, &w, &z, Int32(count), &support)
        guard info == 0, Int(found) == count else {
            throw .training("LAPACKE_dsyevr failed (info \(info), \(found) of \(count) eigenpairs)")
        }
        // dsyevr returns ascending eigenvalues; keep the largest first.
        self.n = n
        values = (0..<count).map { w[count - 1 - $0] }
        var ordered = [Double](repeating: 0, count: n * count)
        for row in 0..<n {
            for k in 0..<count { ordered[row * count + k] = z[row * count + (count - 1 - k)] }
        }
        vectors = ordered
    }
}
