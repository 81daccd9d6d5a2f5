/// The one place where a principal's roles, category and the records they act for become rights.
///
/// Every entry point asks it — the API's controllers, the pages, the CLI and the write path — and none decides a
/// right of its own. The rules are written for people in docs/API.md ("Who may do what"); `AccessPolicyTableTests` checks
/// every role × action × ownership combination against `Tests/TVETTests/PolicyTable/policy-table.json`.
///
///     switch AccessPolicy.decide(principal, .writeRecord(.vacancies, new: facts, stored: storedFacts)) {
///     case .allow: store(record)
///     case .refuse(let refusal): report(refusal.field, refusal.reason)
///     }
public enum AccessPolicy {
    /// The columns of their own graduate record that a graduate may change themselves.
    public static let selfServiceColumns: Set<String> = ["skills", "open_to_matching"]

    /// Roles that may verify the audit trail.
    static let auditors: Set<Role> = [.admin, .dataController, .kktd, .jtdtvet, .jpdtvet]

    public static func decide(_ principal: Principal, _ action: AccessAction) -> AccessDecision {
        switch action {
        case .listRecords(let dataset): return readScope(principal, dataset).decision
        case .readRecord(let dataset, let owner): return readRecord(principal, dataset, owner: owner)
        case .submitBatch(let dataset): return submitBatch(principal, dataset)
        case .writeRecord(let dataset, let new, let stored): return RecordWriteRules.decide(principal, dataset, new: new, stored: stored)
        case .amendRecord(let dataset, let owner, let columns): return amend(principal, dataset, owner: owner, columns: columns)
        case .manageContact(let graduateID):
            return ownRecord(principal, .graduate(graduateID), unauthenticated: "Your contact details need you to sign in.",
                             notFound: "No graduate record of yours has that id.")
        case .runQuery(let dataset, let columns):
            if let grant = principal.grant { return GrantRules.query(grant, dataset: dataset, columns: columns) }
            return runQuery(principal, columns: columns)
        case .readUnsuppressedFigures(let columns):
            guard principal.access.rowLevel else { return .refuse(Refusal(.forbidden, "Public figures only: your role is not cleared for the data behind them.")) }
            return coverage(principal, columns)
        case .matchJobs(let graduateID):
            if principal.access.rowLevel { return .allow }
            return ownRecord(principal, .graduate(graduateID), unauthenticated: "Matching a recorded graduate needs a credential.",
                             notFound: "No graduate record has that id.")
        case .matchCandidates(let owner): return matchCandidates(principal, vacancyOwner: owner)
        case .identifyCandidates, .auditFairness:
            if principal.access.rowLevel { return .allow }
            return principal.isAnonymous
                ? .refuse(Refusal(.unauthenticated, "This needs a credential cleared for row-level data."))
                : .refuse(Refusal(.forbidden, "This is for roles cleared for row-level data."))
        case .inviteCandidate(let owner): return invite(principal, vacancyOwner: owner)
        case .listInvitations:
            if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Invitations need a credential.")) }
            return mayOwnRecords(principal, of: .employer) || mayOwnRecords(principal, of: .graduate)
                ? .allow : .refuse(Refusal(.forbidden, "Invitations are for employers and graduates."))
        case .answerInvitation(let graduateID):
            if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Invitations need a credential.")) }
            guard principal.holds(.graduate) else { return .refuse(Refusal(.forbidden, "Only the graduate invited may answer an invitation.")) }
            return principal.owns(.graduate(graduateID)) ? .allow : .refuse(Refusal(.notFound, "No invitation of yours has that id."))
        case .verifyAuditTrail:
            if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Verifying the audit trail needs a credential.")) }
            return principal.isOperator || !principal.roles.isDisjoint(with: auditors)
                ? .allow : .refuse(Refusal(.forbidden, "Your role may not verify the audit trail."))
        case .manageUsers:
            if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Managing users needs a credential.")) }
            return principal.isOperator || principal.holds(.admin)
                ? .allow : .refuse(Refusal(.forbidden, "Only an ADMIN manages users and keys."))
        case .downloadDataset(let dataset):
            // Whatever the caller's roles: data above TERBUKA is shared through a request, never downloaded whole.
            return dataset.classification == .terbuka
                ? .allow
                : .refuse(Refusal(
                    .forbidden, "\(dataset.name) is \(dataset.classification.rawValue) data: only open (TERBUKA) datasets download "
                        + "whole; ask for it with a data-sharing request (POST /api/v1/requests)."))
        case .fileRequest: return RequestRules.file(principal)
        case .readRequest(let requester): return RequestRules.read(principal, requesterUserID: requester)
        case .actOnRequest(let request, let step): return RequestRules.act(principal, request, step)
        case .takeGrant(let request): return RequestRules.takeGrant(principal, request)
        case .decideRegistration: return RegistrationRules.decide(principal)
        case .takeRegistrationKey(let registrant): return RegistrationRules.takeKey(principal, registrantUserID: registrant)
        case .useGrant: return principal.grant.map(GrantRules.use) ?? .allow
        case .readOwnAccessLog:
            if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Who read your records needs you to sign in.")) }
            // A person in the data: a graduate, or an applicant signed in with their MyKad number; never a grant key.
            let person = principal.grant == nil && (principal.graduateID != nil || principal.myKadDigest != nil)
            return person ? .allow : .refuse(Refusal(.forbidden, "Only the people in the data see who read their own records."))
        }
    }

