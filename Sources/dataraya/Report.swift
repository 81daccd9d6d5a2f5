import Analytics
import Columnar
import ArgumentParser
import Foundation
import Reports
import Store

/// `dataraya report NAME --out FILE`: renders a report (CONTRACT 3.7) from the store, as HTML or as PDF through
/// headless Chromium. Public figures (small cells withheld) unless `--unsuppressed` is given for internal use.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a report (graduate-employability, supply-demand, institution-profile) as HTML or PDF.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The report's name (a file of reports/ without .json).")
    var name: String

    @Option(help: "html or pdf.")
    var format: String = "html"

    @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
    var out: String

    @Option(help: "ms (Bahasa Melayu) or en.")
    var lang: String = "ms"

    @Option(help: ArgumentHelp("The report definitions' folder (default: the project's reports/).", valueName: "dir"))
    var reports: String?

    @Option(help: "Graduation year (vacancies: year posted).") var year: String?
    @Option(help: "A state name.") var state: String?
    @Option(help: "A field code.") var field: String?
    @Option(help: "Qualification level 1 to 5.") var level: String?
    @Option(help: "A ministry code.") var ministry: String?
    @Option(name: .customLong("institution-type"), help: "An institution type code.") var institutionType: String?
    @Option(name: .customLong("institution-id"), help: "One institution (institution-profile needs it).") var institutionId: String?

    @Option(name: .customLong("disclosure-threshold"), help: "Public figures withhold counts under this many people.")
    var disclosureThreshold: Int = Audience.defaultThreshold

    @Flag(help: "Unsuppressed figures, for readers cleared for the data; never publish such a report.")
    var unsuppressed = false

    /// Mistakes are `CommandFailure`s, not `ValidationError`s, so that the reason is one line without the usage.
    func validate() throws {
        guard ["html", "pdf"].contains(format) else { throw CommandFailure("--format must be html or pdf") }
        guard ReportLanguage(rawValue: lang) != nil else { throw CommandFailure("--lang must be ms or en") }
    }

    /// The command-line option of a filter's query parameter (`institution_id` is `--institution-id`).
    static func option(_ parameter: String) -> String { "--" + parameter.replacingOccurrences(of: "_", with: "-") }

    func run() async throws {
        let query = [
            "year": year, "state": state, "field": field, "level": level, "ministry": ministry,
            "institution_type": institutionType, "institution_id": institutionId,
        ].compactMapValues { $0 }
        let filters: DashboardFilters
        do {
            filters = try DashboardFilters(query: query)
        } catch {
            throw CommandFailure(Self.option(error.parameter) + ": " + error.reason)
        }
        let dataStore = try DataStore(path: store.path, create: false)
        let engine = CatalogStore(try dataStore.loadCatalog())
        let library: ReportLibrary
        do {
            library = try ReportLibrary(directory: try ReportFolder.locate(reports))
        } catch {
            throw CommandFailure("\(error)")
        }
        let html: String
        do {
            html = try ReportBuilder(library: library, analytics: DashboardService(store: engine, cellKeySecret: dataStore.cellKeySecret)).html(
                name: name, filters: filters,
                audiences: .every(unsuppressed ? .cleared : .public(threshold: disclosureThreshold)),
                language: ReportLanguage(rawValue: lang) ?? .ms, catalog: engine.snapshot)
        } catch ReportRenderError.missingFilter(let report, let filter) {
            throw CommandFailure("the \(report) report needs \(Self.option(filter))")
        } catch {
            throw CommandFailure("\(error)")
        }
        var bytes = Data(html.utf8)
        if format == "pdf" {
            do {
                bytes = try await PDFPrinter().pdf(html: html)
            } catch {
                throw CommandFailure("cannot print the PDF: \(error)")
            }
        }
        do {
            try bytes.write(to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
        }
        print("wrote the \(name) report (\(lang), \(unsuppressed ? "unsuppressed" : "public figures")) to \(out)")
    }
}
