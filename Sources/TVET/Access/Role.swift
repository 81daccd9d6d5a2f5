/// What a user does in Data Raya TVET; a user may hold several roles.
public enum Role: String, CaseIterable, Sendable, Codable {
    /// Manages users and operations; sees open data only.
    case admin = "ADMIN"
    /// An agency's data controller: answers for its data, sees it whole, personal data included.
    case dataController = "DATA_CONTROLLER"
    /// Jawatankuasa Kerja Teknikal Data TVET (technical committee).
    case kktd = "KKTD"
    /// Jawatankuasa Tadbir Urus Data TVET (governance committee).
    case jtdtvet = "JTDTVET"
    /// Jawatankuasa Pemandu Data TVET (steering committee).
    case jpdtvet = "JPDTVET"
    /// An agency analyst: row-level data without personal data.
    case analyst = "ANALYST"
    /// An employer acting for one employer record: its vacancies, pseudonymous candidates.
    case employer = "EMPLOYER"
    /// A graduate acting for their own record.
    case graduate = "GRADUATE"
    /// An agency's system pushing its data through the API.
    case agencySystem = "AGENCY_SYSTEM"

    /// The categories a user holding this role may belong to.
    public var allowedCategories: Set<UserCategory> {
        switch self {
        case .employer: [.g2b]
        case .graduate: [.g2c]
        case .analyst: [.g2g, .researcher]
        case .admin, .dataController, .kktd, .jtdtvet, .jpdtvet, .agencySystem: [.g2g]
        }
    }
}