    /// Which rows and columns of a dataset a principal may list.
    public static func readScope(_ principal: Principal, _ dataset: DatasetSchema) -> ReadScope {
        if let grant = principal.grant { return GrantRules.readScope(grant, dataset) }
        let access = principal.access
        if dataset.classification == .terbuka || access.rowLevel { return .all(access.visibleColumns(of: dataset)) }
        if let ownerColumn = dataset.ownerColumn, mayOwnRecords(principal, of: ownerColumn.kind) { return .own(dataset.columns) }
        return .refused(
            principal.isAnonymous
                ? Refusal(.unauthenticated, "\(dataset.name) is \(dataset.classification.rawValue) data: send a credential.")
                : Refusal(.forbidden, "Your role does not give access to row-level \(dataset.name) records."))
    }

    /// Whether a principal acts for any record of this kind (and so has an "own records" view of its datasets).
    static func mayOwnRecords(_ principal: Principal, of kind: OwnerColumn.Kind) -> Bool {
        switch kind {
        case .employer: principal.holds(.employer) && principal.employerID != nil
        case .graduate: principal.holds(.graduate) && principal.graduateID != nil
        case .student: principal.holds(.graduate) && principal.studentID != nil
        case .applicant: principal.myKadDigest != nil
        }
    }

    static func readRecord(_ principal: Principal, _ dataset: DatasetSchema, owner: RecordOwner?) -> AccessDecision {
        switch readScope(principal, dataset) {
        // A granted record is read only when the grant's row filters take it (the caller checks the row).
        case .all, .granted: return .allow
        case .refused(let refusal): return .refuse(refusal)
        case .own:
            // Someone else's record is "not found", exactly as a record that does not exist.
            guard let owner, principal.owns(owner) else { return .refuse(Refusal(.notFound, "No \(dataset.name) record has that id.")) }
            return .allow
        }
    }

    /// Full writers (no per-record check needed): agencies' data controllers and systems, and the operator at the store file.
    public static func writesWhole(_ principal: Principal) -> Bool {
        principal.isOperator || principal.holds(.dataController) || principal.holds(.agencySystem)
    }

    static func submitBatch(_ principal: Principal, _ dataset: DatasetSchema) -> AccessDecision {
        if writesWhole(principal) { return .allow }
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Submitting data needs a credential.")) }
        switch dataset.name {
        case DatasetSchema.vacancies.name where mayOwnRecords(principal, of: .employer): return .allow
        case DatasetSchema.applications.name where mayOwnRecords(principal, of: .applicant): return .allow
        default: return .refuse(Refusal(.forbidden, "Your role may not submit \(dataset.name) records."))
        }
    }

