import Foundation
import GRDB

/// What a written backup was found to hold when it was checked: it opens as a store, SQLite finds its file sound,
/// its audit trail verifies against its own key file, and these are its records.
public struct BackupCheck: Sendable, Equatable {
    /// Records per dataset.
    public let rows: [String: Int]
    /// Entries of its audit trail, all verified.
    public let auditEntries: Int

    public var records: Int { rows.values.reduce(0, +) }
}

extension DataStore {
    /// Opens the backup at `path` with its key file and checks it: the file is sound (`PRAGMA quick_check`), its
    /// tables are the current schema's, and its audit trail verifies. A backup that fails is useless for a restore,
    /// and is reported as `badBackup` with the first problem found.
    public static func checkBackup(at path: String) throws(StoreError) -> BackupCheck {
        guard FileManager.default.fileExists(atPath: path + ".keys") else {
            throw .badBackup(path: path, reason: "its key file \(path).keys is missing")
        }
        let copy = try DataStore(path: path, create: false)
        let soundness = try copy.reading { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard soundness == ["ok"] else { throw .badBackup(path: path, reason: "SQLite finds it damaged (\(soundness.first ?? "?"))") }
        let audit = try copy.verifyAudit()
        if let problem = audit.problem { throw .badBackup(path: path, reason: "its audit trail does not verify: \(problem)") }
        return BackupCheck(rows: try copy.rowCounts(), auditEntries: audit.entries)
    }
}
