/// What a principal asks to do, with the facts the decision needs (whose record, which columns).
public enum AccessAction: Hashable, Sendable {
    /// List a dataset's records (`GET /api/v1/<dataset>`): all rows, only one's own, or none.
    case listRecords(DatasetSchema)
    /// Read one stored record, whose owner is `owner` (nil for records that belong to an agency).
    case readRecord(DatasetSchema, owner: RecordOwner?)
    /// Submit a batch to a dataset at all (`POST /api/v1/<dataset>`, UP_TVET applications, `dataraya import`).
    case submitBatch(DatasetSchema)
    /// Store one record of a batch: `new` as submitted, `stored` the record its key already names (nil when new).
    case writeRecord(DatasetSchema, new: RecordFacts, stored: RecordFacts?)
    /// Change some columns of one stored record (a graduate's own skills, `open_to_matching`).
    case amendRecord(DatasetSchema, owner: RecordOwner?, columns: Set<String>)
    /// Read or change the contact a graduate shares with employers who invite them.
    case manageContact(graduateID: String)
    /// Run a query (`POST /api/v1/query`) on `dataset` that reads these columns; a nil dataset asks whether the
    /// principal runs queries at all (before the body is read).
    case runQuery(DatasetSchema?, columns: [ColumnReference])
    /// Receive figures unsuppressed: the caller's clearance must cover every column the figures are computed from.
    case readUnsuppressedFigures(columns: [ColumnReference])
    /// Rank jobs for a recorded graduate.
    case matchJobs(graduateID: String)
    /// Rank candidates for a vacancy whose owner is `vacancyOwner`.
    case matchCandidates(vacancyOwner: RecordOwner?)
    /// See candidates by their graduate id rather than a pseudonym.
    case identifyCandidates
    /// The fairness audit of candidate lists.
    case auditFairness
    /// Invite a candidate to a vacancy whose owner is `vacancyOwner`.
    case inviteCandidate(vacancyOwner: RecordOwner?)
    /// List the invitations one sent (an employer) or received (a graduate).
    case listInvitations
    /// Accept or decline an invitation addressed to this graduate.
    case answerInvitation(addresseeGraduateID: String)
    /// Verify the audit trail's chain.
    case verifyAuditTrail
    /// Create, disable and enable users; issue and revoke their keys.
    case manageUsers
    /// Download a dataset whole from the catalogue (`GET /api/v1/catalogue/<dataset>/download.csv`).
    case downloadDataset(DatasetSchema)
    /// File a data-sharing request (`POST /api/v1/requests`).
    case fileRequest
    /// Read a data-sharing request made by the user `requesterUserID`.
    case readRequest(requesterUserID: Int64)
    /// Take a step of the request workflow (`POST /api/v1/requests/<id>/actions`).
    case actOnRequest(SharingRequestFacts, RequestAction)
    /// Mint a key bound to the grant of a request, or take its one-off delivery: the requester, while ACTIVE.
    case takeGrant(SharingRequestFacts)
    /// Approve or reject a self-registration.
    case decideRegistration
    /// Take an API key for one's own approved registration, made as the user `registrantUserID`.
    case takeRegistrationKey(registrantUserID: Int64)
    /// Call with a grant key at all: refused outside the grant's period and once it is revoked.
    case useGrant
    /// See who read one's own records with personal data, and when (PDPA's access principle): the people in the data.
    case readOwnAccessLog
}

/// What the policy needs to know of one record: whose it is and, where a workflow applies, its state.
public struct RecordFacts: Hashable, Sendable {
    public var owner: RecordOwner?
    public var state: String?

    public init(owner: RecordOwner?, state: String? = nil) {
        self.owner = owner
        self.state = state
    }
}

/// A column as a request names it (`programme.institution.state`), with the schema of the column it resolves to.
public struct ColumnReference: Hashable, Sendable {
    public let path: String
    public let column: ColumnSchema

    public init(path: String, column: ColumnSchema) {
        self.path = path
        self.column = column
    }

    /// A column of a dataset named by its own name.
    public init(_ column: ColumnSchema) { self.init(path: column.name, column: column) }
}
