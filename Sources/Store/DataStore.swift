import Columnar
import GRDB
import TVET

import Foundation

/// The durable store: one SQLite file in WAL mode holding every dataset, one table each (see `StoreSchema`).
///
/// Every write is one transaction and returns only after its commit is on disk (`synchronous = FULL`), so an
/// acknowledged batch survives a process kill and a power cut. Foreign keys and the schema's checks are enforced
/// by SQLite itself. The engine's tables are rebuilt from it with `loadCatalog()`.
///
/// ```swift
/// let store = try DataStore(path: "data/dataraya.sqlite")
/// try store.write(decoded.table, dataset: .graduates)
/// let catalog = try store.loadCatalog()
/// ```
public struct DataStore: Sendable {
    let writer: any DatabaseWriter
    /// Where the store lives; nil for an in-memory store.
    public let path: String?
    /// The store's own secrets (MyKad lookup key, audit signing key), kept beside the file.
    let keys: StoreKeys

    /// Opens the store at `path`, creating it (and its folder) when `create` is true; migrates it to the current schema.
    public init(path: String, create: Bool = true) throws(StoreError) {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard create else { throw .noStore(path: path) }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if !FileManager.default.fileExists(atPath: folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotOpen(path: path, reason: "cannot create its folder")
                }
            }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: DataStore.configuration())
            // DatabasePool sets `synchronous = NORMAL` on its writer after `prepareDatabase` has run (WAL's usual
            // choice, which may lose the last commits on a power cut); acknowledged batches need FULL.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                // A bigger page cache for the writer: upserts and foreign-key checks of a million rows probe the
                // key indexes of the largest tables.
                try db.execute(sql: "PRAGMA cache_size = -131072")
            }
            writer = pool
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: DataStore.describe(error))
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        self.path = path
        keys = try StoreKeys.load(beside: path)
        try migrate()
    }

    /// A store in memory, for tests.
    public static func inMemory() throws(StoreError) -> DataStore {
        do {
            return try DataStore(writer: DatabaseQueue(configuration: configuration()))
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: ":memory:", reason: "\(error)")
        }
    }

    private init(writer: any DatabaseWriter) throws(StoreError) {
        self.writer = writer
        self.path = nil
        keys = StoreKeys.fresh()
        try migrate()
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "DataRaya.store"
        // Another process (an import beside a running server) may hold the write lock for a while.
        configuration.busyMode = .timeout(10)
        return configuration
    }

    private func migrate() throws(StoreError) {
        do {
            try DataStore.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw .migration(reason: DataStore.describe(error))
        } catch {
            throw .migration(reason: "\(error)")
        }
    }

    /// Named, append-only migrations: a shipped one is never edited; a schema change adds the next one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        registerDatasetsMigration(&migrator)
        registerIdentityMigration(&migrator)
        registerAuditMigration(&migrator)
        registerInvitationMigration(&migrator)
        registerIdentityManagementMigration(&migrator)
        registerContactMigration(&migrator)
        registerMomentsMigration(&migrator)
        registerDatasetUpdatesMigration(&migrator)
        registerSharingRequestsMigration(&migrator)
        registerGrantsMigration(&migrator)
        registerRegistrationsMigration(&migrator)
        registerPageSessionMigration(&migrator)
        registerServiceStepsMigration(&migrator)
        registerRegistrationNamesMigration(&migrator)
        registerPersonalReadsMigration(&migrator)
        registerApplicationsByApplicantMigration(&migrator)
        return migrator
    }

    /// The migrations applied to this store, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try reading { db in try DataStore.migrator.appliedMigrations(db) }
    }

    /// Rows stored per dataset.
    public func rowCounts() throws(StoreError) -> [String: Int] {
        try reading { db in
            var counts: [String: Int] = [:]
            for dataset in TVETSchema.datasets {
                counts[dataset.name] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(StoreSchema.quoted(dataset.name))") ?? 0
            }
            return counts
        }
    }

    /// Copies the write-ahead log into the database file and empties it (after a large import).
    public func checkpoint() throws(StoreError) {
        do {
            _ = try writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        } catch {
            throw StoreError(error)
        }
    }

    func writing<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError(error)
        }
    }

    func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError(error)
        }
    }

    /// SQLite's message without the SQL text (which would be long, and says nothing to an operator).
    static func describe(_ error: DatabaseError) -> String {
        error.message ?? "SQLite error \(error.resultCode.rawValue)"
    }
}
