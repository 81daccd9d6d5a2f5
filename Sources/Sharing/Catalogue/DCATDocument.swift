import TVET

/// The catalogue as DCAT-AP JSON-LD (`GET /catalogue.jsonld`): one `dcat:Catalog` with a `dcat:Dataset` per
/// dataset and its distributions (the API for every dataset, a CSV download for open ones). IRIs are relative to
/// `base`, the address the service is reached at.
public struct DCATDocument: Encodable, Sendable {
    /// A text in one language (`{"@language", "@value"}`).
    struct Text: Encodable, Sendable {
        let language: String
        let value: String

        enum CodingKeys: String, CodingKey { case language = "@language", value = "@value" }

        static func both(_ text: BilingualText) -> [Text] { [Text(language: "ms", value: text.ms), Text(language: "en", value: text.en)] }
    }

    /// A reference to another resource by IRI.
    struct Reference: Encodable, Sendable {
        let id: String
        enum CodingKeys: String, CodingKey { case id = "@id" }
    }

    /// A period of time in whole years.
    struct Period: Encodable, Sendable {
        let type = "dct:PeriodOfTime"
        let start: String?
        let end: String?
        enum CodingKeys: String, CodingKey { case type = "@type", start = "dcat:startDate", end = "dcat:endDate" }
    }

    /// One way to get a dataset.
    struct Distribution: Encodable, Sendable {
        let type = "dcat:Distribution"
        let title: String
        let accessURL: Reference
        let downloadURL: Reference?
        let mediaType: String
        enum CodingKeys: String, CodingKey {
            case type = "@type", title = "dct:title", accessURL = "dcat:accessURL", downloadURL = "dcat:downloadURL"
            case mediaType = "dcat:mediaType"
        }
    }

    /// One dataset.
    struct Dataset: Encodable, Sendable {
        let id: String
        let type = "dcat:Dataset"
        let identifier: String
        let title: [Text]
        let description: [Text]
        let keyword: [String]
        let publisher: [String]
        let periodicity: Reference
        let temporal: Period
        let modified: String?
        let accessRights: Reference
        let distribution: [Distribution]
        enum CodingKeys: String, CodingKey {
            case id = "@id", type = "@type", identifier = "dct:identifier", title = "dct:title", description = "dct:description"
            case keyword = "dcat:keyword", publisher = "dct:publisher", periodicity = "dct:accrualPeriodicity"
            case temporal = "dct:temporal", modified = "dct:modified", accessRights = "dct:accessRights"
            case distribution = "dcat:distribution"
        }
    }

    static let context = [
        "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "xsd": "http://www.w3.org/2001/XMLSchema#",
    ]
    static let accessRights = "http://publications.europa.eu/resource/authority/access-right/"

    let contextValue = DCATDocument.context
    let id: String
    let type = "dcat:Catalog"
    let title = Text.both(BilingualText(ms: "Katalog Data Raya TVET", en: "Data Raya TVET catalogue"))
    let datasets: [Dataset]

    enum CodingKeys: String, CodingKey {
        case contextValue = "@context", id = "@id", type = "@type", title = "dct:title", datasets = "dcat:dataset"
    }

    public init(items: [CatalogueItem], base: String) {
        id = base + "/catalogue.jsonld"
        datasets = items.map { item in
            let api = base + "/api/v1/catalogue/" + item.dataset
            var distributions = [
                Distribution(
                    title: "API", accessURL: Reference(id: base + "/api/v1/" + item.dataset), downloadURL: nil,
                    mediaType: "application/json")
            ]
            if item.access == .open {
                distributions.append(Distribution(
                    title: "CSV", accessURL: Reference(id: api), downloadURL: Reference(id: api + "/download.csv"), mediaType: "text/csv"))
            }
            return Dataset(
                id: api, identifier: item.dataset, title: Text.both(item.title), description: Text.both(item.description),
                keyword: [item.cluster.rawValue, item.classification.rawValue], publisher: item.owners,
                periodicity: Reference(id: item.frequency.uri),
                temporal: Period(start: item.coverage.from.map { "\($0)-01-01" }, end: item.coverage.to.map { "\($0)-12-31" }),
                modified: item.updatedAt,
                accessRights: Reference(id: Self.accessRights + (item.access == .open ? "PUBLIC" : "RESTRICTED")),
                distribution: distributions)
        }
    }
}
