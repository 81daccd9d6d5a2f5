import Dispatch
import Foundation
import Synchronization

/// Threads of their own for scrypt, so that checking a password (tens of milliseconds of CPU and 16 MiB of memory)
/// never occupies one of Swift's cooperative threads, which every other request needs.
///
/// One serial queue per processor, used in turn: at most that many scrypt runs at once, however many logins arrive;
/// the rest wait in the queues, not on the cooperative pool.
///
///     let matches = await PasswordWorkers.shared.run { Secret.verifyPassword(password, against: hash) }
final class PasswordWorkers: Sendable {
    static let shared = PasswordWorkers(count: ProcessInfo.processInfo.activeProcessorCount)

    private let queues: [DispatchQueue]
    private let turn = Atomic<UInt>(0)

    init(count: Int) {
        queues = (0..<max(1, count)).map { DispatchQueue(label: "DataRaya.password.\($0)", qos: .userInitiated) }
    }

    /// Runs `work` on one of the workers' threads and resumes the caller with its result.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        let index = Int(turn.wrappingAdd(1, ordering: .relaxed).oldValue % UInt(queues.count))
        return await withCheckedContinuation { continuation in
            queues[index].async { continuation.resume(returning: work()) }
        }
    }
}
