import Columnar
import Foundation
import TVET

/// `manifest.json` of a delivery: the grant, then per file its dataset, columns, filters, rows and SHA-256, and the
/// citation the requester must give (seed 2.4.4) with their duties.
public struct DeliveryManifest: Encodable, Sendable {
    /// One delivered file.
    public struct File: Encodable, Sendable, Equatable {
        public let name: String
        public let dataset: String
        public let columns: [String]
        public let filters: [Filter]
        public let rows: Int
        public let sha256: String
    }

    public let grant: GrantView
    public let format: String
    public let generatedAt: String
    public let files: [File]
    public let citation: [String: Citation]
    public let duties: BilingualText

    enum CodingKeys: String, CodingKey {
        case grant, format, files, citation, duties
        case generatedAt = "generated_at"
    }
}
