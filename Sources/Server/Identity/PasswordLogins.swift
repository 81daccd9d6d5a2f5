import Hummingbird
import Logging
import Store

/// Signing in with a password, the same for every way in (HTTP Basic, `POST /api/v1/uptvet/login`): find the
/// account, count the attempt against the person (`LoginThrottle`), check the password, then refuse a disabled
/// account.
///
/// The check costs one scrypt run, off the cooperative pool, whether or not the account exists; an unknown name or
/// MyKad number and a wrong password get the same sentence, and "disabled" is said only to someone who gave the right
/// password. Every refusal is noted for the audit trail and logged with its outcome and the account's id (never the
/// name, MyKad number or password).
public struct PasswordLogins: Sendable {
    let store: DataStore
    let throttle: LoginThrottle

    public init(store: DataStore, throttle: LoginThrottle) {
        self.store = store
        self.throttle = throttle
    }

    /// By sign-in name (HTTP Basic).
    func signIn(name: String, password: String, context: DataRayaRequestContext) async throws -> UserRecord {
        try await signIn(
            try await Blocking.run { [store] in try store.passwordAccount(name: name) }, identifier: name, password: password,
            context: context, wrong: "The user name or password is wrong.")
    }

    /// By MyKad number (UP_TVET).
    func signIn(myKad: String, password: String, context: DataRayaRequestContext) async throws -> UserRecord {
        try await signIn(
            try await Blocking.run { [store] in try store.passwordAccount(myKad: myKad) }, identifier: myKad, password: password,
            context: context, wrong: "The MyKad number or password is wrong.")
    }

    private func signIn(
        _ account: PasswordAccount?, identifier: String, password: String, context: DataRayaRequestContext, wrong: String
    ) async throws -> UserRecord {
        let key = throttle.key(account: account?.user.id, identifier: identifier)
        do {
            try await throttle.reserve(key)
        } catch {
            refused("locked_out", account, context)
            throw error
        }
        let matches = await store.verifyPassword(password, for: account)
        await throttle.finish(key, succeeded: matches)
        guard matches, let user = account?.user else {
            refused(account == nil ? "unknown_account" : "wrong_password", account, context)
            throw APIError.unauthorized(wrong)
        }
        guard !user.isDisabled else {
            refused("disabled", account, context)
            throw APIError.unauthorized("This account is disabled.")
        }
        return user
    }

    private func refused(_ outcome: String, _ account: PasswordAccount?, _ context: DataRayaRequestContext) {
        context.audit.refusedLogin()
        var metadata: Logger.Metadata = ["outcome": .string(outcome)]
        if let account { metadata["account"] = .string("user:\(account.user.id)") }
        context.logger.notice("login refused", metadata: metadata)
    }
}