    static func amend(_ principal: Principal, _ dataset: DatasetSchema, owner: RecordOwner?, columns: Set<String>) -> AccessDecision {
        if writesWhole(principal) { return .allow }
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Changing a record needs a credential.")) }
        guard dataset.name == DatasetSchema.graduates.name, let owner, principal.owns(owner) else {
            return principal.holds(.graduate)
                ? .refuse(Refusal(.notFound, "No \(dataset.name) record of yours has that id."))
                : .refuse(Refusal(.forbidden, "Your role may not change \(dataset.name) records."))
        }
        if let other = columns.subtracting(selfServiceColumns).sorted().first {
            return .refuse(Refusal(
                .forbidden, "A graduate may change only the skills and open_to_matching of their own record, not \(other).",
                field: other))
        }
        return .allow
    }

    static func runQuery(_ principal: Principal, columns: [ColumnReference]) -> AccessDecision {
        guard principal.access.rowLevel else {
            return principal.isAnonymous
                ? .refuse(Refusal(.unauthenticated, "Queries need a credential cleared for row-level data."))
                : .refuse(Refusal(.forbidden, "Your role is not cleared for row-level queries; dashboards are open to you."))
        }
        return coverage(principal, columns)
    }

    /// Whether the principal's clearance covers every column (and personal data where a column is personal).
    static func coverage(_ principal: Principal, _ columns: [ColumnReference]) -> AccessDecision {
        let access = principal.access
        for reference in columns {
            let column = reference.column
            guard column.classification > access.clearance || (column.personal && !access.personalData) else { continue }
            return .refuse(Refusal(
                .forbidden,
                "Your clearance does not cover column '\(reference.path)' (\(column.classification.rawValue)\(column.personal ? ", personal data" : "")).",
                field: reference.path))
        }
        return .allow
    }

    static func matchCandidates(_ principal: Principal, vacancyOwner: RecordOwner?) -> AccessDecision {
        if principal.access.rowLevel { return .allow }
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Searching candidates needs a credential.")) }
        guard principal.holds(.employer) else {
            return .refuse(Refusal(.forbidden, "Only the employer that posted a vacancy may search its candidates."))
        }
        guard let vacancyOwner, principal.owns(vacancyOwner) else { return .refuse(Refusal(.notFound, "No vacancy of yours has that id.")) }
        return .allow
    }

    static func invite(_ principal: Principal, vacancyOwner: RecordOwner?) -> AccessDecision {
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, "Invitations need a credential.")) }
        guard principal.holds(.employer) else { return .refuse(Refusal(.forbidden, "Only employers invite candidates.")) }
        guard let vacancyOwner, principal.owns(vacancyOwner) else { return .refuse(Refusal(.notFound, "No vacancy of yours has that id.")) }
        return .allow
    }

    /// A record that only its owner (or a full writer) may act on; someone else's is "not found".
    static func ownRecord(_ principal: Principal, _ owner: RecordOwner, unauthenticated: String, notFound: String) -> AccessDecision {
        if principal.isAnonymous { return .refuse(Refusal(.unauthenticated, unauthenticated)) }
        return principal.owns(owner) ? .allow : .refuse(Refusal(.notFound, notFound))
    }
}

/// Which rows and columns of a dataset a principal may list.
public enum ReadScope: Hashable, Sendable {
    /// Every row, with these columns.
    case all([ColumnSchema])
    /// Only the principal's own rows, with these columns (their own personal data included).
    case own([ColumnSchema])
    /// The rows a grant's filters take, with its granted columns.
    case granted([ColumnSchema], Grant)
    case refused(Refusal)

    var decision: AccessDecision {
        if case .refused(let refusal) = self { return .refuse(refusal) }
        return .allow
    }
}
