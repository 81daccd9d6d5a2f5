import Foundation
import SyntheticData
import TVET
import TestSupport

/// One generated dataset shared by the generator's tests (generated once, checked by the independent checker).
struct GeneratedDataset: Sendable {
    static let graduates = 30_000
    static let shared: Result<GeneratedDataset, any Error> = Result { try GeneratedDataset(graduates: graduates) }

    let directory: String
    let summary: GenerationSummary
    let checker: DatasetChecker
    let options: GeneratorOptions

    init(graduates: Int) throws {
        options = GeneratorOptions(graduates: graduates, seed: 7)
        directory = try ProjectFiles.temporaryDirectory()
        summary = try NationalDatasetGenerator(options: options, taxonomy: try ProjectFiles.taxonomy()).write(to: directory)
        var checker = DatasetChecker(taxonomy: try ProjectFiles.taxonomy())
        try checker.check(directory: directory)
        self.checker = checker
    }

    func rows(_ dataset: String) -> [[String: String]] { checker.rows[dataset + ".csv"] ?? [] }
}
