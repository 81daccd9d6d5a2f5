import ArgumentParser
import Foundation
import TVET

/// `--db FILE`, shared by the commands that use the durable store.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The store: one SQLite file (created by import).", valueName: "file"))
    var path: String = "data/dataraya.sqlite"
}

/// A command's one-line reason for failing; printed as `Error: <reason>` with a non-zero exit status.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `--models DIR`: where `model train` writes the matching model and the commands that rank read it.
struct ModelOptions: ParsableArguments {
    @Option(name: .customLong("models"), help: ArgumentHelp("The matching model's folder.", valueName: "dir"))
    var directory: String = "models/matching"
}

/// Where the report definitions are: the folder given, else the project's `reports/` beside the executable or here.
enum ReportFolder {
    static func locate(_ given: String?) throws -> String {
        if let given { return given }
        let taxonomy = try SkillTaxonomy.locateDefault().orThrow("cannot find the project's models/ and reports/; run from the project folder")
        return URL(fileURLWithPath: taxonomy).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("reports").path
    }
}
