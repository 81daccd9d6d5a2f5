/// The weights of the match score (models/README.md, "Score"): `score = Σ weight · component`, the five weights
/// summing to 1 so that the score is in [0, 1] like every component.
public struct ScoreWeights: Sendable, Equatable, Codable {
    public var skills: Float
    public var field: Float
    public var level: Float
    public var location: Float
    public var salary: Float
    /// Share of the exact overlap inside the skills component; the rest is the embedding cosine (clipped at 0).
    public var exactShare: Float
    /// Weight of an optional skill against an essential one in the exact overlap.
    public var optionalSkillWeight: Float

    public init(
        skills: Float, field: Float, level: Float, location: Float, salary: Float, exactShare: Float,
        optionalSkillWeight: Float
    ) {
        self.skills = skills
        self.field = field
        self.level = level
        self.location = location
        self.salary = salary
        self.exactShare = exactShare
        self.optionalSkillWeight = optionalSkillWeight
    }

    /// The published weights.
    public static let standard = ScoreWeights(
        skills: 0.45, field: 0.15, level: 0.15, location: 0.15, salary: 0.10, exactShare: 0.5, optionalSkillWeight: 0.5)

    /// The skills component alone (exact overlap and embedding), to measure what the embedding adds to the overlap.
    public static let skillsOnly = ScoreWeights(
        skills: 1, field: 0, level: 0, location: 0, salary: 0, exactShare: 0.5, optionalSkillWeight: 0.5)

    /// The evaluation's baseline: exact skill overlap only, as systems without a skill model rank.
    public static let exactOverlapOnly = ScoreWeights(
        skills: 1, field: 0, level: 0, location: 0, salary: 0, exactShare: 1, optionalSkillWeight: 0.5)

    enum CodingKeys: String, CodingKey {
        case skills, field, level, location, salary
        case exactShare = "exact_share"
        case optionalSkillWeight = "optional_skill_weight"
    }
}

/// The components of the score (models/README.md). Every one is in [0, 1]; a value the profile does not give
/// (an ad-hoc profile without a level, state, field or salary) scores the neutral 0.5.
public enum MatchFormula {
    public static let neutral: Float = 0.5
    /// Location when the states differ and the graduate is willing to relocate.
    public static let relocating: Float = 0.7
    /// Location when the states differ, the graduate is not willing to relocate, and both are on the same side of
    /// the South China Sea (Peninsular Malaysia, or Sabah, Sarawak and Labuan).
    public static let sameRegion: Float = 0.3
    /// A missing essential skill is reported as related to the graduate's closest skill at this cosine or above.
    public static let relatedSkillThreshold: Float = 0.5

    /// `exactShare · exact + (1 − exactShare) · max(0, cosine)`, with
    /// `exact = (essential matched + w_o · optional matched) / (essential + w_o · optional)` (0 for no skills).
    @inline(__always)
    public static func skills(
        essentialMatched: Int, essential: Int, optionalMatched: Int, optional: Int, cosine: Float, weights: ScoreWeights
    ) -> Float {
        let wanted = Float(essential) + weights.optionalSkillWeight * Float(optional)
        let exact = wanted > 0 ? (Float(essentialMatched) + weights.optionalSkillWeight * Float(optionalMatched)) / wanted : 0
        return weights.exactShare * exact + (1 - weights.exactShare) * max(0, cosine)
    }

    /// 1 at the vacancy's minimum level, 0.25 less per level above it (the rules exclude levels below).
    /// `graduateLevel` 0 = unknown.
    @inline(__always)
    public static func level(graduate: UInt8, minimum: UInt8) -> Float {
        guard graduate > 0 else { return neutral }
        return max(0, 1 - 0.25 * Float(Int(graduate) - Int(minimum)))
    }

    /// Expected salary `x` against the offered range `[lo, hi]`: 1 when `x ≤ lo`, falling linearly to 0.5 at `hi`,
    /// then `0.5 · hi / x` above it. NaN `x` = unknown.
    @inline(__always)
    public static func salary(expected x: Float, low lo: Float, high: Float) -> Float {
        guard !x.isNaN else { return neutral }
        let hi = max(high, lo)
        if x <= lo { return 1 }
        if x <= hi { return 1 - 0.5 * (x - lo) / (hi - lo) }
        return 0.5 * hi / x
    }

    /// The score: the weighted sum, in this order.
    @inline(__always)
    public static func score(
        skills: Float, field: Float, level: Float, location: Float, salary: Float, weights w: ScoreWeights
    ) -> Float {
        w.skills * skills + w.field * field + w.level * level + w.location * location + w.salary * salary
    }
}
