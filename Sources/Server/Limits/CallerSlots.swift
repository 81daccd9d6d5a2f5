import Synchronization

/// How many requests each caller (an API key, a person, an address) has running, to refuse one beyond its share.
/// A key with nothing running is forgotten, so the table holds only the callers of requests in flight.
final class CallerSlots: Sendable {
    private let running = Mutex<[String: Int]>([:])

    /// Takes a slot under every key, or none (false) when one key already has its limit running.
    func take(_ keys: [(key: String, limit: Int)]) -> Bool {
        running.withLock { running in
            guard keys.allSatisfy({ running[$0.key, default: 0] < $0.limit }) else { return false }
            for (key, _) in keys { running[key, default: 0] += 1 }
            return true
        }
    }

    func release(_ keys: [String]) {
        running.withLock { running in
            for key in keys {
                let left = running[key, default: 1] - 1
                running[key] = left > 0 ? left : nil
            }
        }
    }
}
