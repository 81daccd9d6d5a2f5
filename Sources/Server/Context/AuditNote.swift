import Store
import Synchronization

/// What the request's middleware and handler learned, for the audit entry written when the request ends: who called
/// (set by authentication), their MyGDX headers, what data was touched, the fault id of a refusal, and whether a
/// credential or login was refused.
/// A reference shared by every copy of the request context, so inner layers' notes reach the audit middleware.
public final class AuditNote: Sendable {
    struct State {
        var caller: Caller = .anonymous
        var uxp: UXPHeaders?
        var dataset: String?
        var recordID: String?
        var classification: String?
        var faultID: String?
        /// Whether the request's entry was committed with the data it wrote (the middleware then writes none).
        var committed = false
        /// A credential was refused: audited whatever the path.
        var refusedLogin = false
        /// The records with personal data the answer released, for their people to see who read them.
        var released: PersonalRelease?
    }

    private let state = Mutex(State())

    public init() {}

    /// Notes the dataset (and record) a handler read or wrote, at the classification of what was released.
    public func record(dataset: String?, recordID: String? = nil, classification: String?) {
        state.withLock {
            $0.dataset = dataset
            $0.recordID = recordID
            $0.classification = classification
        }
    }

    /// Notes the records with personal data the answer releases (kept with the request's audit entry).
    func released(dataset: String, recordIDs: [String]) {
        state.withLock { $0.released = recordIDs.isEmpty ? nil : PersonalRelease(dataset: dataset, recordIDs: recordIDs) }
    }

    /// Notes that the request's entry has been committed with the batch it stored.
    func committedWithWrite() { state.withLock { $0.committed = true } }

    func caller(_ caller: Caller) { state.withLock { $0.caller = caller } }
    func uxp(_ uxp: UXPHeaders?) { state.withLock { $0.uxp = uxp } }
    /// Notes that the request's credential or login was refused, so that the refusal is audited on every path.
    func refusedLogin() { state.withLock { $0.refusedLogin = true } }
    /// The fault id of a refused or failed request (also in the response and the log).
    func fault(id: String) { state.withLock { $0.faultID = id } }

    var snapshot: State { state.withLock { $0 } }
}
