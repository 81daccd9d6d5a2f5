import ArgumentParser
import Foundation
import Store

/// The user a command acts on: `--name NAME` or `--id ID`, exactly one.
struct UserChoice: ParsableArguments {
    @Option(help: "The user's name.")
    var name: String?

    @Option(help: "The user's id (see users list).")
    var id: Int64?

    func user(in store: DataStore) throws -> UserRecord {
        switch (name, id) {
        case (let name?, nil):
            guard let user = try store.user(named: name) else { throw CommandFailure("no user has that name") }
            return user
        case (nil, let id?):
            guard let user = try store.user(id: id) else { throw CommandFailure("no user has the id \(id)") }
            return user
        default:
            throw CommandFailure("give either --name or --id")
        }
    }
}

extension Users {
    /// `dataraya users list`: every user's id, name, category, roles and whether they are disabled; never a secret.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users: id, name, category, roles, disabled.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let users = try DataStore(path: store.path, create: false).users()
            UserTable.print(
                header: ["id", "name", "category", "roles", "disabled"],
                rows: users.map { user in
                    [String(user.id), user.name, user.category.rawValue, user.roles.map(\.rawValue).sorted().joined(separator: ","),
                     user.disabledAt.map { "since " + UserTable.moment($0) } ?? "no"]
                })
        }
    }

    /// `dataraya users disable`: the user's API keys, bearer tokens and password stop working at once.
    struct Disable: UserSwitch {
        static let configuration = CommandConfiguration(
            abstract: "Disable a user: their API keys, bearer tokens and password stop working at once.")
        static let disables = true

        @OptionGroup var store: StoreOptions
        @OptionGroup var choice: UserChoice
    }

    /// `dataraya users enable`: undoes `disable` (bearer tokens issued before stay void).
    struct Enable: UserSwitch {
        static let configuration = CommandConfiguration(
            abstract: "Enable a disabled user: their password and unrevoked, unexpired API keys work again.")
        static let disables = false

        @OptionGroup var store: StoreOptions
        @OptionGroup var choice: UserChoice
    }
}

/// `users disable` and `users enable`: one user, chosen by name or id, switched off or on.
protocol UserSwitch: ParsableCommand {
    static var disables: Bool { get }
    var store: StoreOptions { get }
    var choice: UserChoice { get }
}

extension UserSwitch {
    func run() throws {
        let dataStore = try DataStore(path: store.path, create: false)
        let user = try choice.user(in: dataStore)
        _ = try dataStore.setDisabled(userID: user.id, Self.disables)
        print(
            Self.disables
                ? "disabled user \(user.id) '\(user.name)': their keys, tokens and password no longer work"
                : "enabled user \(user.id) '\(user.name)'")
    }
}
