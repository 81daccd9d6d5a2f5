import Foundation
import TVET

/// One dataset as the catalogue lists it (CONTRACT 3.10): what it holds, who answers for it, how open it is, and
/// its columns with their classifications.
public struct CatalogueItem: Encodable, Sendable {
    /// The first and last year of the data, from the dataset's own dates; null for data not about periods.
    public struct Coverage: Encodable, Sendable, Equatable {
        public let from: Int?
        public let to: Int?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
        }

        enum CodingKeys: String, CodingKey { case from, to }
    }

    /// One column: its name, bilingual title, type, classification and personal-data flag.
    public struct Column: Encodable, Sendable, Equatable {
        public let name: String
        public let title: BilingualText
        public let type: String
        public let classification: Classification
        public let personal: Bool
    }

    /// `open` for TERBUKA datasets (downloadable whole), `request` for the rest (seed 2.4).
    public enum Access: String, Encodable, Sendable { case open, request }

    public let dataset: String
    public let title: BilingualText
    public let description: BilingualText
    public let cluster: Cluster
    public let owners: [String]
    public let classification: Classification
    public let personalData: Bool
    public let frequency: Frequency
    public let coverage: Coverage
    /// The last accepted write to the dataset (ISO 8601, UTC), when the audit trail has one.
    public let updatedAt: String?
    public let records: Int
    public let access: Access
    /// How long records stay live before they move to the archive (seed 3.1.1 d).
    public let retentionYears: Int
    public let columns: [Column]
    /// The source statement every publication using the data must carry (seed 2.4.4 iv).
    public let citation: Citation

    enum CodingKeys: String, CodingKey {
        case dataset, title, description, cluster, owners, classification, frequency, coverage, records, access, columns
        case citation
        case personalData = "personal_data", updatedAt = "updated_at", retentionYears = "retention_years"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dataset, forKey: .dataset)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(cluster, forKey: .cluster)
        try container.encode(owners, forKey: .owners)
        try container.encode(classification, forKey: .classification)
        try container.encode(personalData, forKey: .personalData)
        try container.encode(frequency, forKey: .frequency)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(records, forKey: .records)
        try container.encode(access, forKey: .access)
        try container.encode(retentionYears, forKey: .retentionYears)
        try container.encode(columns, forKey: .columns)
        try container.encode(citation, forKey: .citation)
    }
}
