import Foundation
import Testing
import TestSupport

/// `dataraya users add | list | disable | enable` and `dataraya keys list | add | revoke`, run as the built binary
/// over a generated, imported store.
@Suite(.serialized) struct UsersCommandTests {
    let db: String
    let root = ProjectFiles.root.path
    /// A graduate, their own MyKad number (from their student record) and another student's.
    let graduate: String, ownMyKad: String, otherMyKad: String

    init() throws {
        let folder = try ProjectFiles.temporaryDirectory()
        db = folder + "/store.sqlite"
        #expect(try BinaryRunner.run(["generate", "--out", folder + "/data", "--graduates", "100"], in: root).status == 0)
        #expect(try BinaryRunner.run(["import", "--db", db, folder + "/data"], in: root).status == 0)
        func rows(_ file: String) throws -> [[Substring]] {
            try String(contentsOfFile: folder + "/data/" + file, encoding: .utf8).split(separator: "\n").dropFirst()
                .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        }
        let myKads = Dictionary(try rows("students.csv").map { ($0[0], String($0[1])) }, uniquingKeysWith: { first, _ in first })
        let first = try #require(try rows("graduates.csv").first)
        let own = try #require(myKads[first[1]])
        graduate = String(first[0])
        ownMyKad = own
        otherMyKad = try #require(myKads.values.first { $0 != own })
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> BinaryRunner.Output {
        try BinaryRunner.run(arguments + ["--db", db], stdin: stdin, in: root)
    }

    @Test func aGraduatesLoginNeedsTheirOwnMyKadAndTheRefusalPrintsNeitherNumber() throws {
        let add = ["users", "add", "--name", "graduan", "--category", "G2C", "--role", "GRADUATE", "--graduate", graduate, "--password-stdin"]
        let refused = try run(add + ["--no-ic", otherMyKad], stdin: "kata-laluan-rahsia\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("student record"), "\(refused.stderr)")
        for number in [ownMyKad, otherMyKad] { #expect(!refused.stderr.contains(number) && !refused.stdout.contains(number)) }
        let created = try run(add + ["--no-ic", ownMyKad], stdin: "kata-laluan-rahsia\n")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.split(separator: "\n").last?.hasPrefix("drk_") == true)
    }

    @Test func usersAreListedDisabledAndEnabledWithoutShowingSecrets() throws {
        let added = try run(["users", "add", "--name", "penganalisis", "--category", "G2G", "--role", "ANALYST", "--key-expires-days", "30"])
        #expect(added.status == 0, "\(added.stderr)")
        let lines = added.stdout.split(separator: "\n")
        #expect(lines.dropLast().last?.hasPrefix("API key (shown once") == true)
        #expect(lines.contains { $0.hasPrefix("key id ") && $0.contains("; expires 20") })
        let key = String(lines.last!)

        let listed = try run(["users", "list"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let header = listed.stdout.split(separator: "\n").first.map { $0.split(separator: " ").map(String.init) }
        #expect(header == ["id", "name", "category", "roles", "disabled"])
        let row = try #require(listed.stdout.split(separator: "\n").first { $0.contains("penganalisis") })
        #expect(row.split(separator: " ").suffix(3) == ["G2G", "ANALYST", "no"])
        #expect(!listed.stdout.contains(key) && !listed.stdout.contains("drk_"))

        #expect(try run(["users", "disable", "--name", "penganalisis"]).status == 0)
        let disabled = try run(["users", "list"]).stdout.split(separator: "\n").first { $0.contains("penganalisis") }
        #expect(disabled?.contains("since 20") == true)
        let id = try #require(row.split(separator: " ").first.map(String.init))
        #expect(try run(["users", "enable", "--id", id]).status == 0)
        #expect(try run(["users", "list"]).stdout.split(separator: "\n").first { $0.contains("penganalisis") }?.hasSuffix("no") == true)

        let neither = try run(["users", "disable"])
        #expect(neither.status != 0 && neither.stderr.contains("--name or --id"))
        #expect(try run(["users", "disable", "--name", "nobody"]).stderr.contains("no user has that name"))
    }

    @Test func keysAreAddedOnceListedByIdAndRevoked() throws {
        #expect(try run(["users", "add", "--name", "sistem-jtm", "--category", "G2G", "--role", "AGENCY_SYSTEM", "--agency", "JTM"]).status == 0)
        let added = try run(["keys", "add", "--user", "sistem-jtm", "--expires-days", "7"])
        #expect(added.status == 0, "\(added.stderr)")
        let key = try #require(added.stdout.split(separator: "\n").last.map(String.init))
        #expect(key.hasPrefix("drk_"))
        let keyID = try #require(added.stdout.split(separator: "\n").first { $0.hasPrefix("key id ") }?.dropFirst(7).prefix(12))

        let listed = try run(["keys", "list", "--user", "sistem-jtm"])
        #expect(listed.stdout.split(separator: "\n").first?.split(separator: " ") == ["key_id", "created", "expires", "state"])
        let rows = listed.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 2)
        #expect(rows.contains { $0.hasPrefix(keyID) && $0.hasSuffix("active") && !$0.contains("never") })
        #expect(rows.contains { $0.contains("never") })
        #expect(!listed.stdout.contains(key))

        let revoked = try run(["keys", "revoke", String(keyID)])
        #expect(revoked.status == 0, "\(revoked.stderr)")
        let after = try run(["keys", "list", "--user", "sistem-jtm"]).stdout.split(separator: "\n")
        #expect(after.contains { $0.hasPrefix(keyID) && $0.contains("revoked 20") })
        #expect(try run(["keys", "revoke", "000000000000"]).status != 0)
        #expect(try run(["keys", "add", "--user", "sistem-jtm", "--expires-days", "0"]).stderr.contains("--expires-days must be"))
        #expect(try run(["keys", "add", "--user", "nobody"]).status != 0)
    }
}
