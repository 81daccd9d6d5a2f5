import Columnar
import Foundation
import Sharing
import TVET
import Testing

/// The catalogue says what the schema says: one entry per dataset, and each column's classification and personal-data
/// flag exactly as `TVETSchema` holds them (the one source of truth), with the policy's clusters and access.
@Suite struct CatalogueSchemaTests {
    static let items = Catalogue.items(snapshot: Catalog(), updates: [:], year: 2026)

    @Test func everyDatasetAndColumnIsListedAsTheSchemaClassifiesIt() {
        #expect(Self.items.map(\.dataset) == TVETSchema.datasets.map(\.name))
        for (item, dataset) in zip(Self.items, TVETSchema.datasets) {
            #expect(item.classification == dataset.classification, "\(dataset.name)")
            #expect(item.personalData == dataset.columns.contains(where: \.personal), "\(dataset.name)")
            #expect(item.access == (dataset.classification == .terbuka ? .open : .request), "\(dataset.name)")
            #expect(item.retentionYears == 10)
            #expect(item.columns.map(\.name) == dataset.columnNames)
            for (column, schema) in zip(item.columns, dataset.columns) {
                #expect(column.classification == schema.classification, "\(dataset.name).\(schema.name)")
                #expect(column.personal == schema.personal, "\(dataset.name).\(schema.name)")
                #expect(column.title == schema.label && column.type == schema.type.name)
            }
        }
    }

    @Test func theFiveClustersAreAllUsedAndEveryItemCitesItsSource() {
        #expect(Set(Self.items.map(\.cluster)) == Set(Cluster.allCases))
        for item in Self.items {
            #expect(item.citation.ms.contains("Data Raya TVET") && item.citation.en.contains(item.dataset))
            #expect(!item.owners.isEmpty && !item.description.ms.isEmpty && !item.description.en.isEmpty)
        }
    }

    @Test func theDCATDocumentIsJSONAndNamesEveryDataset() throws {
        let data = try JSONEncoder().encode(DCATDocument(items: Self.items, base: "http://example.test"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["@type"] as? String == "dcat:Catalog")
        let datasets = try #require(document["dcat:dataset"] as? [[String: Any]])
        #expect(datasets.compactMap { $0["dct:identifier"] as? String } == TVETSchema.datasets.map(\.name))
        let open = datasets.filter { ($0["dcat:distribution"] as? [Any])?.count == 2 }.compactMap { $0["dct:identifier"] as? String }
        #expect(open == TVETSchema.datasets.filter { $0.classification == .terbuka }.map(\.name))
    }

    @Test func coverageIsTheYearsOfTheData() throws {
        let builder = TableBuilder(name: "graduates")
        let years = builder.int32("graduation_year")
        for year in [2021, 2019, 2024] { years.append(Int32(year)) }
        let catalog = try Catalog(tables: [try builder.build()])
        let item = Catalogue.item(.graduates, snapshot: catalog, updatedAt: nil, year: 2026)
        #expect(item.coverage.from == 2019 && item.coverage.to == 2024 && item.records == 3)
    }
}
