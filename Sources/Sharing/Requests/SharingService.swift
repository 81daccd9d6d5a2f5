import Columnar
import Foundation
import Store
import TVET

/// Data-sharing requests (seed 2.4.2, Rajah 4; CONTRACT 3.11): filing, reading and the workflow's steps. Every right
/// is the access policy's answer (`fileRequest`, `readRequest`, `actOnRequest`); the store's work runs off the
/// cooperative pool.
///
///     let filed = try await sharing.file(body, by: user, as: principal)
///     let moved = try await sharing.act(on: filed.id, command, by: reviewer, as: principal)
public struct SharingService: Sendable {
    let store: DataStore
    let engine: CatalogStore
    /// The moment of a step (a clock the tests may set).
    let now: @Sendable () -> Date

    public init(store: DataStore, engine: CatalogStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.engine = engine
        self.now = now
    }

    /// Files a request as SUBMITTED after checking its fields; nothing is stored when any is wrong.
    public func file(_ body: SharingRequestBody, by user: UserRecord, as principal: Principal) async throws(SharingError) -> SharingRequestRecord {
        try Self.require(principal, .fileRequest)
        let problems = RequestValidation.problems(in: body, snapshot: engine.snapshot)
        guard problems.isEmpty else { throw .invalid(problems) }
        let json = try Self.json(body)
        let step = SharingRequestRecord.Step(at: now(), userID: user.id, role: "REQUESTER", action: "submit", note: nil, state: .submitted)
        let store = store
        let id = try await Self.blocking { try store.fileSharingRequest(requester: user, body: json, period: (from: body.period.from, to: body.period.to), step: step) }
        return try await read(id, as: principal)
    }

    /// One request, if the principal may read it (someone else's is "not found").
    public func read(_ id: Int64, as principal: Principal) async throws(SharingError) -> SharingRequestRecord {
        try await recordExpiries()
        let store = store
        guard let record = try await Self.blocking({ try store.sharingRequest(id: id) }) else {
            throw .refused(Refusal(.notFound, "No data-sharing request of yours has that id."))
        }
        try Self.require(principal, .readRequest(requesterUserID: record.requesterID))
        return record
    }

    /// The principal's own requests and those waiting for a step they may take, oldest first.
    public func list(as principal: Principal) async throws(SharingError) -> [SharingRequestRecord] {
        try Self.require(principal, .fileRequest)
        try await recordExpiries()
        let store = store
        let today = MalaysiaTime.day(of: now())
        return try await Self.blocking { try store.sharingRequests() }.filter { record in
            let facts = record.effectiveFacts(on: today)
            return record.requesterID == principal.userID
                || RequestWorkflow.actions(at: facts.state).contains { AccessPolicy.decide(principal, .actOnRequest(facts, $0)).isAllowed }
        }
    }

    /// Takes one step; a refused or invalid step changes nothing.
    public func act(on id: Int64, _ command: StepCommand, by user: UserRecord, as principal: Principal) async throws(SharingError) -> SharingRequestRecord {
        // Not `read`: anyone but the stage's role is answered 403, as the workflow says, reader or not.
        try await recordExpiries()
        let store = store
        guard let record = try await Self.blocking({ try store.sharingRequest(id: id) }) else {
            throw .refused(Refusal(.notFound, "No data-sharing request has that id."))
        }
        let facts = record.effectiveFacts(on: MalaysiaTime.day(of: now()))
        try Self.require(principal, .actOnRequest(facts, command.action))
        var problems = command.problems(quotedMYR: record.feeMYR)
        if let amended = command.amended { problems += RequestValidation.problems(in: amended, snapshot: engine.snapshot) }
        guard problems.isEmpty else { throw .invalid(problems) }
        guard let next = RequestWorkflow.step(facts.state, command.action) else { throw .refused(Refusal(.conflict, "The request moved on.")) }
        let step = SharingRequestRecord.Step(
            at: now(), userID: user.id, role: Self.role(of: principal, at: next.actor), action: command.action.rawValue,
            note: command.note, state: next.next)
        var amendedJSON: String?
        if let amended = command.amended { amendedJSON = try Self.json(amended) }
        var draft = command.change(from: facts.state, step: step, amendedJSON: amendedJSON)
        // The grant is a frozen copy of what the request asked for when it became ACTIVE.
        if next.next == .active { draft.grantDatasets = try Self.json(record.fields?.datasets ?? []) }
        let change = draft
        guard try await Self.blocking({ try store.recordSharingStep(request: id, change) }) else {
            throw .refused(Refusal(.conflict, "The request moved on while this step was taken: read it again."))
        }
        return try await read(id, as: principal)
    }

    /// The role a step is recorded in: the stage's role the principal holds, or the requester's.
    static func role(of principal: Principal, at actor: RequestWorkflow.Actor) -> String {
        guard case .roles(let roles) = actor else { return "REQUESTER" }
        return roles.intersection(principal.roles).map(\.rawValue).sorted().first ?? "REQUESTER"
    }

    static func require(_ principal: Principal, _ action: AccessAction) throws(SharingError) {
        if let refusal = AccessPolicy.decide(principal, action).refusal { throw .refused(refusal) }
    }

    static func json(_ body: some Encodable) throws(SharingError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(body), let text = String(data: data, encoding: .utf8) else {
            throw .store("The request could not be written.")
        }
        return text
    }

    static func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws(SharingError) -> T {
        do {
            return try await Blocking.run(body)
        } catch {
            throw .store("The store could not complete the request.")
        }
    }
}
