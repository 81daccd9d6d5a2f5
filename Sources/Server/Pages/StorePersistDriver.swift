import Foundation
import Hummingbird
import Store

/// Hummingbird's key-value persistence over the store, for page sessions (`SessionMiddleware`): every process serving
/// the same store shares them, keys are kept only as digests, and the SQLite work runs on the blocking queue.
struct StorePersistDriver: PersistDriver {
    let store: DataStore

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let data = try JSONEncoder().encode(value)
        let created = try await Blocking.run { [store] in
            try store.setPageSession(key: key, value: data, expiresAt: Self.moment(expires), create: true)
        }
        if !created { throw PersistError.duplicate }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let data = try JSONEncoder().encode(value)
        _ = try await Blocking.run { [store] in
            try store.setPageSession(key: key, value: data, expiresAt: Self.moment(expires), create: false)
        }
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let stored = try await Blocking.run({ [store] in try store.pageSession(key: key) }) else { return nil }
        guard let object = try? JSONDecoder().decode(type, from: stored.value) else { return nil }
        return (object, stored.expiresAt.map { .seconds(max(0, $0.timeIntervalSinceNow)) })
    }

    func remove(key: String) async throws {
        try await Blocking.run { [store] in try store.removePageSession(key: key) }
    }

    private static func moment(_ expires: Duration?) -> Date? {
        expires.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
    }
}
