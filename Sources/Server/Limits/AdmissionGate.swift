import Synchronization

/// At most `capacity` operations at once, at most `queueLimit` more waiting in turn; one more is refused at once.
///
///     let pdfs = AdmissionGate(capacity: 2, queueLimit: 4)
///     guard let bytes = try await pdfs.run({ try await printer.pdf(html: html) }) else { throw busy }
final class AdmissionGate: Sendable {
    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Bool, Never>] = []
    }

    let capacity: Int
    let queueLimit: Int
    private let state = Mutex(State())

    init(capacity: Int, queueLimit: Int) {
        self.capacity = max(1, capacity)
        self.queueLimit = max(0, queueLimit)
    }

    /// Runs `body` once a place is free, or returns nil at once, without running it, when every place and every
    /// place in the queue is taken.
    func run<T: Sendable>(_ body: () async throws -> T) async throws -> T? {
        guard await enter() else { return nil }
        defer { leave() }
        return try await body()
    }

    private func enter() async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let decided = state.withLock { current -> Bool? in
                if current.running < capacity {
                    current.running += 1
                    return true
                }
                guard current.waiting.count < queueLimit else { return false }
                current.waiting.append(continuation)
                return nil
            }
            if let decided { continuation.resume(returning: decided) }
        }
    }

    /// Hands the place to the first waiter, or frees it.
    private func leave() {
        let next = state.withLock { current -> CheckedContinuation<Bool, Never>? in
            guard !current.waiting.isEmpty else {
                current.running -= 1
                return nil
            }
            return current.waiting.removeFirst()
        }
        next?.resume(returning: true)
    }
}
