import Foundation
import Store
import TVET

extension SharingService {
    /// The grant of a request the principal may read; "not found" while the request has none.
    public func grant(ofRequest id: Int64, as principal: Principal) async throws(SharingError) -> GrantRecord {
        _ = try await read(id, as: principal)
        let store = store
        guard let grant = try await Self.blocking({ try store.grant(requestID: id) }) else {
            throw .refused(Refusal(.notFound, "Request \(id) has no grant: it opens when the request becomes ACTIVE."))
        }
        return grant
    }

    /// The request and its grant, once the policy lets the principal take the grant (the requester, while ACTIVE).
    public func takeGrant(ofRequest id: Int64, as principal: Principal) async throws(SharingError) -> (SharingRequestRecord, GrantRecord) {
        try await recordExpiries()
        let store = store
        guard let record = try await Self.blocking({ try store.sharingRequest(id: id) }) else {
            throw .refused(Refusal(.notFound, "No data-sharing request has that id."))
        }
        try Self.require(principal, .takeGrant(record.effectiveFacts(on: MalaysiaTime.day(of: now()))))
        guard let grant = try await Self.blocking({ try store.grant(requestID: id) }) else {
            throw .refused(Refusal(.notFound, "Request \(id) has no grant."))
        }
        return (record, grant)
    }

    /// A new API key bound to the request's grant, shown once; it expires with the grant's period.
    public func issueGrantKey(ofRequest id: Int64, by user: UserRecord, as principal: Principal) async throws(SharingError) -> (record: APIKeyRecord, key: String) {
        let (_, grant) = try await takeGrant(ofRequest: id, as: principal)
        let store = store
        return try await Self.blocking { try store.addGrantKey(userID: user.id, grantID: grant.id, expiresAt: grant.keysExpireAt) }
    }

    /// The one-off delivery of a request's grant, built from the engine's current data; the requester, while ACTIVE.
    /// A request delivered through the API has no files to deliver (a conflict).
    public func delivery(ofRequest id: Int64, as principal: Principal) async throws(SharingError) -> (Delivery, GrantRecord) {
        let (record, grant) = try await takeGrant(ofRequest: id, as: principal)
        guard let format = record.fields?.delivery, format != .api else {
            throw .refused(Refusal(.conflict, "This request's data is delivered through the API: read it with a grant key."))
        }
        let snapshot = engine.snapshot
        let moment = now()
        do {
            return (try await Blocking.run { try Delivery.build(grant: grant, format: format, snapshot: snapshot, at: moment) }, grant)
        } catch {
            throw .store("The delivery could not be built.")
        }
    }

    /// The grant an API key is bound to, as the access policy reads it today; nil for an ordinary key.
    public func accessGrant(apiKey key: String) throws(StoreError) -> Grant? {
        try store.grant(apiKey: key)?.access(today: MalaysiaTime.day(of: now()))
    }
}
