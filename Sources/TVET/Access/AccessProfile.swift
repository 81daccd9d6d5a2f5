/// What a caller may see and do, derived from their roles: the single place where roles become rights.
///
/// | role | clearance | personal data | row-level reads | writes |
/// | --- | --- | --- | --- | --- |
/// | ADMIN | TERBUKA | no | open datasets | users |
/// | DATA_CONTROLLER | SULIT | yes | every dataset | every dataset |
/// | KKTD, JTDTVET, JPDTVET | SULIT | no | every dataset | no |
/// | ANALYST | SULIT (TERHAD for researchers) | no | every dataset | no |
/// | AGENCY_SYSTEM | SULIT | yes | every dataset | every dataset |
/// | EMPLOYER | TERBUKA | no | open datasets; its own vacancies | its own vacancies |
/// | GRADUATE | TERBUKA | their own | open datasets; their own records | UP_TVET applications |
/// | anonymous | TERBUKA | no | open datasets | no |
public struct AccessProfile: Hashable, Sendable {
    public let clearance: Classification
    /// Whether columns flagged personal may be released (for GRADUATE: only in their own records).
    public let personalData: Bool
    /// Whether the caller may read row-level records of datasets above TERBUKA and run `POST /api/v1/query`.
    public let rowLevel: Bool
    /// Datasets the caller may write in bulk (`POST /api/v1/<dataset>`).
    public let writableDatasets: Set<String>
    public let manageUsers: Bool

    public static let anonymous = AccessProfile(
        clearance: .terbuka, personalData: false, rowLevel: false, writableDatasets: [], manageUsers: false)

    public init(clearance: Classification, personalData: Bool, rowLevel: Bool, writableDatasets: Set<String>, manageUsers: Bool) {
        self.clearance = clearance
        self.personalData = personalData
        self.rowLevel = rowLevel
        self.writableDatasets = writableDatasets
        self.manageUsers = manageUsers
    }

    /// The union of the rights of every role held.
    public init(roles: Set<Role>, category: UserCategory) {
        var profile = AccessProfile.anonymous
        for role in roles { profile = profile.union(AccessProfile(role: role, category: category)) }
        self = profile
    }

    private init(role: Role, category: UserCategory) {
        let everything = Set(TVETSchema.datasets.map(\.name))
        switch role {
        case .admin:
            self.init(clearance: .terbuka, personalData: false, rowLevel: false, writableDatasets: [], manageUsers: true)
        case .dataController, .agencySystem:
            self.init(clearance: .sulit, personalData: true, rowLevel: true, writableDatasets: everything, manageUsers: false)
        case .kktd, .jtdtvet, .jpdtvet:
            self.init(clearance: .sulit, personalData: false, rowLevel: true, writableDatasets: [], manageUsers: false)
        case .analyst:
            self.init(
                clearance: category == .researcher ? .terhad : .sulit, personalData: false, rowLevel: true,
                writableDatasets: [], manageUsers: false)
        case .employer:
            self.init(clearance: .terbuka, personalData: false, rowLevel: false, writableDatasets: ["vacancies"], manageUsers: false)
        case .graduate:
            self.init(clearance: .terbuka, personalData: false, rowLevel: false, writableDatasets: [], manageUsers: false)
        }
    }

    func union(_ other: AccessProfile) -> AccessProfile {
        AccessProfile(
            clearance: max(clearance, other.clearance), personalData: personalData || other.personalData,
            rowLevel: rowLevel || other.rowLevel, writableDatasets: writableDatasets.union(other.writableDatasets),
            manageUsers: manageUsers || other.manageUsers)
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
