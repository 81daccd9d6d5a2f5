import ArgumentParser
import Foundation
import Store

/// `dataraya keys list | add | revoke`: a user's API keys by id, new keys (shown once), revocation.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage API keys.", subcommands: [List.self, Add.self, Revoke.self])

    /// `dataraya keys list --user NAME`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a user's API keys: id, created, expires, state.")

        @OptionGroup var store: StoreOptions

        @Option(help: "The user's name.")
        var user: String

        func run() throws {
            let dataStore = try DataStore(path: store.path, create: false)
            let owner = try Keys.owner(named: user, in: dataStore)
            UserTable.print(
                header: ["key_id", "created", "expires", "state"],
                rows: try dataStore.apiKeys(userID: owner.id).map { key in
                    [key.keyID, UserTable.moment(key.createdAt), key.expiresAt.map(UserTable.moment) ?? "never",
                     key.revokedAt.map { "revoked " + UserTable.moment($0) } ?? key.state().rawValue]
                })
        }
    }

    /// `dataraya keys add --user NAME [--expires-days N]`: prints the new key once, on the last line.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a new API key to a user; prints it once, on the last line.")

        @OptionGroup var store: StoreOptions

        @Option(help: "The user's name.")
        var user: String

        @Option(name: .customLong("expires-days"), help: "The key stops working after this many days (default: it does not expire).")
        var expiresDays: Int?

        func run() throws {
            let dataStore = try DataStore(path: store.path, create: false)
            let owner = try Keys.owner(named: user, in: dataStore)
            let expiresAt = try NewKey.expiry(days: expiresDays, option: "--expires-days")
            guard let issued = try dataStore.addAPIKey(userID: owner.id, expiresAt: expiresAt) else {
                throw CommandFailure("no user has that name")
            }
            print("new API key for user \(owner.id) '\(owner.name)'")
            try NewKey.print(issued.key, in: dataStore)
        }
    }

    /// `dataraya keys revoke KEY_ID`: the key stops working at once, for good.
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an API key by its id (see keys list); it stops working at once.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The key's id, as keys list shows it.")
        var keyID: String

        func run() throws {
            guard let key = try DataStore(path: store.path, create: false).revokeAPIKey(keyID: keyID) else {
                throw CommandFailure("no API key has the id \(keyID)")
            }
            print("revoked key \(key.keyID) of user \(key.userID)")
        }
    }

    static func owner(named name: String, in store: DataStore) throws -> UserRecord {
        guard let user = try store.user(named: name) else { throw CommandFailure("no user has that name") }
        return user
    }
}
