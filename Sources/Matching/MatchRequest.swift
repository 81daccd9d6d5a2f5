/// Rank by the graduate's own skills, or by what their line of study teaches (`StudyProfiles`).
public enum MatchMode: String, Sendable, Codable, CaseIterable {
    case skills, study
}

/// A graduate with no record (CONTRACT 3.6, `POST /api/v1/match/jobs`); every part may be missing.
public struct MatchProfile: Codable, Sendable, Equatable {
    public var skills: [String]?
    /// A `TVETField` raw value.
    public var field: String?
    /// 1...5.
    public var level: Int?
    /// A state name as in the datasets.
    public var state: String?
    public var expectedSalary: Double?
    public var willingToRelocate: Bool?

    public init(
        skills: [String]? = nil, field: String? = nil, level: Int? = nil, state: String? = nil,
        expectedSalary: Double? = nil, willingToRelocate: Bool? = nil
    ) {
        self.skills = skills
        self.field = field
        self.level = level
        self.state = state
        self.expectedSalary = expectedSalary
        self.willingToRelocate = willingToRelocate
    }

    enum CodingKeys: String, CodingKey {
        case skills, field, level, state
        case expectedSalary = "expected_salary"
        case willingToRelocate = "willing_to_relocate"
    }
}

/// Optional filters on vacancies, on top of the hard rules: the vacancy's state, field, and a salary floor
/// (`salary_max` at least `minSalary`).
public struct JobFilters: Sendable, Equatable {
    public var state: String?
    public var field: String?
    public var minSalary: Double?

    public init(state: String? = nil, field: String? = nil, minSalary: Double? = nil) {
        self.state = state
        self.field = field
        self.minSalary = minSalary
    }
}

/// Optional filters on candidates: the graduate's state (as `GraduateRows` decides it) and field.
public struct CandidateFilters: Sendable, Equatable {
    public var state: String?
    public var field: String?

    public init(state: String? = nil, field: String? = nil) {
        self.state = state
        self.field = field
    }
}

/// Filters resolved to codes once per query.
struct ResolvedFilters {
    var state: UInt8 = Codes.unknown
    var field: UInt8 = Codes.unknown
    var minSalary: Float = -.infinity

    init(state: String?, field: String?, minSalary: Double?) throws(MatchingError) {
        if let state {
            guard let code = Codes.state(state) else { throw .unknownState(state) }
            self.state = code
        }
        if let field {
            guard let code = Codes.field(field) else { throw .unknownField(field) }
            self.field = code
        }
        if let minSalary {
            guard minSalary.isFinite else { throw .invalidParameter("min_salary must be a number") }
            self.minSalary = Float(minSalary)
        }
    }
}
