import Dispatch

/// Runs blocking work — SQLite transactions, scrypt, index rebuilds — on a dispatch queue of its own, so that it
/// never holds one of the few threads of Swift's cooperative pool that every request's async code shares.
///
///     let stored = try await Blocking.run { try data.ingest(csv: bytes, dataset: .vacancies, as: principal) }
public enum Blocking {
    static let queue = DispatchQueue(label: "DataRaya.blocking", qos: .userInitiated, attributes: .concurrent)

    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
