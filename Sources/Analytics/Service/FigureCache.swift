import Synchronization

/// Computed dashboards and figures by (data version, what was asked, filters, audience), bounded in size.
///
/// Entries of an older data version are dropped as soon as a newer version is seen, so a change of data is never
/// answered from the cache; within a version the least recently used entry goes first when the cache is full.
final class FigureCache<Value: Sendable>: Sendable {
    struct Key: Hashable, Sendable {
        var version: UInt64
        var name: String
        var filters: DashboardFilters
        var audience: Audience
        var parameters: [String: String] = [:]
    }

    private struct State {
        var entries: [Key: (value: Value, used: UInt64)] = [:]
        var clock: UInt64 = 0
        var version: UInt64 = 0
        var hits = 0
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func value(_ key: Key) -> Value? {
        state.withLock { state in
            guard let entry = state.entries[key] else { return nil }
            state.hits += 1
            state.clock += 1
            state.entries[key] = (entry.value, state.clock)
            return entry.value
        }
    }

    func store(_ value: Value, for key: Key) {
        state.withLock { state in
            if key.version != state.version {
                guard key.version > state.version else { return }
                state.entries.removeAll()
                state.version = key.version
            }
            state.clock += 1
            state.entries[key] = (value, state.clock)
            if state.entries.count > capacity, let oldest = state.entries.min(by: { $0.value.used < $1.value.used }) {
                state.entries.removeValue(forKey: oldest.key)
            }
        }
    }

    var count: Int { state.withLock { $0.entries.count } }
    /// How many answers came from the cache.
    var hits: Int { state.withLock { $0.hits } }
}
