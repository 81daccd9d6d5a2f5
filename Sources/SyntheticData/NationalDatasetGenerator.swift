import TVET
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Builds the synthetic national TVET dataset (CONTRACT section 2) and writes it as CSV files.
///
/// Deterministic: the same options and taxonomy give the same bytes.
///
///     let summary = try NationalDatasetGenerator(options: .init(graduates: 10_000), taxonomy: taxonomy)
///         .write(to: "data/demo")
public struct NationalDatasetGenerator {
    /// Called with (dataset, done, total) during long steps.
    public typealias Progress = (String, Int, Int) -> Void

    struct StateField: Hashable {
        let state: MalaysianState
        let field: TVETField
    }

    /// The file, beside the datasets, that names each programme's target occupation (see `OccupationProfiles`).
    public static let matchingTruthName = "matching-truth.csv"

    let options: GeneratorOptions
    let skillPicker: SkillPicker
    let progress: Progress
    var people = PeopleFactory()
    var dataset = NationalDataset()
    var employersByStateAndField: [StateField: [Int]] = [:]
    var employersByState: [MalaysianState: [Int]] = [:]
    let employableStatusChoice = WeightedChoice(Calibration.employableStatuses.map(\.1))
    let industryStateChoice = WeightedChoice(MalaysianState.allCases.map(Calibration.employerWeight(state:)))

    public init(options: GeneratorOptions, taxonomy: SkillTaxonomy, progress: @escaping Progress = { _, _, _ in }) {
        self.options = options
        self.skillPicker = SkillPicker(taxonomy: taxonomy)
        self.progress = progress
    }

    /// Generates every dataset and writes the nine files into `directory` (created if missing).
    public consuming func write(to directory: String) throws -> GenerationSummary {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        generateInstitutions()
        assignTargetOccupations()
        generateInstructors()
        generateEmployers()
        generateGraduates()
        generateApplications()
        generateVacancies()
        var writer = DatasetFileWriter(
            directory: directory, dataset: dataset, asOf: options.asOf,
            injector: options.injectErrors > 0 ? ErrorInjector(rate: options.injectErrors, seed: options.seed) : nil,
            progress: progress)
        let files = try writer.writeAll()
        try writer.writeInjectedErrorManifest()
        try writer.writeMatchingTruth()
        return GenerationSummary(dataset: dataset, files: files, options: options)
    }
}
