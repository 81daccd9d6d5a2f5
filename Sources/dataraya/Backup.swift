import ArgumentParser
import Store

/// `dataraya backup --db FILE --to FILE`: an online, consistent copy of the store and its key file.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the store (consistent even while it serves) and its key file to a new file.")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The new file to write.", valueName: "file"))
    var to: String

    func run() throws {
        try DataStore(path: store.path, create: false).backup(to: to)
        let check = try DataStore.checkBackup(at: to)
        print("backed up \(store.path) to \(to) (with its key file \(to).keys, readable by you only)")
        print("checked: \(check.records) records, audit trail of \(check.auditEntries) entries verified")
    }
}

/// `dataraya restore --from FILE --db FILE`: puts a backup back where no store is.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore a backup to a path where no store exists (stop the server and move the old store away first).")

    @Option(help: ArgumentHelp("The backup to restore.", valueName: "file"))
    var from: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        try DataStore.restore(from: from, to: store.path)
        print("restored \(from) to \(store.path)")
    }
}
