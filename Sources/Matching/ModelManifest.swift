/// `manifest.json` of a saved model: what it is, what it was trained on, and how to read its embedding file.
public struct ModelManifest: Codable, Sendable, Equatable {
    public static let currentFormat = "dataraya-matching-model"
    public static let currentVersion = 1
    public static let embeddingFileName = "skill_embedding.f32"

    /// What the rows of the training data gave.
    public struct TrainingSummary: Codable, Sendable, Equatable {
        public var graduateRows: Int
        public var vacancyRows: Int
        /// Documents with at least two distinct skills (the only ones that add co-occurrences).
        public var documents: Int
        /// Skills that co-occurred at least once; the others have a zero vector and match only exactly.
        public var skillsSeen: Int

        enum CodingKeys: String, CodingKey {
            case graduateRows = "graduate_rows"
            case vacancyRows = "vacancy_rows"
            case documents
            case skillsSeen = "skills_seen"
        }
    }

    public var format: String
    public var modelVersion: Int
    public var method: String
    public var dimension: Int
    public var skillCount: Int
    public var vocabularyHash: String
    public var embeddingFile: String
    /// `YYYY-MM-DD`.
    public var trainedOn: String
    public var optionalSkillWeight: Double
    public var training: TrainingSummary
    /// The kept eigenvalues of the PPMI matrix, largest first.
    public var eigenvalues: [Double]

    enum CodingKeys: String, CodingKey {
        case format
        case modelVersion = "model_version"
        case method, dimension
        case skillCount = "skill_count"
        case vocabularyHash = "vocabulary_hash"
        case embeddingFile = "embedding_file"
        case trainedOn = "trained_on"
        case optionalSkillWeight = "optional_skill_weight"
        case training, eigenvalues
    }
}
