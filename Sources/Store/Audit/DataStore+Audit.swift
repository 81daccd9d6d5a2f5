import Crypto
import Foundation
import GRDB

/// The tamper-evident audit trail: an append-only table whose every entry carries the SHA-256 of the previous
/// entry's hash and its own fields, and signed checkpoints (Ed25519, the store's key) of the chain's head.
/// Changing, removing or reordering an entry breaks the chain; cutting off the newest entries is caught by the last
/// checkpoint (written with every appended batch).
extension DataStore {
    static let genesisHash = String(repeating: "0", count: 64)

    static func registerAuditMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-audit") { db in
            try db.execute(sql: """
                CREATE TABLE "audit" (
                    "seq" INTEGER PRIMARY KEY,
                    "at" TEXT NOT NULL,
                    "actor" TEXT NOT NULL,
                    "category" TEXT,
                    "roles" TEXT,
                    "uxp_client" TEXT,
                    "uxp_service" TEXT,
                    "action" TEXT NOT NULL,
                    "dataset" TEXT,
                    "record_id" TEXT,
                    "classification" TEXT,
                    "outcome" TEXT NOT NULL,
                    "status" INTEGER NOT NULL,
                    "fault_id" TEXT,
                    "request_id" TEXT,
                    "prev_hash" TEXT NOT NULL,
                    "hash" TEXT NOT NULL);
                CREATE TABLE "audit_checkpoints" (
                    "seq" INTEGER PRIMARY KEY,
                    "hash" TEXT NOT NULL,
                    "at" TEXT NOT NULL,
                    "signature" TEXT NOT NULL);
                CREATE TRIGGER "audit_no_update" BEFORE UPDATE ON "audit"
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                CREATE TRIGGER "audit_no_delete" BEFORE DELETE ON "audit"
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """)
        }
    }

    /// Appends entries in order, in one transaction, and signs a checkpoint of the new head.
    public func appendAudit(_ entries: [AuditEntry]) throws(StoreError) {
        guard !entries.isEmpty else { return }
        let signingKey = keys.signingKey
        try writing { db in try DataStore.appendAudit(entries, signingKey: signingKey, in: db) }
    }

    /// Appends entries inside the caller's transaction (a batch's write and its entry commit together).
    static func appendAudit(_ entries: [AuditEntry], signingKey: Curve25519.Signing.PrivateKey, in db: Database) throws {
        let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        var seq: Int64 = head?["seq"] ?? 0
        var previous: String = head?["hash"] ?? DataStore.genesisHash
        let insert = try db.cachedStatement(sql: """
            INSERT INTO audit (seq, at, actor, category, roles, uxp_client, uxp_service, action, dataset, record_id,
                classification, outcome, status, fault_id, request_id, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for entry in entries {
            seq += 1
            let fields = DataStore.auditFields(entry, at: StoreDate.text(entry.at))
            let hash = DataStore.chainHash(previous: previous, seq: seq, fields: fields)
            var values: [(any DatabaseValueConvertible)?] = [seq]
            values += fields.map { $0 }
            values += [previous, hash]
            try insert.execute(arguments: StatementArguments(values))
            previous = hash
        }
        let signature = try signingKey.signature(for: Data("\(seq):\(previous)".utf8))
        try db.execute(
            sql: "INSERT OR REPLACE INTO audit_checkpoints (seq, hash, at, signature) VALUES (?, ?, ?, ?)",
            arguments: [seq, previous, StoreDate.text(Date()), signature.base64EncodedString()])
    }

    /// The result of checking the whole trail.
    public struct AuditVerification: Sendable, Equatable {
        public let entries: Int
        public let checkpoints: Int
        /// Nil when the trail is whole; otherwise the first problem found, naming the entry.
        public let problem: String?
        public var isIntact: Bool { problem == nil }
    }

    /// Recomputes the chain from the first entry and checks every checkpoint's signature.
    public func verifyAudit() throws(StoreError) -> AuditVerification {
        let publicKey = keys.signingKey.publicKey
        return try reading { db in
            var previous = DataStore.genesisHash
            var expected: Int64 = 1
            var hashes: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY seq")
            while let row = try rows.next() {
                let seq: Int64 = row["seq"]
                guard seq == expected else {
                    return AuditVerification(entries: Int(expected - 1), checkpoints: 0, problem: "entry \(expected) is missing")
                }
                let fields: [String?] = ["at", "actor", "category", "roles", "uxp_client", "uxp_service", "action", "dataset",
                                         "record_id", "classification", "outcome"].map { row[$0] } + [String(row["status"] as Int64)]
                    + ["fault_id", "request_id"].map { row[$0] }
                let stored: String = row["hash"], prev: String = row["prev_hash"]
                guard prev == previous else {
                    return AuditVerification(entries: Int(seq), checkpoints: 0, problem: "entry \(seq) does not follow entry \(seq - 1)")
                }
                guard DataStore.chainHash(previous: previous, seq: seq, fields: fields) == stored else {
                    return AuditVerification(entries: Int(seq), checkpoints: 0, problem: "entry \(seq) was altered")
                }
                hashes[seq] = stored
                previous = stored
                expected += 1
            }
            let count = Int(expected - 1)
            var checkpoints = 0
            for row in try Row.fetchAll(db, sql: "SELECT * FROM audit_checkpoints ORDER BY seq") {
                let seq: Int64 = row["seq"], hash: String = row["hash"], signature: String = row["signature"]
                guard let signatureData = Data(base64Encoded: signature),
                    publicKey.isValidSignature(signatureData, for: Data("\(seq):\(hash)".utf8))
                else {
                    return AuditVerification(entries: count, checkpoints: checkpoints, problem: "checkpoint at entry \(seq) has a bad signature")
                }
                guard hashes[seq] == hash else {
                    let reason = seq > count ? "entries after \(count) were removed (checkpoint at entry \(seq))"
                        : "entry \(seq) differs from its signed checkpoint"
                    return AuditVerification(entries: count, checkpoints: checkpoints, problem: reason)
                }
                checkpoints += 1
            }
            return AuditVerification(entries: count, checkpoints: checkpoints, problem: nil)
        }
    }

    static func auditFields(_ e: AuditEntry, at: String) -> [String?] {
        [at, e.actor, e.category, e.roles, e.uxpClient, e.uxpService, e.action, e.dataset, e.recordID, e.classification,
         e.outcome.rawValue, String(e.status), e.faultID, e.requestID]
    }

    /// SHA-256 over the previous hash, the sequence number and every field (unit-separated; null distinct from empty).
    static func chainHash(previous: String, seq: Int64, fields: [String?]) -> String {
        var text = previous + "\u{1E}" + String(seq)
        for field in fields { text += "\u{1F}" + (field.map { "=" + $0 } ?? "\u{0}") }
        return Secret.hex(SHA256.hash(data: Data(text.utf8)))
    }
}
