import Foundation
import GRDB

/// An account found by what a person signs in with (a name, or a MyKad number), before its password is checked.
/// The password hash stays inside the store; `DataStore.verifyPassword(_:for:)` checks it.
public struct PasswordAccount: Sendable {
    public let user: UserRecord
    let passwordHash: String?
}

/// Password logins in two steps, so that a caller can count the attempt against the account before the costly check:
/// find the account, then verify the password.
///
/// Both steps cost the same whether or not the account exists: a missing account, or one without a password, is
/// checked against a fixed dummy hash with the same scrypt parameters, so the time of an answer does not tell
/// anyone which names or MyKad numbers have logins.
///
///     let account = try store.passwordAccount(myKad: noIC)      // nil: no such login
///     let matches = await store.verifyPassword(password, for: account)
extension DataStore {
    /// A hash of a random password nobody knows, with the parameters of `Secret.hashPassword`.
    static let dummyPasswordHash = "scrypt$16384$8$1$Mu-LP52LI7qvbTMw8_IYiA$mkZUJIVunup6qi0ezGLX9B7rdR7p0II1UoUbtaYJxY4"

    /// The account with this sign-in name (HTTP Basic, the pages' `login`), or nil.
    public func passwordAccount(name: String) throws(StoreError) -> PasswordAccount? {
        try passwordAccount(sql: "SELECT * FROM users WHERE name = ?", argument: name)
    }

    /// The UP_TVET account of this MyKad number, found by its keyed digest, or nil.
    public func passwordAccount(myKad: String) throws(StoreError) -> PasswordAccount? {
        try passwordAccount(sql: "SELECT * FROM users WHERE mykad_digest = ?", argument: Secret.keyedDigest(myKad, key: keys.lookupKey))
    }

    private func passwordAccount(sql: String, argument: String) throws(StoreError) -> PasswordAccount? {
        try reading { db in
            try Row.fetchOne(db, sql: sql, arguments: [argument]).map {
                PasswordAccount(user: DataStore.userRecord($0), passwordHash: $0["password_hash"])
            }
        }
    }

    /// Whether `password` is the account's. Always one scrypt run, on the password workers' threads (never on the
    /// cooperative pool), against the dummy hash when there is no account or it has no password.
    public func verifyPassword(_ password: String, for account: PasswordAccount?) async -> Bool {
        let stored = account?.passwordHash
        let matches = await PasswordWorkers.shared.run {
            Secret.verifyPassword(password, against: stored ?? DataStore.dummyPasswordHash)
        }
        return matches && stored != nil
    }
}
