import Foundation

/// A stored grant: what an ACTIVE request opened (its datasets, columns and filters as JSON, frozen when the
/// agreement was recorded), for which period, and whether it has been revoked.
public struct GrantRecord: Sendable, Equatable {
    public let id: Int64
    public let requestID: Int64
    /// `[{"dataset", "columns", "filters"}]`, as the request asked for them.
    public let datasets: String
    /// `YYYY-MM-DD`.
    public let from: String
    public let to: String
    public let createdAt: Date
    public let revokedAt: Date?
}
