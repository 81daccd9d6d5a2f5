/// What a caller's roles clear them to see: their clearance, personal-data rights and row-level access.
/// `AccessPolicy` is the single place where these, and the records a caller acts for, become rights.
///
/// | role | clearance | personal data | row-level reads |
/// | --- | --- | --- | --- |
/// | ADMIN | TERBUKA | no | open datasets |
/// | DATA_CONTROLLER | SULIT | yes | every dataset |
/// | KKTD, JTDTVET, JPDTVET | SULIT | no | every dataset |
/// | ANALYST | SULIT (TERHAD for researchers) | no | every dataset |
/// | AGENCY_SYSTEM | SULIT | yes | every dataset |
/// | EMPLOYER | TERBUKA | no | open datasets |
/// | GRADUATE | TERBUKA | their own | open datasets; their own records (through `AccessPolicy.readScope`) |
/// | anonymous | TERBUKA | no | open datasets |
public struct AccessProfile: Hashable, Sendable {
    public let clearance: Classification
    /// Whether columns flagged personal may be released (a GRADUATE sees them only in their own records).
    public let personalData: Bool
    /// Whether the caller may read row-level records of datasets above TERBUKA and run `POST /api/v1/query`.
    public let rowLevel: Bool

    public static let anonymous = AccessProfile(clearance: .terbuka, personalData: false, rowLevel: false)

    /// The operator at the store file (a CLI command): the file's permissions already give them everything.
    public static let `operator` = AccessProfile(clearance: .rahsiaBesar, personalData: true, rowLevel: true)

    public init(clearance: Classification, personalData: Bool, rowLevel: Bool) {
        self.clearance = clearance
        self.personalData = personalData
        self.rowLevel = rowLevel
    }

    /// The union of the clearances of every role held.
    public init(roles: Set<Role>, category: UserCategory) {
        var profile = AccessProfile.anonymous
        for role in roles { profile = profile.union(AccessProfile(role: role, category: category)) }
        self = profile
    }

    private init(role: Role, category: UserCategory) {
        switch role {
        case .admin, .employer, .graduate: self = .anonymous
        case .dataController, .agencySystem: self.init(clearance: .sulit, personalData: true, rowLevel: true)
        case .kktd, .jtdtvet, .jpdtvet: self.init(clearance: .sulit, personalData: false, rowLevel: true)
        case .analyst: self.init(clearance: category == .researcher ? .terhad : .sulit, personalData: false, rowLevel: true)
        }
    }

    func union(_ other: AccessProfile) -> AccessProfile {
        AccessProfile(
            clearance: max(clearance, other.clearance), personalData: personalData || other.personalData,
            rowLevel: rowLevel || other.rowLevel)
    }

    /// Whether every column of `dataset` is released whole to this caller (no column hidden).
    public func seesWhole(_ dataset: DatasetSchema) -> Bool {
        dataset.visibleColumns(clearance: clearance, personalData: personalData).count == dataset.columns.count
    }

    /// The columns released to this caller.
    public func visibleColumns(of dataset: DatasetSchema) -> [ColumnSchema] {
        dataset.visibleColumns(clearance: clearance, personalData: personalData)
    }
}
