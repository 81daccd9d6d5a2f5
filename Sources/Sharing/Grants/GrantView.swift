import Columnar
import Foundation
import Store

/// A grant as the API shows it (CONTRACT 3.11): `{grant_id, request_id, datasets, columns, filters, from, to,
/// revoked}`, columns and filters per dataset.
public struct GrantView: Encodable, Sendable {
    public let grantID: Int64
    public let requestID: Int64
    public let datasets: [String]
    public let columns: [String: [String]]
    public let filters: [String: [Filter]]
    public let from: String
    public let to: String
    public let revoked: Bool

    public init(_ grant: GrantRecord) {
        let asked = grant.asked
        grantID = grant.id
        requestID = grant.requestID
        datasets = asked.map(\.dataset)
        columns = Dictionary(asked.map { ($0.dataset, $0.columns) }, uniquingKeysWith: { first, _ in first })
        filters = Dictionary(asked.map { ($0.dataset, $0.filters) }, uniquingKeysWith: { first, _ in first })
        from = grant.from
        to = grant.to
        revoked = grant.revokedAt != nil
    }

    enum CodingKeys: String, CodingKey {
        case grantID = "grant_id", requestID = "request_id", datasets, columns, filters, from, to, revoked
    }
}
