import Foundation
import GRDB
import TVET
import Testing
import TestSupport

@testable import Store

/// The migrated store against the schema: a change to `TVETSchema` without a new migration fails here.
@Suite struct StoreSchemaTests {
    static let migrations = [
        "v1-datasets", "v2-identity", "v3-audit", "v4-invitations", "v5-identity-management", "v6-graduate-contacts",
        "v7-moments-as-text", "v8-audit-dataset-index",
        "v9-sharing-requests", "v10-grants", "v11-registrations", "v12-page-sessions", "v13-service-steps",
        "v14-registration-names", "v15-personal-reads", "v16-applications-by-applicant",
    ]

    @Test func theMigrationCreatesExactlyTheSchemasTablesAndColumns() throws {
        let store = try DataStore.inMemory()
        try store.writer.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
            // The datasets, plus the store's own tables for identity (v2) and the audit trail (v3).
            let own: Set<String> = ["users", "api_keys", "tokens", "audit", "audit_checkpoints", "invitations", "graduate_contacts",
                                   "sharing_requests", "sharing_request_versions", "sharing_request_history", "grants",
                                   "registrations", "page_sessions", "personal_reads"]
            #expect(Set(tables) == Set(TVETSchema.datasets.map(\.name)).union(own))
            for dataset in TVETSchema.datasets {
                let info = try Row.fetchAll(db, sql: "PRAGMA table_info(\(StoreSchema.quoted(dataset.name)))")
                let stored = info.map { row -> String in
                    let name: String = row["name"], type: String = row["type"]
                    let notNull: Int = row["notnull"], pk: Int = row["pk"]
                    return "\(name) \(type)\(notNull == 1 ? " NOT NULL" : "")\(pk == 1 ? " PRIMARY KEY" : "")"
                }
                let expected = dataset.columns.enumerated().map { index, column in
                    "\(column.name) \(StoreSchema.sqlType(column.type))\(column.nullable && index > 0 ? "" : " NOT NULL")"
                        + (index == 0 ? " PRIMARY KEY" : "")
                }
                #expect(stored == expected, "\(dataset.name): the store's columns differ from the schema; add a migration")
                let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(StoreSchema.quoted(dataset.name)))")
                    .map { row -> String in
                        let from: String = row["from"], table: String = row["table"]
                        return "\(from)->\(table)"
                    }
                #expect(Set(keys) == Set(dataset.links.map { "\($0.name)->\($0.linksTo!)" }), "\(dataset.name)")
                // The frozen migration's text is what the schema's rules give today: every check, value set and link.
                let created = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [dataset.name])
                #expect(created == StoreSchema.createTable(dataset), "\(dataset.name): the schema's rules changed; add a migration")
            }
        }
        #expect(try store.appliedMigrations() == Self.migrations)
    }

    @Test func aFileStoreIsDurableWALWithForeignKeys() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try DataStore(path: folder + "/nested/store.sqlite")
        let (journal, synchronous, foreignKeys) = try store.writer.writeWithoutTransaction { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(synchronous == 2)  // FULL
        #expect(foreignKeys == 1)
        // Opening again finds the migration applied and runs nothing.
        #expect(try DataStore(path: folder + "/nested/store.sqlite").appliedMigrations() == Self.migrations)
    }

    @Test func readingCommandsDoNotCreateAStore() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        #expect(throws: StoreError.noStore(path: folder + "/none.sqlite")) {
            try DataStore(path: folder + "/none.sqlite", create: false)
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/none.sqlite"))
    }

    @Test func aFileThatIsNotAStoreIsRefused() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let path = folder + "/not-a-store.sqlite"
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect {
            try DataStore(path: path)
        } throws: { error in
            "\(error)".hasPrefix("cannot open the store \(path): ")
        }
    }

    @Test(arguments: [
        // A value outside its value set, a range, a date that does not exist, a boolean that is not 0 or 1.
        "INSERT INTO institutions VALUES ('I1', 'X', 'KPT', 'ILP', 'Atlantis', 'D', NULL, NULL)",
        "INSERT INTO institutions VALUES ('I1', 'X', 'KPT', 'ILP', 'Johor', 'D', 45.0, NULL)",
        "INSERT INTO programmes VALUES ('P1', 'I0', 'X', 'ICT', 'bad', 3, 12, 10)",
        "INSERT INTO programmes VALUES ('P1', 'I0', 'X', 'ICT', NULL, 9, 12, 10)",
        "INSERT INTO programmes VALUES ('P1', 'I0', 'X', 'ICT', NULL, 'three', 12, 10)",
        "INSERT INTO programmes VALUES ('P1', 'I0', NULL, 'ICT', NULL, 3, 12, 10)",
        "INSERT INTO programmes VALUES (NULL, 'I0', 'X', 'ICT', NULL, 3, 12, 10)",
        "INSERT INTO applications VALUES ('A1', '990315332270', 'N', 2024, 'P0', 1, 'SUBMITTED', '2024-02-30')",
        "INSERT INTO applications VALUES ('A1', '99031533227', 'N', 2024, 'P0', 1, 'SUBMITTED', '2024-02-03')",
        "INSERT INTO instructors VALUES ('T1', '990315332270', 'N', 'I0', 'ICT', 6, 2, 5)",
        "INSERT INTO employers VALUES ('E1', 'Syarikat', '20230101234X', 'C', 'Johor', 'SMALL')",
        // A link to a record that does not exist.
        "INSERT INTO programmes VALUES ('P1', 'NOPE', 'X', 'ICT', NULL, 3, 12, 10)",
    ])
    func theSchemaRefusesBadRowsWrittenBySQL(_ sql: String) throws {
        let store = try DataStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO institutions VALUES ('I0', 'X', 'KPT', 'ILP', 'Johor', 'D', 1.5, 103.7)")
            try db.execute(sql: "INSERT INTO programmes VALUES ('P0', 'I0', 'X', 'ICT', 'IT-010-3:2019', 3, 12, 10)")
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in try db.execute(sql: sql) }
        }
        #expect(try store.rowCounts()["institutions"] == 1)
    }

    @Test func aGoodRowWrittenBySQLIsAccepted() throws {
        // The control for the refusals above: the same shapes with good values pass.
        let store = try DataStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO institutions VALUES ('I0', 'X', 'KPT', 'ILP', 'Johor', 'D', 1.5, 103.7)")
            try db.execute(sql: "INSERT INTO programmes VALUES ('P0', 'I0', 'X', 'ICT', 'IT-010-3:2019', 3, 12, 10)")
            try db.execute(sql: "INSERT INTO applications VALUES ('A1', '990315332270', 'N', 2024, 'P0', 1, 'SUBMITTED', '2024-02-29')")
            try db.execute(sql: "INSERT INTO instructors VALUES ('T1', '990315332270', 'N', 'I0', 'ICT', 6, 1, 5)")
            try db.execute(sql: "INSERT INTO employers VALUES ('E1', 'Syarikat', '202301012345', 'C', 'Johor', 'SMALL')")
        }
        #expect(try store.rowCounts()["applications"] == 1)
    }
}
