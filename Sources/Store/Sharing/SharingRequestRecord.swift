import Foundation
import TVET

/// A stored data-sharing request: where it stands, its fee and agreement, its latest fields (JSON, as the requester
/// sent them) and every step taken on it, oldest first.
public struct SharingRequestRecord: Sendable, Equatable {
    /// One step of the request's history.
    public struct Step: Sendable, Equatable {
        public let at: Date
        /// Who took the step; nil for a step of the service itself (`serviceRole`: a period ending).
        public let userID: Int64?
        /// The role the step was taken in (`REQUESTER` for the requester's own steps, `serviceRole` for the service's).
        public let role: String
        public let action: String
        public let note: String?
        /// The state the step left the request in.
        public let state: RequestState

        /// The role of steps nobody takes.
        public static let serviceRole = "SYSTEM"

        public init(at: Date, userID: Int64?, role: String, action: String, note: String?, state: RequestState) {
            self.at = at
            self.userID = userID
            self.role = role
            self.action = action
            self.note = note
            self.state = state
        }
    }

    /// The agreement that opened the data (seed 2.4.3: a letter, minute, MoU or NoU).
    public struct Agreement: Sendable, Equatable {
        public let kind: String
        public let reference: String
        public let documentSHA256: String

        public init(kind: String, reference: String, documentSHA256: String) {
            self.kind = kind
            self.reference = reference
            self.documentSHA256 = documentSHA256
        }
    }

    public let id: Int64
    public let requesterID: Int64
    public let requesterCategory: UserCategory
    public let state: RequestState
    public let version: Int
    /// The latest version of the request's fields, as JSON text.
    public let body: String
    /// `YYYY-MM-DD`, the period the data is wanted for.
    public let periodFrom: String
    public let periodTo: String
    public let feeMYR: Double?
    public let feePaidMYR: Double?
    public let paymentReference: String?
    public let conditions: String?
    public let agreement: Agreement?
    public let createdAt: Date
    public let history: [Step]

    /// The fee as the access policy sees it.
    public var fee: SharingRequestFacts.Fee { feeMYR == nil ? .none : feePaidMYR == nil ? .quoted : .paid }

    public var facts: SharingRequestFacts {
        SharingRequestFacts(requesterUserID: requesterID, requesterCategory: requesterCategory, state: state, fee: fee)
    }
}

/// A step to record on a request, in one transaction with the state it moves to and whatever it changes.
public struct SharingStepChange: Sendable {
    /// The state the step was decided against: if the request moved meanwhile, nothing is written.
    public var from: RequestState
    public var step: SharingRequestRecord.Step
    /// Amended fields (a resubmission): a new version.
    public var body: String?
    public var period: (from: String, to: String)?
    public var feeMYR: Double?
    public var feePaidMYR: Double?
    public var paymentReference: String?
    public var conditions: String?
    public var agreement: SharingRequestRecord.Agreement?
    /// What the grant opens, as JSON, when the step makes the request ACTIVE.
    public var grantDatasets: String?

    public init(from: RequestState, step: SharingRequestRecord.Step) {
        self.from = from
        self.step = step
    }
}
