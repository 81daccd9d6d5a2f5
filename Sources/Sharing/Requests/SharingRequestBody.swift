import Columnar

/// The fields of a data-sharing request (CONTRACT 3.11), as filed and as amended by a resubmission.
public struct SharingRequestBody: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case oneOff = "one_off", periodic }

    /// How the data is delivered: a one-off file (CSV, tab-separated text, a workbook) or read through the API.
    public enum Delivery: String, Codable, Sendable { case csv, txt, xlsx, api }

    /// The period the data is wanted for, `YYYY-MM-DD` both ends.
    public struct Period: Codable, Sendable, Equatable {
        public let from: String
        public let to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// One dataset asked for: the columns wanted and the rows, as filters of the query language (CONTRACT 3.4).
    public struct DatasetAsk: Codable, Sendable, Equatable {
        public let dataset: String
        public let columns: [String]
        public let filters: [Filter]

        enum CodingKeys: String, CodingKey { case dataset, columns, filters }

        public init(dataset: String, columns: [String], filters: [Filter] = []) {
            self.dataset = dataset
            self.columns = columns
            self.filters = filters
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            dataset = try container.decode(String.self, forKey: .dataset)
            columns = try container.decode([String].self, forKey: .columns)
            filters = try container.decodeIfPresent([Filter].self, forKey: .filters) ?? []
        }
    }

    public let organisation: String
    public let purpose: String
    public let kind: Kind
    public let period: Period
    public let delivery: Delivery
    public let datasets: [DatasetAsk]

    public init(organisation: String, purpose: String, kind: Kind, period: Period, delivery: Delivery, datasets: [DatasetAsk]) {
        self.organisation = organisation
        self.purpose = purpose
        self.kind = kind
        self.period = period
        self.delivery = delivery
        self.datasets = datasets
    }
}
