import Foundation
import TVET
import TestSupport
import Testing
@testable import Store

/// `backup` and `restore`: the copy holds every row, its users' keys still work, its audit trail still verifies
/// against the copied key file, and neither side overwrites anything.
@Suite struct BackupTests {
    func populatedStore() throws -> (DataStore, apiKey: String) {
        let store = try DataStore(path: try ProjectFiles.temporaryDirectory() + "/live/dataraya.sqlite")
        for (dataset, table) in zip(TVETSchema.datasets, try Fixtures.generatedTables()) {
            try store.write(table, dataset: dataset)
        }
        let key = try store.addUser(NewUser(name: "analyst", category: .g2g, roles: [.analyst])).apiKey
        try store.appendAudit([AuditEntry(at: Date(), actor: "anonymous", action: "GET /health", outcome: .allowed, status: 200)])
        return (store, key)
    }

    @Test func aBackupHoldsEverythingAndItsKeysAndRestoresToANewPlace() throws {
        let (store, key) = try populatedStore()
        let folder = try ProjectFiles.temporaryDirectory()
        let copy = folder + "/copies/backup.sqlite"
        try store.backup(to: copy)
        let attributes = try FileManager.default.attributesOfItem(atPath: copy + ".keys")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let restoredPath = folder + "/restored/dataraya.sqlite"
        try DataStore.restore(from: copy, to: restoredPath)
        for path in [copy, restoredPath] {
            let opened = try DataStore(path: path, create: false)
            #expect(try opened.rowCounts() == store.rowCounts())
            #expect(try opened.user(apiKey: key)?.name == "analyst")
            let verification = try opened.verifyAudit()
            #expect(verification.isIntact && verification.entries == 1, "\(verification)")
            #expect(opened.candidatePseudonym(employer: "E1", graduate: "G1") == store.candidatePseudonym(employer: "E1", graduate: "G1"))
        }
    }

    @Test func neitherSideOverwritesAFileOrRestoresWithoutKeys() throws {
        let (store, _) = try populatedStore()
        let folder = try ProjectFiles.temporaryDirectory()
        let copy = folder + "/backup.sqlite"
        try store.backup(to: copy)
        #expect(throws: StoreError.self) { try store.backup(to: copy) }
        #expect(throws: StoreError.self) { try DataStore.restore(from: copy, to: store.path!) }
        try FileManager.default.removeItem(atPath: copy + ".keys")
        #expect(throws: StoreError.self) { try DataStore.restore(from: copy, to: folder + "/other.sqlite") }
        #expect(!FileManager.default.fileExists(atPath: folder + "/other.sqlite"))
        #expect(throws: StoreError.noStore(path: folder + "/missing.sqlite")) {
            try DataStore.restore(from: folder + "/missing.sqlite", to: folder + "/x.sqlite")
        }
    }
}
