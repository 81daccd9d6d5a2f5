import ArgumentParser
import Store

/// `dataraya audit verify`: checks the audit trail's hash chain and signed checkpoints.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The audit trail.", subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain and checkpoints; exits non-zero on any altered, removed or reordered entry.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let result = try DataStore(path: store.path, create: false).verifyAudit()
            guard let problem = result.problem else {
                print("the audit trail is intact: \(result.entries) entries, \(result.checkpoints) signed checkpoints")
                return
            }
            throw CommandFailure("the audit trail has been tampered with: \(problem)")
        }
    }
}
