import Foundation

/// A folder of dated backups of one store, of which the newest `keep` are kept: `dataraya-20261206-231500.sqlite`
/// (UTC, to the second) and its `.keys` file.
public struct BackupFolder: Sendable {
    public let path: String
    public let keep: Int
    static let prefix = "dataraya-", suffix = ".sqlite"

    public init(path: String, keep: Int) {
        self.path = path
        self.keep = max(1, keep)
    }

    /// The file a backup taken at `moment` goes to.
    public func file(at moment: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return URL(fileURLWithPath: path).appendingPathComponent(Self.prefix + formatter.string(from: moment) + Self.suffix).path
    }

    /// The backups in the folder, oldest first (their names sort by time).
    public func backups() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasPrefix(Self.prefix) && $0.hasSuffix(Self.suffix) }.sorted()
            .map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
    }

    /// Removes all but the newest `keep` backups, with their key files; returns what it removed.
    @discardableResult
    public func prune() -> [String] {
        let old = Array(backups().dropLast(keep))
        for file in old {
            for companion in [file, file + ".keys", file + "-wal", file + "-shm"] { try? FileManager.default.removeItem(atPath: companion) }
        }
        return old
    }
}
