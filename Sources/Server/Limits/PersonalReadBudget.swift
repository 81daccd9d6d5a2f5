import Foundation
import HTTPTypes
import Metrics
import Store
import Synchronization
import TVET

/// Counts the records holding personal data each caller reads, over a sliding hour in one-minute steps, and applies
/// `PersonalReadLimits`: above `slowAfter` a read waits first, above `refuseAfter` it is refused (429 with
/// `Retry-After`). Crossing either line is an event: an audit entry (`personal-data reads slowed` / `refused`) and the
/// metric `dataraya_personal_data_events_total{event}`. Counts live in the process, like the other rate limits.
public final class PersonalReadBudget: Sendable {
    enum Verdict: Equatable {
        case allowed
        /// Over `slowAfter`; `raised` when this read crossed the line.
        case slowed(raised: Bool)
        /// Over `refuseAfter`: not counted; retry after so many seconds. `raised` when the first refusal of a spell.
        case refused(retryAfter: Int, raised: Bool)
    }

    private struct Window {
        /// Records read by minute (minutes since the epoch), oldest first.
        var minutes: [(minute: Int, records: Int)] = []
        var slowedRaised = false
        var refusedRaised = false

        var total: Int { minutes.reduce(0) { $0 + $1.records } }
    }

    let limits: PersonalReadLimits
    private let windows = Mutex<[String: Window]>([:])

    public init(limits: PersonalReadLimits) {
        self.limits = limits
    }

    /// Counts `records` read by `key` under `limit` at `now`, or refuses them.
    func charge(_ key: String, records: Int, limit: PersonalReadLimits.Limit, now: Date = Date()) -> Verdict {
        let minute = Int(now.timeIntervalSince1970 / 60)
        let span = max(1, limits.window / 60)
        return windows.withLock { windows in
            var window = windows[key] ?? Window()
            defer { windows[key] = window }
            window.minutes.removeAll { $0.minute <= minute - span }
            let before = window.total
            if before < limit.slowAfter {
                window.slowedRaised = false
                window.refusedRaised = false
            }
            guard before + records <= limit.refuseAfter else {
                // Room comes back as old minutes leave the window.
                var left = before + records
                var retry = limits.window
                for entry in window.minutes {
                    left -= entry.records
                    if left <= limit.refuseAfter {
                        retry = max(1, (entry.minute + span) * 60 - Int(now.timeIntervalSince1970))
                        break
                    }
                }
                let raised = !window.refusedRaised
                window.refusedRaised = true
                return .refused(retryAfter: retry, raised: raised)
            }
            if let last = window.minutes.last, last.minute == minute {
                window.minutes[window.minutes.count - 1].records += records
            } else {
                window.minutes.append((minute, records))
            }
            guard before + records > limit.slowAfter else { return .allowed }
            let raised = !window.slowedRaised
            window.slowedRaised = true
            return .slowed(raised: raised)
        }
    }

    /// Applies the budget to `records` records with personal data that `caller` is about to read from `dataset`:
    /// returns at once, returns after `slowDelay`, or throws the 429. Callers who read none, and the operator, pass.
    func admit(_ records: Int, of dataset: String, caller: Caller, recorder: AuditRecorder) async throws {
        guard records > 0, let user = caller.user else { return }
        let grant = caller.principal.grant
        let key = grant.map { "grant:\($0.id):user:\(user.id)" } ?? "user:\(user.id)"
        let limit = limits.limit(roles: caller.principal.roles, grant: grant != nil)
        switch charge(key, records: records, limit: limit) {
        case .allowed:
            return
        case .slowed(let raised):
            if raised { await Self.raise("slowed", dataset: dataset, caller: caller, outcome: .allowed, recorder: recorder) }
            try await Task.sleep(for: limits.slowDelay)
        case .refused(let retryAfter, let raised):
            if raised { await Self.raise("refused", dataset: dataset, caller: caller, outcome: .refused, recorder: recorder) }
            throw APIError(
                .tooManyRequests, reason: "PersonalDataLimit",
                message: "This caller has read more records with personal data in the last hour than its role needs; retry later.",
                headers: [(.retryAfter, String(retryAfter))])
        }
    }

    /// The event of a caller crossing a line: in the audit trail (status 0: it answers no request by itself) and in
    /// the metrics.
    static func raise(_ event: String, dataset: String, caller: Caller, outcome: AuditEntry.Outcome, recorder: AuditRecorder) async {
        Counter(label: "dataraya_personal_data_events_total", dimensions: [("event", event)]).increment()
        await recorder.record(
            AuditEntry(
                at: Date(), actor: caller.auditName, category: caller.user?.category.rawValue, roles: caller.auditRoles,
                action: "personal-data reads \(event)", dataset: dataset, outcome: outcome, status: 0))
    }
}
