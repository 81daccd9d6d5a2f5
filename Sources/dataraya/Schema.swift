import ArgumentParser
import TVET

/// `dataraya schema`: prints the data dictionary derived from the TVET schema.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the data dictionary of the nine datasets (Markdown), as docs/DATA.md includes it.")

    func run() {
        print(DataDictionary.markdown(), terminator: "")
    }
}
