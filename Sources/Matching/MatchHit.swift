/// One ranked vacancy or candidate, with why it ranks there (CONTRACT 3.6): the score, its five components, the
/// vacancy's essential skills the graduate has and lacks, and for each lacking one the graduate's closest skill when
/// the embedding finds them related.
public struct MatchHit: Codable, Sendable, Equatable {
    public struct Components: Codable, Sendable, Equatable {
        public var skills: Float
        public var field: Float
        public var level: Float
        public var location: Float
        public var salary: Float
    }

    /// A missing essential skill and the graduate's skill closest to it.
    public struct RelatedSkill: Codable, Sendable, Equatable {
        public var missingSkill: String
        public var relatedSkill: String
        public var similarity: Float

        enum CodingKeys: String, CodingKey {
            case missingSkill = "missing_skill"
            case relatedSkill = "related_skill"
            case similarity
        }
    }

    /// The vacancy id, or the graduate id (the service replaces it with a pseudonym for callers not cleared for it).
    public var id: String
    public var score: Float
    public var components: Components
    public var matchedSkills: [String]
    public var missingSkills: [String]
    public var relatedSkills: [RelatedSkill]

    enum CodingKeys: String, CodingKey {
        case id, score, components
        case matchedSkills = "matched_skills"
        case missingSkills = "missing_skills"
        case relatedSkills = "related_skills"
    }
}
