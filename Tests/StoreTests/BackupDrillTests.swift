import Columnar
import Foundation
import Synchronization
import TVET
import TestSupport
import Testing

@testable import Store

/// The restore drill: a backup taken while batches are being written restores to a store that serves every batch
/// acknowledged before the backup began, whole, no batch in part, with an audit trail that verifies; and the checks
/// and rotation of scheduled backups.
@Suite struct BackupDrillTests {
    static let batchSize = 25, batches = 200

    static func batch(_ index: Int) throws -> Columnar.Table {
        try Fixtures.table(.programmes, (0..<batchSize).map { Fixtures.programme("P-\(index)-\($0)") })
    }

    @Test func aBackupDuringWritesRestoresEveryAcknowledgedBatchWhole() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let store = try DataStore(path: folder + "/live/dataraya.sqlite")
        try store.write(try Fixtures.table(.institutions, [Fixtures.institution]), dataset: .institutions)
        // The writer acknowledges `first` batches, then goes on writing while the backup starts; it waits before batch
        // `held` until the backup is done, so the backup is taken while batches are being written, and nothing from
        // `held` on can be in it.
        let first = 5, held = 150
        let started = DispatchSemaphore(value: 0), backedUp = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        let failure = Mutex<String?>(nil)
        DispatchQueue.global().async {
            defer { finished.signal() }
            for index in 0..<Self.batches {
                if index == first { started.signal() }
                if index == held { backedUp.wait() }
                do {
                    let entry = AuditEntry(at: Date(), actor: "user:1", action: "POST /api/v1/programmes", dataset: "programmes", outcome: .allowed, status: 200)
                    try store.write(try Self.batch(index), dataset: .programmes, audit: entry)
                } catch {
                    failure.withLock { $0 = "batch \(index): \(error)" }
                    if index < held { backedUp.wait() }
                    return
                }
            }
        }
        started.wait()
        try store.backup(to: folder + "/backup.sqlite")
        backedUp.signal()
        finished.wait()
        #expect(failure.withLock { $0 } == nil)

        try DataStore.restore(from: folder + "/backup.sqlite", to: folder + "/restored/dataraya.sqlite")
        let restored = try DataStore(path: folder + "/restored/dataraya.sqlite", create: false)
        #expect(try restored.verifyAudit().isIntact)
        let service = try DataService(store: restored, taxonomy: try ProjectFiles.taxonomy())
        let programmes = try #require(service.engine.snapshot.table(DatasetSchema.programmes.name))
        var wholeBatches = 0
        for index in 0..<Self.batches {
            let present = (0..<Self.batchSize).filter { programmes.row(forKey: "P-\(index)-\($0)") != nil }.count
            #expect(present == 0 || present == Self.batchSize, "batch \(index) is in part: \(present) records")
            if index < first { #expect(present == Self.batchSize, "batch \(index) was acknowledged before the backup began") }
            if index >= held { #expect(present == 0, "batch \(index) was written after the backup ended") }
            if present == Self.batchSize { wholeBatches += 1 }
        }
        // Each whole batch's audit entry came with it.
        #expect(try restored.verifyAudit().entries == wholeBatches)
    }

    @Test func aCheckedBackupIsCountedAndADamagedOneIsRefused() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let store = try DataStore(path: folder + "/live/dataraya.sqlite")
        for (dataset, table) in zip(TVETSchema.datasets, try Fixtures.generatedTables()) { try store.write(table, dataset: dataset) }
        try store.backup(to: folder + "/good.sqlite")
        let check = try DataStore.checkBackup(at: folder + "/good.sqlite")
        #expect(check.rows == (try store.rowCounts()) && check.records > 0)

        try store.backup(to: folder + "/keyless.sqlite")
        try FileManager.default.removeItem(atPath: folder + "/keyless.sqlite.keys")
        #expect(throws: StoreError.self) { try DataStore.checkBackup(at: folder + "/keyless.sqlite") }

        // A backup whose pages were overwritten on the way to its disk.
        try store.backup(to: folder + "/damaged.sqlite")
        let handle = try #require(FileHandle(forUpdatingAtPath: folder + "/damaged.sqlite"))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 16_384))
        try handle.close()
        #expect(throws: StoreError.self) { try DataStore.checkBackup(at: folder + "/damaged.sqlite") }
    }

    @Test func scheduledBackupsAreCheckedAndTheNewestKept() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let store = try DataStore(path: folder + "/live/dataraya.sqlite")
        try store.write(try Fixtures.table(.institutions, [Fixtures.institution]), dataset: .institutions)
        let schedule = BackupSchedule(store: store, folder: BackupFolder(path: folder + "/backups", keep: 2), interval: .seconds(3600))
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var written: [String] = []
        for hour in 0..<3 {
            guard case .written(let path, let check, _) = schedule.takeOne(now: start.addingTimeInterval(Double(hour) * 3600)) else {
                Issue.record("backup \(hour) failed")
                return
            }
            #expect(check.rows["institutions"] == 1)
            written.append(path)
        }
        #expect(written[0].hasSuffix("/backups/dataraya-20270115-080000.sqlite"))
        #expect(BackupFolder(path: folder + "/backups", keep: 2).backups() == Array(written.suffix(2)))
        #expect(!FileManager.default.fileExists(atPath: written[0] + ".keys"))
        // A backup that cannot be written is reported, and nothing is left of it.
        let clash = schedule.takeOne(now: start.addingTimeInterval(7200))
        guard case .failed(let reason) = clash else {
            Issue.record("a second backup to the same file was not refused")
            return
        }
        #expect(reason.contains("exists there already") && clash.line.hasPrefix("backup failed: "))
    }
}
