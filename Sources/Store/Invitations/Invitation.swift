import Foundation

/// An employer's invitation to a candidate it found through matching. The employer knows the candidate only by a
/// pseudonym until the graduate accepts; declining keeps them anonymous for good.
public struct Invitation: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case pending = "PENDING", accepted = "ACCEPTED", declined = "DECLINED"
    }

    public let id: Int64
    public let employerID: String
    public let vacancyID: String
    public let graduateID: String
    public let message: String?
    public let status: Status
    public let createdAt: Date
    public let answeredAt: Date?
    /// The fields of their contact the graduate shared by accepting (nil until accepted).
    public var sharedFields: Set<GraduateContact.Field>? = nil
}
