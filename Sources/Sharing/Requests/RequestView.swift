import Foundation
import Store
import TVET

/// A data-sharing request as the API shows it: its fields, state, fee, agreement, history (dates in Malaysia time)
/// and how long it waited at each stage.
public struct RequestView: Encodable, Sendable {
    /// One step: who (`user:<id>`), in which role, when, what and why.
    public struct HistoryEntry: Encodable, Sendable, Equatable {
        public let at: String
        public let by: String
        public let role: String
        public let action: String
        public let note: String?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(at, forKey: .at)
            try container.encode(by, forKey: .by)
            try container.encode(role, forKey: .role)
            try container.encode(action, forKey: .action)
            try container.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case at, by, role, action, note }
    }

    /// How long the request stood in one state: from the day it entered to the day it left (or today).
    public struct Stage: Encodable, Sendable, Equatable {
        public let state: String
        public let since: String
        public let days: Int
    }

    /// The fee of a requester outside government, as quoted and paid.
    public struct Fee: Encodable, Sendable, Equatable {
        public let amountMYR: Double
        public let paidMYR: Double?
        public let paymentReference: String?

        enum CodingKeys: String, CodingKey { case amountMYR = "amount_myr", paidMYR = "paid_myr", paymentReference = "payment_reference" }
    }

    /// The agreement that made the request ACTIVE.
    public struct Agreement: Encodable, Sendable, Equatable {
        public let kind: String
        public let reference: String
        public let documentSHA256: String

        enum CodingKeys: String, CodingKey { case kind, reference, documentSHA256 = "document_sha256" }
    }

    public let requestID: Int64
    public let state: RequestState
    public let requesterCategory: UserCategory
    public let version: Int
    public let fields: SharingRequestBody?
    public let conditions: String?
    public let fee: Fee?
    public let agreement: Agreement?
    public let history: [HistoryEntry]
    public let waiting: [Stage]

    public init(_ record: SharingRequestRecord, today: CivilDate) {
        requestID = record.id
        state = record.effectiveState(on: today)
        requesterCategory = record.requesterCategory
        version = record.version
        fields = record.fields
        conditions = record.conditions
        fee = record.feeMYR.map { Fee(amountMYR: $0, paidMYR: record.feePaidMYR, paymentReference: record.paymentReference) }
        agreement = record.agreement.map { Agreement(kind: $0.kind, reference: $0.reference, documentSHA256: $0.documentSHA256) }
        history = record.history.map {
            HistoryEntry(at: MalaysiaTime.text($0.at), by: $0.userID.map { "user:\($0)" } ?? "system", role: $0.role, action: $0.action, note: $0.note)
        }
        waiting = Self.stages(record.history, today: today)
    }

    /// Days at each stage, in order: a stage ends where the next step's day begins; the last runs to today.
    static func stages(_ history: [SharingRequestRecord.Step], today: CivilDate) -> [Stage] {
        history.enumerated().map { index, step in
            let start = MalaysiaTime.day(of: step.at)
            let end = index + 1 < history.count ? MalaysiaTime.day(of: history[index + 1].at) : today
            return Stage(state: step.state.rawValue, since: start.description, days: max(0, end.daysSinceEpoch - start.daysSinceEpoch))
        }
    }

    enum CodingKeys: String, CodingKey {
        case requestID = "request_id", state, requesterCategory = "requester_category", version, conditions, fee, agreement
        case history, waiting
        case organisation, purpose, kind, period, delivery, datasets
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requestID, forKey: .requestID)
        try container.encode(state, forKey: .state)
        try container.encode(requesterCategory, forKey: .requesterCategory)
        try container.encode(version, forKey: .version)
        try container.encode(fields?.organisation, forKey: .organisation)
        try container.encode(fields?.purpose, forKey: .purpose)
        try container.encode(fields?.kind, forKey: .kind)
        try container.encode(fields?.period, forKey: .period)
        try container.encode(fields?.delivery, forKey: .delivery)
        try container.encode(fields?.datasets, forKey: .datasets)
        try container.encode(conditions, forKey: .conditions)
        try container.encode(fee, forKey: .fee)
        try container.encode(agreement, forKey: .agreement)
        try container.encode(history, forKey: .history)
        try container.encode(waiting, forKey: .waiting)
    }
}
