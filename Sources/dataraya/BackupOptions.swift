import ArgumentParser
import Foundation
import Store

/// `serve`'s scheduled backups: `--backup-every HOURS` (off unless given), into `--backup-dir` (default: `backups/`
/// beside the store), keeping the newest `--backup-keep`.
struct BackupOptions: ParsableArguments {
    @Option(name: .customLong("backup-every"), help: ArgumentHelp("Take and check a backup every so many hours (off when not given).", valueName: "hours"))
    var every: Double?

    @Option(name: .customLong("backup-dir"), help: ArgumentHelp("Where scheduled backups go (default: backups/ beside the store).", valueName: "dir"))
    var directory: String?

    @Option(name: .customLong("backup-keep"), help: "How many scheduled backups to keep, newest first.")
    var keep: Int = 7

    func validate() throws {
        if let every, !(every > 0) { throw ValidationError("--backup-every must be a number of hours above 0") }
        if keep < 1 { throw ValidationError("--backup-keep must be at least 1") }
    }

    /// The schedule for the store at `storePath`, or nil when scheduled backups are off.
    func schedule(store: DataStore, storePath: String) -> BackupSchedule? {
        guard let every else { return nil }
        let folder = directory ?? URL(fileURLWithPath: storePath).deletingLastPathComponent().appendingPathComponent("backups").path
        return BackupSchedule(
            store: store, folder: BackupFolder(path: folder, keep: keep), interval: .milliseconds(Int64((every * 3_600_000).rounded())))
    }
}
