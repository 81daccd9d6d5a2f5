import Synchronization

/// Holds the current `Catalog` and swaps in new versions atomically.
///
/// Readers take `snapshot` (a cheap copy of an immutable value) and keep using it however long their query
/// runs; a writer builds the next version outside the read lock and publishes it in one assignment, so a reader
/// sees either the whole old version or the whole new one, never a half-applied batch. Writers are serialised.
///
/// ```swift
/// let store = CatalogStore(try Catalog(tables: [graduates, programmes], links: links))
/// try store.update { try $0.merging(batch) }
/// let result = try store.snapshot.execute(query)
/// ```
public final class CatalogStore: Sendable {
    private let current: Mutex<Catalog>
    private let writer = Mutex<Void>(())

    public init(_ catalog: Catalog = Catalog()) {
        current = Mutex(catalog)
    }

    /// The latest published version.
    public var snapshot: Catalog { current.withLock { $0 } }

    /// Publishes `catalog` as the next version and returns it (with its version number set).
    @discardableResult
    public func publish(_ catalog: Catalog) -> Catalog {
        writer.withLock { _ in swap(catalog) }
    }

    /// Builds the next version from the current one and publishes it; nothing is published if `body` throws.
    /// Concurrent updates run one after another, each seeing the previous one's result.
    @discardableResult
    public func update<E: Error>(_ body: (Catalog) throws(E) -> Catalog) throws(E) -> Catalog {
        try writer.withLock { _ throws(E) -> Catalog in
            let next = try body(snapshot)
            return swap(next)
        }
    }

    /// Runs `query` against the current snapshot.
    public func execute(_ query: Query) throws(QueryError) -> QueryResult {
        try snapshot.execute(query)
    }

    private func swap(_ catalog: Catalog) -> Catalog {
        current.withLock { old in
            var next = catalog
            next.version = old.version &+ 1
            old = next
            return next
        }
    }
}
