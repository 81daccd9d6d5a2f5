import Foundation
import GRDB

/// Online, consistent copies of a store (CONTRACT 1: `dataraya backup` / `restore`).
///
/// The copy is made with SQLite's backup API inside one read transaction, so it is the store as of one moment even
/// while the server writes; the key file goes with it (without it the copy's audit checkpoints could not be checked,
/// UP_TVET logins would fail and candidates' pseudonyms would change). Neither side overwrites an existing file.
extension DataStore {
    /// Copies this store, and its keys, to a new file at `destination`.
    public func backup(to destination: String) throws(StoreError) {
        try Self.copy(from: writer, keys: keys, to: destination)
    }

    /// Restores a backup to `path`, where no store may exist yet (stop the server and move the old store away first).
    public static func restore(from backup: String, to path: String) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: backup) else { throw .noStore(path: backup) }
        guard FileManager.default.fileExists(atPath: backup + ".keys") else {
            throw .cannotCopy(to: path, reason: "the backup's key file \(backup).keys is missing; restore both together")
        }
        let source = try DataStore(path: backup, create: false)
        try copy(from: source.writer, keys: source.keys, to: path)
    }

    private static func copy(from source: any DatabaseWriter, keys: StoreKeys, to destination: String) throws(StoreError) {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: destination), !manager.fileExists(atPath: destination + ".keys") else {
            throw .cannotCopy(to: destination, reason: "a file exists there already; name a new one")
        }
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let target = try DatabaseQueue(path: destination)
            try source.backup(to: target)
            try target.close()
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? manager.removeItem(atPath: destination + suffix) }
            throw .cannotCopy(to: destination, reason: "\(error)")
        }
        try keys.save(beside: destination)
    }
}
