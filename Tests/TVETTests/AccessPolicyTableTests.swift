import Foundation
import Testing
@testable import TVET

/// The access policy as data: `PolicyTable/policy-table.json` lists every principal (anonymous, the operator, each
/// role, an employer, a graduate, an applicant) against every action, with the records owned by the principal, by
/// someone else, or by nobody — and what the policy must answer. A right that changes changes the table.
@Suite struct AccessPolicyTableTests {
    static let table = PolicyTable.load()

    @Test(arguments: table.cases.indices)
    func thePolicyAnswersAsTheTableSays(_ index: Int) throws {
        let row = Self.table.cases[index]
        for (name, expected) in row.expect.sorted(by: { $0.key < $1.key }) {
            let principal = try #require(Self.table.principals[name]).principal
            let answer: String
            if row.action == "listRecords" {
                switch AccessPolicy.readScope(principal, try row.schema()) {
                case .all: answer = "all"
                case .own: answer = "own"
                case .granted: answer = "granted"
                case .refused(let refusal): answer = PolicyTable.code(refusal)
                }
            } else {
                answer = PolicyTable.code(AccessPolicy.decide(principal, try row.accessAction(for: principal)))
            }
            #expect(answer == expected, "\(name): \(row.summary) answered \(answer), the table says \(expected)")
        }
    }

