import ArgumentParser
import SyntheticData
import TVET

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dataraya generate`: writes the synthetic national dataset.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the synthetic national TVET dataset as CSV files (same seed, same bytes).")

    @Option(help: "Folder to write the nine CSV files into.")
    var out: String

    @Option(help: "Graduates over the ten graduation years; the other datasets scale with it.")
    var graduates: Int = 100_000

    @Option(help: "Seed of the random streams.")
    var seed: UInt64 = 1

    @Option(name: .customLong("as-of"), help: "The day the data describes (YYYY-MM-DD): vacancies close relative to it.")
    var asOf: String = GeneratorOptions.defaultAsOf.description

    @Option(name: .customLong("inject-errors"), help: "Share (0-1) of extra bad records to write, for testing importers.")
    var injectErrors: Double = 0

    @Option(help: "The skill taxonomy (default: models/skills.csv of the project).")
    var skills: String?

    func validate() throws {
        guard graduates >= 100 else { throw ValidationError("--graduates must be at least 100") }
        guard graduates <= 20_000_000 else { throw ValidationError("--graduates must be at most 20000000") }
        guard (0...0.5).contains(injectErrors) else { throw ValidationError("--inject-errors must be between 0 and 0.5") }
        guard CivilDate(asOf) != nil else { throw ValidationError("--as-of must be a real date written YYYY-MM-DD") }
    }

    func run() throws {
        guard let skillsPath = skills ?? SkillTaxonomy.locateDefault() else {
            throw ValidationError("cannot find models/skills.csv; run from the project folder or pass --skills FILE")
        }
        let taxonomy = try SkillTaxonomy.load(path: skillsPath)
        let options = GeneratorOptions(graduates: graduates, seed: seed, asOf: CivilDate(asOf)!, injectErrors: injectErrors)
        let progress = TerminalProgress()
        let summary = try NationalDatasetGenerator(options: options, taxonomy: taxonomy, progress: progress.report)
            .write(to: out)
        progress.finish()
        print("wrote the national TVET dataset to \(out)")
        print(summary)
    }
}
