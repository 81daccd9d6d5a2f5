import Logging
import Store

/// Collects audit entries and appends them to the store's hash-chained trail in batches: one transaction (and one
/// signed checkpoint) per batch, at most `delay` after the first entry of the batch. `flush()` writes what is
/// pending now (tests, shutdown, before verifying).
public actor AuditRecorder {
    private let store: DataStore
    private let delay: Duration
    private let logger: Logger
    private var pending: [AuditEntry] = []
    /// The records with personal data pending entries released, by request id.
    private var releases: [String: PersonalRelease] = [:]
    private var scheduled: Task<Void, Never>?

    public init(store: DataStore, delay: Duration = .milliseconds(50), logger: Logger = Logger(label: "DataRaya.audit")) {
        self.store = store
        self.delay = delay
        self.logger = logger
    }

    /// Queues an entry, with the records with personal data its request released, if any.
    public func record(_ entry: AuditEntry, releasing release: PersonalRelease? = nil) {
        pending.append(entry)
        if let release, let request = entry.requestID { releases[request] = release }
        guard scheduled == nil else { return }
        scheduled = Task { [weak self, delay] in
            try? await Task.sleep(for: delay)
            await self?.flush()
        }
    }

    public func flush() {
        scheduled = nil
        guard !pending.isEmpty else { return }
        let batch = pending, released = releases
        pending = []
        releases = [:]
        do {
            try store.appendAudit(batch, releases: released)
        } catch {
            // Keep them for the next flush: an access must not go unrecorded because of a passing store error.
            pending = batch + pending
            releases.merge(released) { new, _ in new }
            logger.error("cannot append to the audit trail", metadata: ["entries": .stringConvertible(batch.count), "error": .string("\(error)")])
        }
    }
}
