import Foundation
import Store
import TVET

/// Self-registration (CONTRACT 3.11): anyone registers; a DATA_CONTROLLER approves or rejects; an approved
/// registrant takes API keys. Rights are the access policy's (`decideRegistration`, `takeRegistrationKey`, and
/// `fileRequest`, which a pending registrant is refused).
public struct RegistrationService: Sendable {
    let store: DataStore

    public init(store: DataStore) { self.store = store }

    public func register(_ body: RegistrationBody) async throws(SharingError) -> RegistrationRecord {
        let registration = try body.registration()
        let store = store
        do {
            return try await Blocking.run { try store.register(registration) }
        } catch StoreError.invalidUser(let reason) {
            throw .invalid([.init("login", reason)])
        } catch {
            throw .store("The registration could not be stored.")
        }
    }

    /// The registrations waiting for a decision, oldest first, for those who decide them.
    public func pending(as principal: Principal) async throws(SharingError) -> [PendingRegistration] {
        if let refusal = AccessPolicy.decide(principal, .decideRegistration).refusal { throw .refused(refusal) }
        let store = store
        return try await SharingService.blocking { try store.pendingRegistrations() }
    }

    /// Approves or rejects a pending registration, with a note.
    public func decide(_ id: Int64, approve: Bool, note: String?, by user: UserRecord, as principal: Principal) async throws(SharingError) -> RegistrationRecord {
        if let refusal = AccessPolicy.decide(principal, .decideRegistration).refusal { throw .refused(refusal) }
        let store = store
        let decided = try await SharingService.blocking { try store.decideRegistration(id: id, approve: approve, by: user.id, note: note) }
        guard let decided else {
            let exists = try await SharingService.blocking { try store.registration(id: id) } != nil
            throw .refused(exists ? Refusal(.conflict, "This registration has been decided already.") : Refusal(.notFound, "No registration has that id."))
        }
        return decided
    }

    /// A new API key for the registrant themselves, once approved; shown once.
    public func issueKey(_ id: Int64, as principal: Principal) async throws(SharingError) -> (record: APIKeyRecord, key: String) {
        let store = store
        guard let registration = try await SharingService.blocking({ try store.registration(id: id) }) else {
            throw .refused(Refusal(.notFound, "No registration of yours has that id."))
        }
        if let refusal = AccessPolicy.decide(principal, .takeRegistrationKey(registrantUserID: registration.userID)).refusal {
            throw .refused(refusal)
        }
        guard let issued = try await SharingService.blocking({ try store.addAPIKey(userID: registration.userID) }) else {
            throw .refused(Refusal(.notFound, "No registration of yours has that id."))
        }
        return issued
    }
}
