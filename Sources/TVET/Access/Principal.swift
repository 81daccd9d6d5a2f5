/// Who acts, as the access policy sees them: their roles and category, and the records they act for.
///
/// Built once per request (or per CLI command) from the credential; never from anything the caller sends in a body or
/// a header. `studentID` and `myKadDigest` are resolved from the store, so that ownership of students, certificates
/// and applications is decided against stored facts.
public struct Principal: Hashable, Sendable {
    public var roles: Set<Role>
    public var category: UserCategory
    /// The employer record an EMPLOYER acts for.
    public var employerID: String?
    /// The graduate record a GRADUATE acts for.
    public var graduateID: String?
    /// The student record behind `graduateID` (graduates.student_id), when it is stored.
    public var studentID: String?
    /// The keyed digest of the MyKad number the person signs in with (UP_TVET); never the number itself.
    public var myKadDigest: String?
    /// The user behind the credential (nil for anonymous callers and the operator): whose data-sharing requests are theirs.
    public var userID: Int64?
    /// The grant an API key is bound to: what it reads is then the grant's alone, whatever the roles.
    public var grant: Grant?
    /// Where a self-registered user stands; nil for users an ADMIN created.
    public var registration: RegistrationState?
    /// The local operator: a command run with the store file's own permissions (`dataraya import`).
    public var isOperator: Bool

    public init(
        roles: Set<Role>, category: UserCategory, employerID: String? = nil, graduateID: String? = nil,
        studentID: String? = nil, myKadDigest: String? = nil, isOperator: Bool = false, userID: Int64? = nil,
        grant: Grant? = nil, registration: RegistrationState? = nil
    ) {
        self.roles = roles
        self.category = category
        self.employerID = employerID
        self.graduateID = graduateID
        self.studentID = studentID
        self.myKadDigest = myKadDigest
        self.isOperator = isOperator
        self.userID = userID
        self.grant = grant
        self.registration = registration
    }

    public static let anonymous = Principal(roles: [], category: .other)

    /// Whoever runs a command against the store file: the file's permissions already give them everything.
    public static let `operator` = Principal(roles: [], category: .g2g, isOperator: true)

    public var isAnonymous: Bool { roles.isEmpty && !isOperator && myKadDigest == nil && grant == nil && registration == nil }

    public func holds(_ role: Role) -> Bool { roles.contains(role) }

    /// Clearance and personal-data rights, from the roles held.
    public var access: AccessProfile {
        // A grant key's reads are the grant's (`GrantRules`); its owner's roles clear it for nothing more.
        isOperator ? .operator : grant != nil ? .anonymous : AccessProfile(roles: roles, category: category)
    }

    /// Whether the record belongs to this principal: the employer they act for, their own graduate or student
    /// record, or an application made with their MyKad number.
    public func owns(_ owner: RecordOwner) -> Bool {
        switch owner {
        case .employer(let id): holds(.employer) && employerID == id
        case .graduate(let id): holds(.graduate) && graduateID == id
        case .student(let id): holds(.graduate) && studentID == id
        case .applicant(let digest): myKadDigest == digest
        }
    }
}
