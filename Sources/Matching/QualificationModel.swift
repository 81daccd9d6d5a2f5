import Columnar
import TVET

/// The learned skill embedding: one unit vector of `dimension` Float32 values per skill of the vocabulary (zero for a
/// skill never seen with another), so that related skills score by their cosine and not only when identical.
///
///     let model = try QualificationModel.train(catalog: snapshot, taxonomy: taxonomy, options: .init(trainedOn: today))
///     try model.save(to: "models/matching")
///     let again = try QualificationModel.load(from: "models/matching", taxonomy: taxonomy)
public struct QualificationModel: Sendable {
    public let vocabulary: SkillVocabulary
    public let manifest: ModelManifest
    /// `vocabulary.count × dimension`, row-major.
    public let embedding: [Float]
    /// The field component between every two fields, derived from the embedding.
    let fields: FieldTable

    public var dimension: Int { manifest.dimension }

    /// `taxonomy` gives the field of each skill, from which the field similarity is derived.
    public init(
        taxonomy: SkillTaxonomy, manifest: ModelManifest, embedding: [Float]
    ) throws(MatchingError) {
        let vocabulary = SkillVocabulary(taxonomy: taxonomy)
        guard manifest.dimension > 0, embedding.count == vocabulary.count * manifest.dimension else {
            throw .invalidParameter(
                "an embedding of \(embedding.count) values does not fit \(vocabulary.count) skills × \(manifest.dimension)")
        }
        guard vocabulary.count < Int(SkillLists.unknown) else {
            throw .invalidParameter("a vocabulary of \(vocabulary.count) skills is too large")
        }
        self.vocabulary = vocabulary
        self.manifest = manifest
        self.embedding = embedding
        fields = FieldTable(skillFields: taxonomy.skills.map(\.field), embedding: embedding, dimension: manifest.dimension)
    }

    /// The field component between two fields (`TVETField` raw values); nil for an unknown field.
    public func fieldSimilarity(_ a: String, _ b: String) -> Float? {
        guard let x = Codes.field(a), let y = Codes.field(b) else { return nil }
        return fields.value(x, y)
    }

    /// The embedding row of a skill index.
    public func vector(of skill: Int) -> ArraySlice<Float> { embedding[(skill * dimension)..<((skill + 1) * dimension)] }

    /// Cosine of two skills (0 when either was never seen).
    public func similarity(_ a: Int, _ b: Int) -> Float {
        var s: Float = 0
        let d = dimension
        for k in 0..<d { s += embedding[a * d + k] * embedding[b * d + k] }
        return s
    }

    /// The normalised weighted sum of skill vectors: the qualification vector of a skill list (zero when empty or
    /// when none of the skills was seen in training). `skills` weigh 1, `rest` weigh `restWeight` (a vacancy's
    /// optional skills). Writes `dimension` values into `out`.
    func profileVector(
        _ skills: ArraySlice<UInt16>, rest: ArraySlice<UInt16> = [], restWeight: Float = 1,
        into out: UnsafeMutablePointer<Float>
    ) {
        let d = dimension
        embedding.withUnsafeBufferPointer { e in
            let base = UnsafeRawPointer(e.baseAddress!)
            if d % 16 == 0 {
                addRows16(skills, rest: rest, restWeight: restWeight, embedding: base, into: out)
            } else {
                for k in 0..<d { out[k] = 0 }
                for s in skills {
                    for k in 0..<d { out[k] += e[Int(s) * d + k] }
                }
                for s in rest {
                    for k in 0..<d { out[k] += restWeight * e[Int(s) * d + k] }
                }
            }
        }
        normalize(out, count: d)
    }

    /// The same sum sixteen lanes at a time (a dimension of 48 is three vector registers), accumulated in registers
    /// and stored once: a million graduates' vectors are built in a fraction of a second.
    @inline(__always)
    private func addRows16(
        _ skills: ArraySlice<UInt16>, rest: ArraySlice<UInt16>, restWeight: Float, embedding e: UnsafeRawPointer,
        into out: UnsafeMutablePointer<Float>
    ) {
        let d = dimension
        let stride = MemoryLayout<Float>.stride
        var block = 0
        while block < d {
            var sum = SIMD16<Float>()
            for s in skills { sum += e.loadUnaligned(fromByteOffset: (Int(s) * d + block) * stride, as: SIMD16<Float>.self) }
            for s in rest {
                sum += restWeight * e.loadUnaligned(fromByteOffset: (Int(s) * d + block) * stride, as: SIMD16<Float>.self)
            }
            UnsafeMutableRawPointer(out + block).storeBytes(of: sum, as: SIMD16<Float>.self)
            block += 16
        }
    }
}

/// Scales `count` values to unit length; leaves a zero vector zero.
func normalize(_ v: UnsafeMutablePointer<Float>, count: Int) {
    var norm: Float = 0
    for k in 0..<count { norm += v[k] * v[k] }
    guard norm > 0 else { return }
    let scale = 1 / norm.squareRoot()
    for k in 0..<count { v[k] *= scale }
}
