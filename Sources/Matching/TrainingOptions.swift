import TVET

/// How `QualificationModel.train` learns the skill embedding.
public struct TrainingOptions: Sendable, Equatable {
    /// Kept dimensions of the embedding. 48 keeps the vacancy matrix at 48 MB for 250,000 vacancies (the scan is
    /// bound by memory bandwidth) while the 20 fields and their neighbours still separate.
    public var dimension: Int
    /// Weight of a vacancy's optional skills in the co-occurrence counts and in its vector (essential ones weigh 1).
    public var optionalSkillWeight: Double
    /// Written to the manifest as `trained_on`.
    public var trainedOn: CivilDate

    public init(dimension: Int = 48, optionalSkillWeight: Double = 0.5, trainedOn: CivilDate) {
        self.dimension = dimension
        self.optionalSkillWeight = optionalSkillWeight
        self.trainedOn = trainedOn
    }
}
