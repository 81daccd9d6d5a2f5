import Columnar
import Foundation
import Matching
import SyntheticData
import TVET
import TestSupport

/// One generated dataset, its catalog, a model trained on it and the index, shared by the matching tests.
struct MatchingFixture: Sendable {
    static let graduates = 6_000
    static let shared: Result<MatchingFixture, any Error> = Result { try MatchingFixture(graduates: graduates) }

    static func get() throws -> MatchingFixture { try shared.get() }

    let directory: String
    let taxonomy: SkillTaxonomy
    let catalog: Catalog
    let model: QualificationModel
    let index: MatchingIndex
    let today = GeneratorOptions.defaultAsOf

    init(graduates: Int) throws {
        taxonomy = try ProjectFiles.taxonomy()
        directory = try ProjectFiles.temporaryDirectory()
        _ = try NationalDatasetGenerator(options: GeneratorOptions(graduates: graduates, seed: 11), taxonomy: taxonomy)
            .write(to: directory)
        catalog = try Self.catalog(directory: directory, taxonomy: taxonomy)
        model = try QualificationModel.train(catalog: catalog, taxonomy: taxonomy, options: TrainingOptions(trainedOn: today))
        index = try MatchingIndex(catalog: catalog, model: model)
    }

    static func catalog(directory: String, taxonomy: SkillTaxonomy) throws -> Catalog {
        var tables: [Table] = []
        for dataset in TVETSchema.datasets {
            let file = try DatasetDecoder(dataset: dataset, taxonomy: taxonomy)
                .decode(file: directory + "/\(dataset.name).csv") { _, _ in true }
            tables.append(file.table)
        }
        return try Catalog(tables: tables, links: TVETSchema.links)
    }
}
