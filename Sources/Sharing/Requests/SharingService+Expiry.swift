import Foundation
import Store
import TVET

extension SharingService {
    /// Records the end of every ACTIVE request whose period has passed (Malaysia time) as an EXPIRED step of the
    /// service, audited, before any call reads or moves requests; so the state a caller reads is the stored one. A
    /// period ends at midnight after its last day, Malaysia time, and that is the step's moment.
    @discardableResult
    public func recordExpiries() async throws(SharingError) -> [Int64] {
        let store = store
        let moment = now()
        let today = MalaysiaTime.day(of: moment).description
        return try await Self.blocking {
            try store.expireSharingRequests(endedBefore: today, endedAt: MalaysiaTime.endOfDay, now: moment)
        }
    }
}
