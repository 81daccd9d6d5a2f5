import Columnar
import Foundation
import TVET

/// The catalogue of the nine datasets (CONTRACT 3.10), built from the schema (names, titles, classifications,
/// personal-data flags), each dataset's profile, and the data itself (records, years covered).
///
///     let items = Catalogue.items(snapshot: engine.snapshot, updates: try store.datasetUpdates(), year: 2026)
public enum Catalogue {
    /// Records stay live this many years, then move to the archive (seed 3.1.1 d).
    public static let retentionYears = 10

    /// Every dataset, in the schema's order. `updates` holds each dataset's last accepted write.
    public static func items(snapshot: Catalog, updates: [String: Date], year: Int) -> [CatalogueItem] {
        TVETSchema.datasets.map { item($0, snapshot: snapshot, updatedAt: updates[$0.name], year: year) }
    }

    /// One dataset's entry.
    public static func item(_ dataset: DatasetSchema, snapshot: Catalog, updatedAt: Date?, year: Int) -> CatalogueItem {
        let profile = DatasetProfile.of(dataset)
        let table = snapshot.table(dataset.name)
        return CatalogueItem(
            dataset: dataset.name, title: dataset.label, description: profile.description, cluster: profile.cluster,
            owners: profile.owners, classification: dataset.classification,
            personalData: dataset.columns.contains(where: \.personal), frequency: profile.frequency,
            coverage: CatalogueItem.Coverage(column: profile.coverageColumn, in: table),
            updatedAt: updatedAt.map { $0.formatted(.iso8601) }, records: table?.rowCount ?? 0,
            access: dataset.classification == .terbuka ? .open : .request, retentionYears: retentionYears,
            columns: dataset.columns.map {
                CatalogueItem.Column(
                    name: $0.name, title: $0.label, type: $0.type.name, classification: $0.classification, personal: $0.personal)
            },
            citation: Citation(dataset: dataset, year: year))
    }
}
