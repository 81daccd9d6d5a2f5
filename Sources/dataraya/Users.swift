import ArgumentParser
import Foundation
import Store
import TVET

/// `dataraya users add | list | disable | enable`: creates users (printing the API key once, on the last line), lists
/// them, and disables or enables them.
struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage users.", subcommands: [Add.self, List.self, Disable.self, Enable.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user; prints its API key once, on the last line of the output.")

        @OptionGroup var store: StoreOptions

        @Option(help: "The user's name (also the Basic auth user name).")
        var name: String

        @Option(help: "G2G, G2B, G2C, RESEARCHER or OTHER.")
        var category: String

        @Option(name: .customLong("role"), help: "A role (repeat for several): \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        var roles: [String]

        @Option(help: "The agency code of a G2G user (e.g. KPT).")
        var agency: String?

        @Option(help: "The employer_id an EMPLOYER user acts for.")
        var employer: String?

        @Option(help: "The graduate_id a GRADUATE user acts for.")
        var graduate: String?

        @Option(name: .customLong("no-ic"), help: "A MyKad number for UP_TVET login (needs --password-stdin).")
        var noIC: String?

        @Flag(name: .customLong("password-stdin"), help: "Read a password from standard input (for Basic auth and UP_TVET login).")
        var passwordStdin = false

        @Option(name: .customLong("key-expires-days"), help: "The API key stops working after this many days (default: it does not expire).")
        var keyExpiresDays: Int?

        func run() throws {
            guard let category = UserCategory(rawValue: category.uppercased()) else {
                throw CommandFailure("--category must be one of \(UserCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var parsed: Set<Role> = []
            for text in roles {
                guard let role = Role(rawValue: text.uppercased()) else { throw CommandFailure("unknown role '\(text)'") }
                parsed.insert(role)
            }
            let password = passwordStdin ? readLine(strippingNewline: true) : nil
            if passwordStdin && (password ?? "").isEmpty { throw CommandFailure("--password-stdin: no password on standard input") }
            let dataStore = try DataStore(path: store.path)
            for (dataset, id) in [(DatasetSchema.employers.name, employer), (DatasetSchema.graduates.name, graduate)] {
                guard let id else { continue }
                guard try dataStore.contains(dataset: dataset, id: id) else { throw CommandFailure("no \(dataset) record has the id \(id)") }
            }
            let (user, key) = try dataStore.addUser(
                NewUser(
                    name: name, category: category, roles: parsed, agency: agency, employerID: employer, graduateID: graduate,
                    myKad: noIC, password: password),
                keyExpiresAt: try NewKey.expiry(days: keyExpiresDays, option: "--key-expires-days"))
            print("created user \(user.id) '\(user.name)' (\(user.category.rawValue): \(user.roles.map(\.rawValue).sorted().joined(separator: ", ")))")
            try NewKey.print(key, in: dataStore)
        }
    }
}
