import Foundation
import GRDB
import TVET

extension DataStore {
    /// Records the end of every ACTIVE request whose period ended before `today` (`YYYY-MM-DD`, Malaysia time): the
    /// state becomes EXPIRED, with a step of the service in the history (at `endedAt` of its last day) and an entry in
    /// the audit trail (at `now`, when it is recorded), all in one transaction. Returns the requests it ended; none when there is nothing to end, which
    /// is found without taking the write lock.
    public func expireSharingRequests(
        endedBefore today: String, endedAt: (String) -> Date, now: Date
    ) throws(StoreError) -> [Int64] {
        let select = #"SELECT "id", "period_to" FROM "sharing_requests" WHERE "state" = ? AND "period_to" < ? ORDER BY "id""#
        let arguments: StatementArguments = [RequestState.active.rawValue, today]
        guard try reading({ db in try Row.fetchOne(db, sql: select, arguments: arguments) }) != nil else { return [] }
        let signingKey = keys.signingKey
        return try writing { db in
            // Read again under the write lock: another process may have ended them already.
            let ended = try Row.fetchAll(db, sql: select, arguments: arguments).map { (id: $0["id"] as Int64, to: $0["period_to"] as String) }
            for request in ended {
                let at = endedAt(request.to)
                try db.execute(
                    sql: #"UPDATE "sharing_requests" SET "state" = ? WHERE "id" = ?"#, arguments: [RequestState.expired.rawValue, request.id])
                let step = SharingRequestRecord.Step(
                    at: at, userID: nil, role: SharingRequestRecord.Step.serviceRole, action: "expire", note: nil, state: .expired)
                try Self.insertHistory(step, request: request.id, in: db)
                try Self.appendAudit([.expired(request: request.id, at: now)], signingKey: signingKey, in: db)
            }
            return ended.map(\.id)
        }
    }
}
