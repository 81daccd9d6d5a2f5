import Foundation
import Store
import TVET

extension SharingRequestRecord {
    /// The state as of `today`: an ACTIVE request whose period has ended is EXPIRED, with no step needed.
    public func effectiveState(on today: CivilDate) -> RequestState {
        guard state == .active, let end = CivilDate(periodTo), end < today else { return state }
        return .expired
    }

    /// The access policy's facts as of `today`.
    public func effectiveFacts(on today: CivilDate) -> SharingRequestFacts {
        var facts = self.facts
        facts.state = effectiveState(on: today)
        return facts
    }

    /// The latest fields, decoded.
    public var fields: SharingRequestBody? { try? JSONDecoder().decode(SharingRequestBody.self, from: Data(body.utf8)) }
}
