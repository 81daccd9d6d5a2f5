import ArgumentParser

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
