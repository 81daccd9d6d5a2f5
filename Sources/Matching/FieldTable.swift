/// The field component for every pair of fields: 1 for the same field, otherwise the cosine (clipped at 0) between
/// the two fields' centroids in the skill embedding (the normalised mean of the vectors of the taxonomy's skills of
/// that field). Related fields (electrical and electronics) thus score above unrelated ones (electrical and beauty)
/// without a hand-written table. The last code stands for an unknown field and scores the neutral 0.5.
struct FieldTable: Sendable {
    static let size = Codes.fields.count + 1
    let values: [Float]

    init(skillFields: [String], embedding: [Float], dimension d: Int) {
        let n = Codes.fields.count
        var centroids = [Float](repeating: 0, count: n * d)
        for (skill, field) in skillFields.enumerated() {
            guard let f = Codes.field(field) else { continue }
            for k in 0..<d { centroids[Int(f) * d + k] += embedding[skill * d + k] }
        }
        centroids.withUnsafeMutableBufferPointer { c in
            for f in 0..<n { normalize(c.baseAddress! + f * d, count: d) }
        }
        var v = [Float](repeating: MatchFormula.neutral, count: Self.size * Self.size)
        for a in 0..<n {
            for b in 0..<n {
                var cosine: Float = 0
                for k in 0..<d { cosine += centroids[a * d + k] * centroids[b * d + k] }
                v[a * Self.size + b] = a == b ? 1 : max(0, cosine)
            }
        }
        values = v
    }

    @inline(__always)
    static func index(_ a: UInt8, _ b: UInt8) -> Int { min(Int(a), size - 1) * size + min(Int(b), size - 1) }

    func value(_ a: UInt8, _ b: UInt8) -> Float { values[Self.index(a, b)] }
}
