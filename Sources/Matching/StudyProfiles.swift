/// Line-of-study profiles for the `study` mode: what a programme (or, for an ad-hoc profile, a field) trains its
/// graduates in, learned from its recorded graduates rather than from one graduate's own list.
///
/// A profile's vector is the normalised sum of its graduates' vectors; its skills are those held by at least
/// `coreShare` of its graduates (at least one), in vocabulary order. A graduate whose own list is short or
/// idiosyncratic is thus matched on what their programme teaches.
public struct StudyProfiles: Sendable {
    public static let coreShare = 0.3

    public let dimension: Int
    /// `count × dimension`.
    public let vectors: [Float]
    public let skills: SkillLists
    /// Graduates behind each profile (0 = empty profile: zero vector, no skills).
    public let graduates: [Int32]

    public var count: Int { graduates.count }

    /// Unnormalised sums and skill counts of the groups.
    struct Sums {
        var vectors: [Float]
        var skillCounts: [Int32]
        var members: [Int32]
    }

    init(_ sums: Sums, dimension d: Int, vocabularySize: Int) {
        var vectors = sums.vectors
        vectors.withUnsafeMutableBufferPointer { v in
            for g in 0..<sums.members.count { normalize(v.baseAddress! + g * d, count: d) }
        }
        var skills = SkillLists()
        for (g, members) in sums.members.enumerated() {
            let threshold = max(1, Int32((Self.coreShare * Double(members)).rounded(.up)))
            let counts = sums.skillCounts[(g * vocabularySize)..<((g + 1) * vocabularySize)]
            skills.append(counts.indices.lazy.filter { counts[$0] >= threshold }.map { UInt16($0 - g * vocabularySize) })
        }
        dimension = d
        self.vectors = vectors
        self.skills = skills
        graduates = sums.members
    }

    /// The programmes' profiles (by programme row) and the fields' (by field code), from one pass over the graduates:
    /// a field's sums are its programmes' sums added up.
    static func build(
        _ rows: GraduateRows, programmeField: [UInt8], vocabularySize n: Int
    ) -> (programmes: StudyProfiles, fields: StudyProfiles) {
        let d = rows.dimension
        let programmes = programmeField.count
        let fields = Codes.fields.count
        var p = Sums(
            vectors: [Float](repeating: 0, count: programmes * d), skillCounts: [Int32](repeating: 0, count: programmes * n),
            members: [Int32](repeating: 0, count: programmes))
        rows.vectors.withUnsafeBufferPointer { v in
            p.vectors.withUnsafeMutableBufferPointer { sums in
                p.skillCounts.withUnsafeMutableBufferPointer { counts in
                    p.members.withUnsafeMutableBufferPointer { members in
                        for row in 0..<rows.count where rows.programme[row] >= 0 {
                            let g = Int(rows.programme[row])
                            members[g] += 1
                            for k in 0..<d { sums[g * d + k] += v[row * d + k] }
                            for i in rows.skills.range(row) { counts[g * n + Int(rows.skills.items[i])] += 1 }
                        }
                    }
                }
            }
        }
        var f = Sums(
            vectors: [Float](repeating: 0, count: fields * d), skillCounts: [Int32](repeating: 0, count: fields * n),
            members: [Int32](repeating: 0, count: fields))
        for g in 0..<programmes where programmeField[g] != Codes.unknown {
            let field = Int(programmeField[g])
            f.members[field] += p.members[g]
            for k in 0..<d { f.vectors[field * d + k] += p.vectors[g * d + k] }
            for s in 0..<n { f.skillCounts[field * n + s] += p.skillCounts[g * n + s] }
        }
        return (StudyProfiles(p, dimension: d, vocabularySize: n), StudyProfiles(f, dimension: d, vocabularySize: n))
    }
}
