/// The most openings one vacancy may offer, by the size of the employer that posts it (docs/DATA.md, "Plausibility").
///
/// A vacancy does not hire more people than a firm of its employer's size employs: the bound of a class is the upper
/// edge of its workforce in SME Corporation Malaysia's definitions (micro: fewer than 5 employees; small: fewer than 75
/// in manufacturing, 30 in services; medium: up to 200 in manufacturing, 75 in services), taking the larger sector's
/// edge. A large employer keeps the bound every vacancy has (`RecordRule.openingsCeiling`).
///
///     OpeningsBySize.maximum(size: "MICRO")   // 5
public enum OpeningsBySize {
    /// The bound per `employers.size` value.
    public static let bounds: [(size: String, maximum: Int)] = [
        ("MICRO", 5), ("SMALL", 75), ("MEDIUM", 200), ("LARGE", RecordRule.openingsCeiling),
    ]

    /// The most openings a vacancy of an employer of this size may have, or nil for a size outside the value set.
    public static func maximum(size: String) -> Int? { bounds.first { $0.size == size }?.maximum }

    /// Why `openings` is implausible for an employer of `size`, or nil when it is within the bound.
    public static func problem(openings: Int, size: String) -> String? {
        guard let maximum = maximum(size: size), openings > maximum else { return nil }
        return "'\(openings)' is above \(maximum), the most openings one vacancy of a \(size) employer may have"
    }
}
