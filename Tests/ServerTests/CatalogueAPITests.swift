import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import TVET
import Testing

/// The catalogue over HTTP, without a credential: every dataset with the records the store holds, DCAT-AP JSON-LD
/// that names them all, and whole downloads of open data only.
@Suite struct CatalogueAPITests {
    @Test func theCatalogueListsEveryDatasetWithoutACredential() async throws {
        let fixture = try SharedFixture.get()
        let snapshot = fixture.services.data.engine.snapshot
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/catalogue", method: .get) { response in
                #expect(response.status == .ok)
                let items = response.envelope.data["items"]!.items
                #expect(items.map { $0["dataset"]?.text ?? "" } == TVETSchema.datasets.map(\.name))
                for item in items {
                    let name = item["dataset"]?.text ?? ""
                    #expect(item["records"]?.int == snapshot.table(name)?.rowCount, "\(name)")
                    #expect(item["retention_years"] == 10 && item["citation"]?["ms"]?.text?.isEmpty == false)
                }
                let graduates = items.first { $0["dataset"] == "graduates" }
                #expect(graduates?["access"] == "request" && graduates?["coverage"]?["from"]?.int != nil)
            }
            try await client.execute(uri: "/api/v1/catalogue/instructors", method: .get) { response in
                #expect(response.envelope.data["personal_data"] == true)
                let noIC = response.envelope.data["columns"]!.items.first { $0["name"] == "no_ic" }
                #expect(noIC?["classification"] == "SULIT" && noIC?["personal"] == true)
            }
            try await client.execute(uri: "/api/v1/catalogue/nope", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func theDCATDocumentParsesAndNamesEveryDataset() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            try await client.execute(uri: "/catalogue.jsonld", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("application/ld+json") == true)
                let document = try JSONValue.parse(Data(response.body.readableBytesView))
                #expect(document["@type"] == "dcat:Catalog")
                let named = document["dcat:dataset"]!.items.compactMap { $0["dct:identifier"]?.text }
                #expect(named == TVETSchema.datasets.map(\.name))
            }
        }
    }

    @Test func openDatasetsDownloadWholeAndOthersAreRefused() async throws {
        let fixture = try SharedFixture.get()
        let institutions = try #require(fixture.services.data.engine.snapshot.table("institutions"))
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/catalogue/institutions/download.csv", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/csv") == true)
                let lines = String(buffer: response.body).split(separator: "\n")
                #expect(lines.first == Substring(DatasetSchema.institutions.columnNames.joined(separator: ",")))
                #expect(lines.count == institutions.rowCount + 1)
            }
            for caller in [nil, "controller"] {
                try await client.execute(uri: "/api/v1/catalogue/graduates/download.csv", method: .get, headers: fixture.headers(caller)) { response in
                    #expect(response.status == .forbidden)
                    #expect(response.envelope.message.contains("TERBUKA") && response.envelope.message.contains("request"))
                }
            }
        }
    }
}
