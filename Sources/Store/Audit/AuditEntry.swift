import Foundation
import TVET

/// One access to data, allowed or refused: who, what, when, at what classification, with what outcome.
///
/// Never holds personal data: record ids are the datasets' own identifiers, and request bodies are not recorded.
public struct AuditEntry: Hashable, Sendable {
    public enum Outcome: String, Sendable {
        case allowed = "ALLOWED"
        case refused = "REFUSED"
        case failed = "FAILED"
    }

    public var at: Date
    /// `user:<id>` or `anonymous`.
    public var actor: String
    public var category: String?
    public var roles: String?
    /// The MyGDX headers as sent (validated), if any.
    public var uxpClient: String?
    public var uxpService: String?
    /// `METHOD /route/pattern`.
    public var action: String
    public var dataset: String?
    public var recordID: String?
    public var classification: String?
    public var outcome: Outcome
    public var status: Int
    public var faultID: String?
    public var requestID: String?

    public init(
        at: Date, actor: String, category: String? = nil, roles: String? = nil, uxpClient: String? = nil,
        uxpService: String? = nil, action: String, dataset: String? = nil, recordID: String? = nil,
        classification: String? = nil, outcome: Outcome, status: Int, faultID: String? = nil, requestID: String? = nil
    ) {
        self.at = at
        self.actor = actor
        self.category = category
        self.roles = roles
        self.uxpClient = uxpClient
        self.uxpService = uxpService
        self.action = action
        self.dataset = dataset
        self.recordID = recordID
        self.classification = classification
        self.outcome = outcome
        self.status = status
        self.faultID = faultID
        self.requestID = requestID
    }
}

extension AuditEntry {
    /// The actor of commands run at the store file (`dataraya import`): whoever may open the file.
    public static let operatorActor = "operator"
    /// The actor of steps nobody takes: the service itself (a data-sharing request's period ending).
    public static let serviceActor = "system"

    /// The entry of a file stored by `dataraya import`, committed with the file's rows. Its status is 0: it answers
    /// no HTTP request.
    public static func imported(file: String, dataset: DatasetSchema, at: Date = Date()) -> AuditEntry {
        AuditEntry(
            at: at, actor: operatorActor, action: "import \(file)", dataset: dataset.name,
            classification: dataset.classification.rawValue, outcome: .allowed, status: 0)
    }

    /// The entry of a data-sharing request whose period ended, committed with its state. Its status is 0: it answers
    /// no HTTP request.
    public static func expired(request id: Int64, at: Date) -> AuditEntry {
        AuditEntry(at: at, actor: serviceActor, action: "expire", recordID: "request \(id) expire", outcome: .allowed, status: 0)
    }
}
