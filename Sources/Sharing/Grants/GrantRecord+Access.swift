import Foundation
import Store
import TVET

extension GrantRecord {
    /// What was granted, decoded: one entry per dataset with its columns and filters.
    public var asked: [SharingRequestBody.DatasetAsk] {
        (try? JSONDecoder().decode([SharingRequestBody.DatasetAsk].self, from: Data(datasets.utf8))) ?? []
    }

    /// The grant as the access policy reads it on `today` (Malaysia time); nil if its dates cannot be read.
    public func access(today: CivilDate) -> Grant? {
        guard let from = CivilDate(from), let to = CivilDate(to) else { return nil }
        var scopes: [String: Grant.Scope] = [:]
        for ask in asked { scopes[ask.dataset] = Grant.Scope(columns: ask.columns, filters: ask.filters) }
        return Grant(id: id, datasets: scopes, from: from, to: to, revoked: revokedAt != nil, today: today)
    }

    /// When keys bound to it stop working: the end of its last day in Malaysia.
    public var keysExpireAt: Date? {
        CivilDate(to).map { Date(timeIntervalSince1970: TimeInterval($0.daysSinceEpoch + 1) * 86_400 - MalaysiaTime.offset) }
    }
}
