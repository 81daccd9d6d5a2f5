import ArgumentParser
import Foundation
import Matching
import Store
import TVET

/// `dataraya model train`: learns the matching model from the stored data and writes it under models/.
struct Model: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The matching model.", subcommands: [Train.self])

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the skill embedding from the stored graduates and vacancies and write it with its manifest.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var models: ModelOptions

        @Option(help: "Dimensions kept in the skill embedding.")
        var dimension: Int = TrainingOptions(trainedOn: .today()).dimension

        func run() throws {
            let progress = TerminalProgress()
            progress.show("loading the store")
            let catalog = try DataStore(path: store.path, create: false).loadCatalog()
            let taxonomy = try SkillTaxonomy.load(
                path: try SkillTaxonomy.locateDefault().orThrow("cannot find models/skills.csv; run from the project folder"))
            progress.show("training the skill embedding")
            do {
                let model = try QualificationModel.train(
                    catalog: catalog, taxonomy: taxonomy, options: TrainingOptions(dimension: dimension, trainedOn: .today()))
                try model.save(to: models.directory)
                progress.finish()
                let manifest = model.manifest
                print("wrote the matching model to \(models.directory): \(manifest.dimension) dimensions over \(manifest.skillCount) skills "
                    + "(vocabulary \(manifest.vocabularyHash)), trained on \(manifest.training.graduateRows) graduates and "
                    + "\(manifest.training.vacancyRows) vacancies")
            } catch {
                progress.finish()
                throw error.failure
            }
        }
    }
}
