import TVET
/// The skills each occupation of a field calls for, so that skills co-occur the way they do in real work: every
/// occupation shares its field's basic skills and has its own specialist ones, spread over all levels.
///
/// Each programme trains for one target occupation of its field; its graduates hold mostly that occupation's skills,
/// and each vacancy asks mostly for the skills of its own `masco_code`. The pairing of programmes and occupations is
/// written to `matching-truth.csv`, the ground truth against which job matching is evaluated.
struct OccupationProfiles {
    struct Key: Hashable {
        let field: TVETField
        let masco: String
    }

    /// The share of a field's skills (the most basic ones) that all of its occupations share.
    static let sharedShare = 0.1

    private let skills: [Key: Set<String>]

    init(skillsByField: [TVETField: [String]]) {
        var skills: [Key: Set<String>] = [:]
        for (field, all) in skillsByField {
            let occupations = Occupations.of(field)
            let shared = Int((Double(all.count) * Self.sharedShare).rounded(.up))
            for (index, occupation) in occupations.enumerated() {
                var own = Set(all.prefix(shared))
                for position in shared..<max(shared, all.count) where (position - shared) % occupations.count == index {
                    own.insert(all[position])
                }
                skills[Key(field: field, masco: occupation.code)] = own
            }
        }
        self.skills = skills
    }

    /// The skills of an occupation of `field`; empty for an occupation the field does not list.
    func skills(field: TVETField, masco: String) -> Set<String> { skills[Key(field: field, masco: masco)] ?? [] }
}

extension NationalDatasetGenerator {
    /// Gives each programme a target occupation from its own stream, so the other datasets' draws do not move.
    mutating func assignTargetOccupations() {
        var random = RandomSource(seed: options.seed, stream: "target-occupations")
        dataset.targetOccupations = dataset.programmes.map { random.pick(Occupations.of($0.field)).code }
    }
}
