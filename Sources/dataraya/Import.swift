import ArgumentParser
import Store
import TVET

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dataraya import`: validates CSV files and stores them, one transaction per file.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate CSV files and load them into the durable store; prints a report per file.",
        discussion: """
            Each file is one transaction: its "stored N rows" line is printed only after the commit is on disk. \
            By default a file with any rejected line stores nothing; --skip-invalid stores the valid rows and writes \
            the rejected lines to <dataset>.rejects.csv beside the file. The exit status is non-zero when any line \
            or file was rejected.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(name: .customLong("skip-invalid"), help: "Store the valid rows of a file with rejected lines; write the rejects beside it.")
    var skipInvalid = false

    @Option(help: "The skill taxonomy (default: models/skills.csv of the project).")
    var skills: String?

    @Argument(help: ArgumentHelp("Folders holding dataset files, or dataset files (<dataset>.csv).", valueName: "dir-or-csv"))
    var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one folder or CSV file to import") }
    }

    func run() throws {
        guard let skillsPath = skills ?? SkillTaxonomy.locateDefault() else {
            throw CommandFailure("cannot find models/skills.csv; run from the project folder or pass --skills FILE")
        }
        let taxonomy = try SkillTaxonomy.load(path: skillsPath)
        let plan = try ImportPlan.make(paths: paths)
        let dataStore = try DataStore(path: store.path)
        let progress = TerminalProgress()
        let summary = try DatasetImporter(store: dataStore, taxonomy: taxonomy)
            .run(plan, skipInvalid: skipInvalid, progress: progress.report) { event in
                progress.finish()
                print(event)
                // A pipe is block-buffered: the acknowledgement must leave the process as soon as it is true.
                fflush(nil)
            }
        progress.finish()
        // Only shrinks the log: everything is already durable, so a reader holding it up is no reason to fail.
        try? dataStore.checkpoint()
        print("import: \(summary.description)")
        if summary.hasRejections {
            throw CommandFailure(
                "\(summary.rejectedLines) lines rejected, \(summary.refusedFiles) files not imported; see the report above")
        }
    }
}