    @Test func theTableCoversEveryActionForEveryPrincipal() throws {
        let table = Self.table
        #expect(Set(table.principals.keys).count == 13)
        for row in table.cases { #expect(Set(row.expect.keys) == Set(table.principals.keys), "\(row.summary) misses a principal") }
        let named = Set(table.cases.map(\.action))
        for action in PolicyTable.everyAction { #expect(named.contains(PolicyTable.name(of: action)), "no row for \(action)") }
        // Every action about someone's record is tried with the principal's own record and with someone else's.
        for action in named {
            let owners = Set(table.cases.filter { $0.action == action }.compactMap { $0.owner ?? $0.new })
            if !owners.isEmpty { #expect(owners.isSuperset(of: ["own", "other"]) || action == "readRecord", "\(action): \(owners)") }
        }
    }

    @Test func refusalsNameTheFieldOfARecordAndNoValue() {
        let employer = Self.table.principals["employer"]!.principal
        let decision = AccessPolicy.decide(
            employer, .writeRecord(.vacancies, new: RecordFacts(owner: .employer("E1")), stored: RecordFacts(owner: .employer("E2"))))
        #expect(decision.refusal?.field == "vacancy_id")
        #expect(decision.refusal.map { !$0.reason.contains("E2") } == true)
    }
}

/// The table file, decoded.
struct PolicyTable: Decodable {
    struct PrincipalSpec: Decodable {
        let roles: [String]
        let category: String
        let `operator`: Bool?
        let employer_id: String?
        let graduate_id: String?
        let student_id: String?
        let mykad_digest: String?
        let user_id: Int64?

        var principal: Principal {
            if `operator` == true { return .operator }
            return Principal(
                roles: Set(roles.compactMap(Role.init(rawValue:))), category: UserCategory(rawValue: category) ?? .other,
                employerID: employer_id, graduateID: graduate_id, studentID: student_id, myKadDigest: mykad_digest, userID: user_id)
        }
    }

    struct Case: Decodable {
        let action: String
        let dataset: String?
        let owner: String?
        let new: String?
        let new_state: String?
        let stored: String?
        let stored_state: String?
        let columns: [String]?
        /// A data-sharing request's state, the step tried, whose request it is ("own" or "other"), the requester's
        /// category and the fee ("none", "quoted", "paid").
        let state: String?
        let step: String?
        let requester: String?
        let requester_category: String?
        let fee: String?
        let expect: [String: String]

        var summary: String {
            [action, dataset, owner.map { "owner " + $0 }, new.map { "new " + $0 }, new_state, stored.map { "stored " + $0 }, stored_state,
             columns?.joined(separator: ","), state, step, requester.map { "requester " + $0 }, requester_category, fee.map { "fee " + $0 }]
                .compactMap { $0 }.joined(separator: " ")
        }

        func schema() throws -> DatasetSchema {
            guard let schema = TVETSchema.dataset(named: dataset ?? "") else { throw PolicyTableError(description: "no dataset in \(summary)") }
            return schema
        }

        /// The record owner that "own", "other" or "none" means for a dataset's owner kind.
        func owner(_ which: String?, of dataset: DatasetSchema) -> RecordOwner? {
            guard let kind = dataset.ownerColumn?.kind, let which, which != "none" else { return nil }
            let suffix = which == "own" ? "1" : "2"
            switch kind {
            case .employer: return .employer("E" + suffix)
            case .graduate: return .graduate("G" + suffix)
            case .student: return .student("S" + suffix)
            case .applicant: return .applicant(myKadDigest: "D" + suffix)
            }
        }

        var graduateID: String { owner == "own" ? "G1" : "G2" }

        /// The requester's user id: the principal's own for "own", someone else's otherwise.
        func requesterID(for principal: Principal) -> Int64 {
            requester == "own" ? principal.userID ?? -1 : 999
        }

        func requestFacts(for principal: Principal) throws -> SharingRequestFacts {
            guard let state = RequestState(rawValue: state ?? ""), let category = UserCategory(rawValue: requester_category ?? ""),
                let fee = SharingRequestFacts.Fee(rawValue: fee ?? "")
            else { throw PolicyTableError(description: "bad request facts in \(summary)") }
            return SharingRequestFacts(requesterUserID: requesterID(for: principal), requesterCategory: category, state: state, fee: fee)
        }

        func accessAction(for principal: Principal) throws -> AccessAction {
            switch action {
            case "fileRequest": return .fileRequest
            case "useGrant": return .useGrant
            case "readOwnAccessLog": return .readOwnAccessLog
            case "decideRegistration": return .decideRegistration
            case "takeRegistrationKey": return .takeRegistrationKey(registrantUserID: requesterID(for: principal))
            case "takeGrant": return .takeGrant(try requestFacts(for: principal))
            case "readRequest": return .readRequest(requesterUserID: requesterID(for: principal))
            case "actOnRequest":
                guard let step = RequestAction(rawValue: step ?? "") else { throw PolicyTableError(description: "bad step in \(summary)") }
                return .actOnRequest(try requestFacts(for: principal), step)
            default: return try accessAction()
            }
        }

        func accessAction() throws -> AccessAction {
            switch action {
            case "readRecord": return .readRecord(try schema(), owner: owner(owner, of: try schema()))
            case "submitBatch": return .submitBatch(try schema())
            case "writeRecord":
                let schema = try schema()
                let stored = stored == "none" ? nil : RecordFacts(owner: owner(stored, of: schema), state: stored_state)
                return .writeRecord(schema, new: RecordFacts(owner: owner(new, of: schema), state: new_state), stored: stored)
            case "amendRecord": return .amendRecord(try schema(), owner: owner(owner, of: try schema()), columns: Set(columns ?? []))
            case "manageContact": return .manageContact(graduateID: graduateID)
            case "runQuery": return .runQuery(nil, columns: try references())
            case "readUnsuppressedFigures": return .readUnsuppressedFigures(columns: try references())
            case "matchJobs": return .matchJobs(graduateID: graduateID)
            case "matchCandidates": return .matchCandidates(vacancyOwner: owner(owner, of: .vacancies))
            case "identifyCandidates": return .identifyCandidates
            case "auditFairness": return .auditFairness
            case "inviteCandidate": return .inviteCandidate(vacancyOwner: owner(owner, of: .vacancies))
            case "listInvitations": return .listInvitations
            case "answerInvitation": return .answerInvitation(addresseeGraduateID: graduateID)
            case "verifyAuditTrail": return .verifyAuditTrail
            case "manageUsers": return .manageUsers
            case "downloadDataset": return .downloadDataset(try schema())
            default: throw PolicyTableError(description: "unknown action \(action)")
            }
        }

        func references() throws -> [ColumnReference] {
            try (columns ?? []).map { path in
                let parts = path.split(separator: ".").map(String.init)
                guard let column = TVETSchema.dataset(named: parts[0])?.column(named: parts[1]) else {
                    throw PolicyTableError(description: "no column \(path)")
                }
                return ColumnReference(path: parts[1], column: column)
            }
        }
    }

    struct PolicyTableError: Error, CustomStringConvertible { let description: String }

    let principals: [String: PrincipalSpec]
    let cases: [Case]

    static func load() -> PolicyTable {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PolicyTable/policy-table.json")
        return try! JSONDecoder().decode(PolicyTable.self, from: Data(contentsOf: url))
    }

    static func code(_ decision: AccessDecision) -> String {
        switch decision {
        case .allow: "yes"
        case .refuse(let refusal): code(refusal)
        }
    }

    static func code(_ refusal: Refusal) -> String {
        switch refusal.kind {
        case .unauthenticated: "401"
        case .forbidden: "403"
        case .notFound: "404"
        case .conflict: "409"
        }
    }

    /// One value of every action, so that a new action cannot be added without a row in the table.
    static let everyAction: [AccessAction] = [
        .listRecords(.graduates), .readRecord(.graduates, owner: nil), .submitBatch(.graduates),
        .writeRecord(.graduates, new: RecordFacts(owner: nil), stored: nil), .amendRecord(.graduates, owner: nil, columns: []),
        .manageContact(graduateID: ""), .runQuery(nil, columns: []), .readUnsuppressedFigures(columns: []), .matchJobs(graduateID: ""),
        .matchCandidates(vacancyOwner: nil), .identifyCandidates, .auditFairness, .inviteCandidate(vacancyOwner: nil),
        .listInvitations, .answerInvitation(addresseeGraduateID: ""), .verifyAuditTrail, .manageUsers,
        .downloadDataset(.institutions), .fileRequest, .readRequest(requesterUserID: 0),
        .actOnRequest(SharingRequestFacts(requesterUserID: 0, requesterCategory: .g2g, state: .submitted), .recommend), .useGrant,
        .takeGrant(SharingRequestFacts(requesterUserID: 0, requesterCategory: .g2g, state: .active)), .decideRegistration,
        .takeRegistrationKey(registrantUserID: 0), .readOwnAccessLog,
    ]

    /// The table's name of an action (the switch is exhaustive: a new action fails to compile here until named).
    static func name(of action: AccessAction) -> String {
        switch action {
        case .listRecords: "listRecords"
        case .readRecord: "readRecord"
        case .submitBatch: "submitBatch"
        case .writeRecord: "writeRecord"
        case .amendRecord: "amendRecord"
        case .manageContact: "manageContact"
        case .runQuery: "runQuery"
        case .readUnsuppressedFigures: "readUnsuppressedFigures"
        case .matchJobs: "matchJobs"
        case .matchCandidates: "matchCandidates"
        case .identifyCandidates: "identifyCandidates"
        case .auditFairness: "auditFairness"
        case .inviteCandidate: "inviteCandidate"
        case .listInvitations: "listInvitations"
        case .answerInvitation: "answerInvitation"
        case .verifyAuditTrail: "verifyAuditTrail"
        case .manageUsers: "manageUsers"
        case .downloadDataset: "downloadDataset"
        case .fileRequest: "fileRequest"
        case .readRequest: "readRequest"
        case .actOnRequest: "actOnRequest"
        case .useGrant: "useGrant"
        case .readOwnAccessLog: "readOwnAccessLog"
        case .takeGrant: "takeGrant"
        case .decideRegistration: "decideRegistration"
        case .takeRegistrationKey: "takeRegistrationKey"
        }
    }
}
