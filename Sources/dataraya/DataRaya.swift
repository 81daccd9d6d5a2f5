import ArgumentParser

@main
struct DataRaya: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataraya",
        abstract: "Data Raya TVET: Malaysia's national TVET data platform.",
        subcommands: [Generate.self, Schema.self]
    )
}
