import Foundation
import TestSupport

/// One small store for the report suites, made once as a user would: `dataraya generate`, `dataraya import`, and
/// an analyst added with `dataraya users add`, whose key sees the figures unsuppressed.
struct ReportStore: Sendable {
    let folder: String
    let db: String
    let analystKey: String
    /// An institution with graduates, for the institution profile.
    let institutionID: String

    static let shared: Result<ReportStore, any Error> = Result { try make() }
    static func get() throws -> ReportStore { try shared.get() }

    struct SetupFailed: Error, CustomStringConvertible {
        let description: String
    }

    static func make() throws -> ReportStore {
        let folder = try ProjectFiles.temporaryDirectory()
        let db = folder + "/store.sqlite"
        let root = ProjectFiles.root.path
        for arguments in [
            ["generate", "--out", folder + "/data", "--graduates", "300", "--seed", "7"], ["import", "--db", db, folder + "/data"],
        ] {
            let result = try BinaryRunner.run(arguments, in: root)
            guard result.status == 0 else { throw SetupFailed(description: "dataraya \(arguments[0]): \(result.stderr)") }
        }
        let added = try BinaryRunner.run(
            ["users", "add", "--db", db, "--name", "report-analyst", "--category", "G2G", "--role", "ANALYST", "--agency", "KESUMA"],
            in: root)
        guard added.status == 0, let key = added.stdout.split(separator: "\n").last.map(String.init), key.hasPrefix("drk_") else {
            throw SetupFailed(description: "dataraya users add: \(added.stderr)")
        }
        return ReportStore(folder: folder, db: db, analystKey: key, institutionID: try busiestInstitution(folder + "/data"))
    }

    /// The institution whose programmes have the most graduates in the generated files.
    static func busiestInstitution(_ data: String) throws -> String {
        func rows(_ file: String) throws -> [[String]] {
            try String(contentsOfFile: data + "/" + file, encoding: .utf8).split(separator: "\n").dropFirst()
                .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        var institutionOf: [String: String] = [:]
        for row in try rows("programmes.csv") where row.count > 1 { institutionOf[row[0]] = row[1] }
        var graduates: [String: Int] = [:]
        for row in try rows("graduates.csv") where row.count > 2 {
            if let institution = institutionOf[row[2]] { graduates[institution, default: 0] += 1 }
        }
        guard let busiest = graduates.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
            throw SetupFailed(description: "no graduates in the generated data")
        }
        return busiest.key
    }
}
