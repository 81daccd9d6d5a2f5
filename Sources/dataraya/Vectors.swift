import ArgumentParser
import Matching

/// `dataraya vectors export`: the qualification vectors as NumPy matrices with their id lists (docs/MATCHING.md).
struct Vectors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The qualification vectors.", subcommands: [Export.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the graduate and vacancy matrices (.npy), their ids and every array the score needs.")

        @OptionGroup var options: MatchingOptions

        @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
        var out: String

        func run() throws {
            let (_, index) = try options.load()
            do {
                try VectorExport.write(index, to: out)
            } catch {
                throw error.failure
            }
            print("wrote \(index.graduates.count) graduate and \(index.vacancies.count) vacancy vectors of "
                + "\(index.model.dimension) dimensions to \(out)")
        }
    }
}
