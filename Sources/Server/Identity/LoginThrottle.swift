import Foundation
import HTTPTypes
import Hummingbird

/// Limits password guessing: after `maxFailures` failed logins of one account within `window`, further attempts are
/// refused with 429 until the window has passed. Accounts are keyed by a digest, never by a MyKad number itself.
public actor LoginThrottle {
    private let maxFailures: Int
    private let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    public init(maxFailures: Int = 5, window: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.window = window
    }

    func check(account: String, now: Date = Date()) throws {
        let recent = (failures[account] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[account] = recent.isEmpty ? nil : recent
        guard recent.count >= maxFailures, let oldest = recent.first else { return }
        let wait = Int((window - now.timeIntervalSince(oldest)).rounded(.up))
        throw APIError(
            .tooManyRequests, reason: "TooManyAttempts", message: "Too many failed logins; try again in \(wait) seconds.",
            headers: [(.retryAfter, String(wait))])
    }

    func failed(account: String, now: Date = Date()) { failures[account, default: []].append(now) }

    func succeeded(account: String) { failures[account] = nil }
}
