import ArgumentParser

@main
struct DataRaya: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataraya",
        abstract: "Data Raya TVET: Malaysia's national TVET data platform.",
        subcommands: [
            Generate.self, Import.self, QueryCommand.self, Schema.self, Serve.self, Users.self, Keys.self, Audit.self, Model.self, Match.self,
            Vectors.self, Report.self, Backup.self, Restore.self,
        ]
    )
}
