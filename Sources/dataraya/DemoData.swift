import Foundation
import Store
import SyntheticData
import TVET

/// The demo national dataset for `dataraya serve --demo`: generated as of today beside the store, then imported.
enum DemoData {
    static func load(into store: DataStore, storePath: String, graduates: Int, taxonomy: SkillTaxonomy) throws {
        let folder = URL(fileURLWithPath: storePath).deletingLastPathComponent().appendingPathComponent("demo").path
        let today = CivilDate.today()
        print("the store is empty: generating the demo national dataset (\(graduates) graduates, as of \(today)) into \(folder)")
        let progress = TerminalProgress()
        _ = try NationalDatasetGenerator(
            options: GeneratorOptions(graduates: graduates, seed: 1, asOf: today), taxonomy: taxonomy, progress: progress.report
        ).write(to: folder)
        progress.finish()
        let summary = try DatasetImporter(store: store, taxonomy: taxonomy)
            .run(try ImportPlan.make(paths: [folder]), skipInvalid: false, progress: progress.report) { event in
                progress.finish()
                print(event)
            }
        progress.finish()
        try store.checkpoint()
        print("imported the demo dataset: \(summary.description)")
    }
}
