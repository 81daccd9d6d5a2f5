import CBLAS
import Testing

/// The system BLAS and LAPACK are linked and compute what they should.
@Suite struct CBLASTests {
    @Test func sgemvMultipliesARowMajorMatrixByAVector() {
        // A = [[1, 2, 3], [4, 5, 6]], x = [1, 0, -1]  →  A·x = [-2, -2]; with alpha 2 and beta 1 over y = [1, 1]: [-3, -3].
        let a: [Float] = [1, 2, 3, 4, 5, 6]
        let x: [Float] = [1, 0, -1]
        var y: [Float] = [1, 1]
        cblas_sgemv(CblasRowMajor, CblasNoTrans, 2, 3, 2, a, 3, x, 1, 1, &y, 1)
        #expect(y == [-3, -3])
    }

    @Test func dgelsSolvesALeastSquaresLine() {
        // Fit y = b0 + b1·t through (0, 1), (1, 3), (2, 5), (3, 7.5): normal equations give b0 = 0.9, b1 = 2.15.
        var design: [Double] = [1, 0, 1, 1, 1, 2, 1, 3]  // row-major 4×2
        var rhs: [Double] = [1, 3, 5, 7.5]  // 4×1
        let info = LAPACKE_dgels(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "N")), 4, 2, 1, &design, 2, &rhs, 1)
        #expect(info == 0)
        #expect(abs(rhs[0] - 0.9) < 1e-12)
        #expect(abs(rhs[1] - 2.15) < 1e-12)
    }
}
