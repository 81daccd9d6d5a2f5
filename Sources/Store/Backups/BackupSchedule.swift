import Foundation

/// Backups taken while the service runs (`dataraya serve --backup-every HOURS`): one every `interval` into `folder`,
/// each checked as soon as it is written (`DataStore.checkBackup`), then the folder pruned to its newest backups. A
/// backup that fails its check is removed, so that only sound backups are kept; the failure is reported.
public struct BackupSchedule: Sendable {
    /// How one scheduled backup went.
    public enum Outcome: Sendable {
        case written(path: String, check: BackupCheck, seconds: Double)
        case failed(reason: String)

        /// One line for the server's output (file names and counts only).
        public var line: String {
            switch self {
            case .written(let path, let check, let seconds):
                "backup \(path): \(check.records) records, audit trail of \(check.auditEntries) entries verified ("
                    + String(format: "%.1f", seconds) + " s)"
            case .failed(let reason): "backup failed: \(reason)"
            }
        }
    }

    let store: DataStore
    let folder: BackupFolder
    let interval: Duration

    public init(store: DataStore, folder: BackupFolder, interval: Duration) {
        self.store = store
        self.folder = folder
        self.interval = interval
    }

    /// Takes, checks and prunes one backup now.
    public func takeOne(now: Date = Date()) -> Outcome {
        let path = folder.file(at: now)
        let started = ContinuousClock.now
        do {
            try store.backup(to: path)
            let check: BackupCheck
            do {
                check = try DataStore.checkBackup(at: path)
            } catch {
                for companion in [path, path + ".keys", path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: companion) }
                throw error
            }
            folder.prune()
            let elapsed = started.duration(to: .now).components
            return .written(path: path, check: check, seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        } catch {
            return .failed(reason: "\(error)")
        }
    }

    /// Takes a backup every `interval` until the task is cancelled, reporting each.
    public func run(report: @escaping @Sendable (Outcome) -> Void) async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            let schedule = self
            let outcome = (try? await Blocking.run { schedule.takeOne() }) ?? .failed(reason: "the backup could not run")
            report(outcome)
        }
    }
}
