import ArgumentParser
import Columnar
import Foundation
import Matching
import Server
import Store
import TVET

/// What the ranking commands share: the store, the model folder and the day vacancies are judged open on.
struct MatchingOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var models: ModelOptions

    @Option(help: ArgumentHelp("The day vacancies are open or closed on (default: today).", valueName: "YYYY-MM-DD"))
    var today: String?

    func day() throws -> CivilDate {
        guard let today else { return .today() }
        return try CivilDate(today).orThrow("--today must be a date YYYY-MM-DD, not '\(today)'")
    }

    /// The store loaded into the engine, and the index over it with the saved model (or one trained now, said on
    /// standard error).
    func load() throws -> (catalog: Catalog, index: MatchingIndex) {
        let catalog = try DataStore(path: store.path, create: false).loadCatalog()
        let taxonomy = try SkillTaxonomy.load(
            path: try SkillTaxonomy.locateDefault().orThrow("cannot find models/skills.csv; run from the project folder"))
        let model = try MatchService.model(directory: models.directory, catalog: catalog, taxonomy: taxonomy) { note in
            FileHandle.standardError.write(Data((note + "\n").utf8))
        }
        return (catalog, try MatchingIndex(catalog: catalog, model: model))
    }
}

/// The ranking filters of the commands, as the API's query parameters.
struct RankingOptions: ParsableArguments {
    @Option(help: "How many hits.")
    var k: Int = 10

    @Option(help: "skills (the graduate's own skills) or study (what their line of study teaches).")
    var mode: String = "skills"

    @Option(help: "Only this state (a state name).")
    var state: String?

    @Option(help: "Only this field (a field code).")
    var field: String?

    func validate() throws {
        guard (1...1000).contains(k) else { throw ValidationError("--k must be from 1 to 1000") }
        guard MatchMode(rawValue: mode) != nil else { throw ValidationError("--mode must be skills or study") }
    }

    var matchMode: MatchMode { MatchMode(rawValue: mode) ?? .skills }
}

/// Prints a value as the API's `data` would hold it.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

extension MatchingError {
    /// A matching error as the command's one-line failure.
    var failure: CommandFailure { CommandFailure(description) }
}
