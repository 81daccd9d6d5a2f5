import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// Limits password guessing: after `maxFailures` failed logins of one person within `window`, further attempts are
/// refused with 429 until the window has passed.
///
/// One count per person across every way of logging in (HTTP Basic, UP_TVET): attempts are keyed by the account
/// the identifier names, so a person locked out by their name is locked out by their MyKad number too. An identifier
/// that names no account is counted under a keyed digest of itself (never the identifier), and locks the same way,
/// so the answers do not tell which identifiers have accounts.
///
/// An attempt is counted when it starts, before its password is checked (`reserve`), and settled when the check
/// ends (`finish`): many concurrent guesses cannot all pass the limit while their checks are running.
///
///     let key = throttle.key(account: account?.user.id, identifier: name)
///     try await throttle.reserve(key)          // 429 when failures plus attempts in progress reach the limit
///     let matches = await store.verifyPassword(password, for: account)
///     await throttle.finish(key, succeeded: matches)
public actor LoginThrottle {
    /// Whose attempts are counted together: an account, or the digest of an identifier that names none.
    public struct Key: Hashable, Sendable {
        fileprivate let value: String
    }

    /// One key's failures still inside the window, and its attempts whose passwords are being checked now.
    private struct Attempts {
        var failures: [Date] = []
        var inFlight = 0
    }

    private let maxFailures: Int
    private let window: TimeInterval
    private var attempts: [Key: Attempts] = [:]
    /// Counts of identifiers that name no account are dropped once stale, when there are this many keys.
    private var sweepAt = 10_000
    /// Keys the digests of unknown identifiers, so the table of counts holds nothing that could be reversed.
    private let digestKey = SymmetricKey(size: .bits256)

    public init(maxFailures: Int = 5, window: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.window = window
    }

    /// The key of a login: the account's when the identifier names one, else a keyed digest of the identifier.
    public nonisolated func key(account: Int64?, identifier: String) -> Key {
        if let account { return Key(value: "user:\(account)") }
        let mac = HMAC<SHA256>.authenticationCode(for: Data(identifier.utf8), using: digestKey)
        return Key(value: "identifier:" + Data(mac).base64EncodedString())
    }

    /// Counts an attempt before its password is checked; 429 when recent failures and attempts still being checked
    /// have reached the limit.
    public func reserve(_ key: Key, now: Date = Date()) throws(APIError) {
        if attempts.count >= sweepAt { sweep(now: now) }
        var entry = attempts[key] ?? Attempts()
        entry.failures.removeAll { now.timeIntervalSince($0) >= window }
        guard entry.failures.count + entry.inFlight < maxFailures else {
            attempts[key] = entry
            // Locked by failures: until the oldest leaves the window. Locked by checks in progress: they end soon.
            let wait = entry.failures.count >= maxFailures
                ? Int((window - now.timeIntervalSince(entry.failures[0])).rounded(.up)) : 1
            throw APIError(
                .tooManyRequests, reason: "TooManyAttempts", message: "Too many failed logins; try again in \(wait) seconds.",
                headers: [(.retryAfter, String(wait))])
        }
        entry.inFlight += 1
        attempts[key] = entry
    }

    /// Settles an attempt counted by `reserve`: a success clears the failures, a failure is remembered for `window`.
    public func finish(_ key: Key, succeeded: Bool, now: Date = Date()) {
        guard var entry = attempts[key] else { return }
        entry.inFlight = max(0, entry.inFlight - 1)
        if succeeded { entry.failures = [] } else { entry.failures.append(now) }
        attempts[key] = entry.failures.isEmpty && entry.inFlight == 0 ? nil : entry
    }

    private func sweep(now: Date) {
        attempts = attempts.filter { _, entry in
            entry.inFlight > 0 || entry.failures.contains { now.timeIntervalSince($0) < window }
        }
        sweepAt = max(10_000, attempts.count * 2)
    }
}
