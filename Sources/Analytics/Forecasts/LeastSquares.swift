import CBLAS

/// Ordinary least squares through LAPACKE: coefficients by `dgels` (QR), and (X'X)⁻¹ by Cholesky (`dpotrf`,
/// `dpotri`) for the variance of predictions.
struct LeastSquares: Sendable {
    let coefficients: [Double]
    /// Residual sum of squares.
    let residualSumOfSquares: Double
    /// (X'X)⁻¹, row-major p × p.
    let inverseGram: [Double]
    let observations: Int

    var parameters: Int { coefficients.count }

    /// Residual variance σ² = RSS / (n − p), or nil without spare observations.
    var residualVariance: Double? {
        observations > parameters ? residualSumOfSquares / Double(observations - parameters) : nil
    }

    /// Fits `y ≈ X·β` for a row-major design `rows` (n rows of p values), n ≥ p, X of full column rank.
    init(design rows: [[Double]], response y: [Double]) throws(AnalyticsError) {
        let n = rows.count
        let p = rows.first?.count ?? 0
        guard n >= p, p > 0, y.count == n else {
            throw AnalyticsError.insufficientData(figure: "forecasts", reason: "\(n) observations for \(p) parameters")
        }
        var a = rows.flatMap { $0 }
        var b = y
        let info = LAPACKE_dgels(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "N")), Int32(n), Int32(p), 1, &a, Int32(p), &b, 1)
        guard info == 0 else {
            throw AnalyticsError.insufficientData(figure: "forecasts", reason: "the design matrix is rank-deficient")
        }
        coefficients = Array(b[0..<p])
        residualSumOfSquares = b[p..<n].reduce(0) { $0 + $1 * $1 }
        observations = n
        var gram = [Double](repeating: 0, count: p * p)
        let flat = rows.flatMap { $0 }
        cblas_dgemm(
            CblasRowMajor, CblasTrans, CblasNoTrans, Int32(p), Int32(p), Int32(n), 1, flat, Int32(p), flat, Int32(p), 0, &gram, Int32(p))
        let upper = Int8(UInt8(ascii: "U"))
        guard LAPACKE_dpotrf(LAPACK_ROW_MAJOR, upper, Int32(p), &gram, Int32(p)) == 0,
            LAPACKE_dpotri(LAPACK_ROW_MAJOR, upper, Int32(p), &gram, Int32(p)) == 0
        else {
            throw AnalyticsError.insufficientData(figure: "forecasts", reason: "X'X is not invertible")
        }
        for row in 0..<p { for column in 0..<row { gram[row * p + column] = gram[column * p + row] } }
        inverseGram = gram
    }

    /// x'β for a design row x.
    func predict(_ x: [Double]) -> Double { zip(x, coefficients).reduce(0) { $0 + $1.0 * $1.1 } }

    /// x'(X'X)⁻¹x: how far x lies from the data, in units of the residual variance.
    func leverage(_ x: [Double]) -> Double {
        var total = 0.0
        for row in 0..<parameters {
            for column in 0..<parameters { total += x[row] * inverseGram[row * parameters + column] * x[column] }
        }
        return total
    }
}
