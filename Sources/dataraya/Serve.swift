import ArgumentParser
import Columnar
import Foundation
import Hummingbird
import Logging
import Matching
import NIOCore
import Reports
import Server
import Store
import TVET

#if canImport(Glibc)
    import Glibc
#endif

/// `dataraya serve`: loads the store into the engine and serves the HTTP API.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the HTTP API over the store (CONTRACT section 3).")

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @OptionGroup var models: ModelOptions

    @Option(help: ArgumentHelp("The report definitions' folder (default: the project's reports/).", valueName: "dir"))
    var reports: String?

    @Option(name: .customLong("disclosure-threshold"), help: "Public figures withhold counts under this many people.")
    var disclosureThreshold: Int = 5

    @Option(
        name: .customLong("header-fields-per-column"),
        help: "A CSV batch's header may hold this many fields per column of its dataset (413 above).")
    var headerFieldsPerColumn: Int = DatasetDecoder.defaultHeaderFieldsPerColumn

    @Option(name: .customLong("query-time-budget"), help: "Seconds a query may scan before it is stopped (422).")
    var queryTimeBudget: Double = 10

    @Option(name: .customLong("query-max-groups"), help: "Groups a query may form (413 above).")
    var queryMaxGroups: Int = QueryLimits().maxGroups

    @Option(name: .customLong("idle-timeout"), help: "Seconds a connection may send no request before it is closed.")
    var idleTimeout: Double = 30

    @Option(
        name: .customLong("max-connections"),
        help: "Connections open at once; at this many, the one waiting longest for a request is closed to make room.")
    var maxConnections: Int = 1024

    @Option(
        name: .customLong("request-body-timeout"),
        help: "Seconds a request's body may take to arrive once its head has (408 after that).")
    var requestBodyTimeout: Double = 60

    @OptionGroup var backups: BackupOptions

    @Flag(help: "When the store is empty, generate the demo national dataset and import it first.")
    var demo = false

    @Option(name: .customLong("demo-graduates"), help: "Graduates in the demo dataset.")
    var demoGraduates: Int = 100_000

    func run() async throws {
        let dataStore = try DataStore(path: store.path)
        let taxonomy = try SkillTaxonomy.load(path: try SkillTaxonomy.locateDefault().orThrow("cannot find models/skills.csv; run from the project folder"))
        var demoLoaded = false
        if demo, try dataStore.rowCounts().values.reduce(0, +) == 0 {
            try DemoData.load(into: dataStore, storePath: store.path, graduates: demoGraduates, taxonomy: taxonomy)
            demoLoaded = true
        }
        if try dataStore.userCount() == 0 {
            let path = try AdminCredential.create(in: dataStore, storePath: store.path)
            print("created the first user 'admin' (ADMIN, DATA_CONTROLLER); its API key is in \(path) (readable by you only)")
            fflush(nil)
        }
        var queryLimits = QueryLimits(maxGroups: queryMaxGroups)
        queryLimits.timeBudget = .milliseconds(Int64(queryTimeBudget * 1000))
        var configuration = ServerConfiguration(host: host, port: port, disclosureThreshold: disclosureThreshold, queryLimits: queryLimits)
        configuration.idleTimeout = .milliseconds(Int64(idleTimeout * 1000))
        configuration.maxConnections = maxConnections
        configuration.requestBodyTimeout = .milliseconds(Int64(requestBodyTimeout * 1000))
        var logger = Logger(label: "DataRaya")
        logger.logLevel = .info
        let data = try DataService(store: dataStore, taxonomy: taxonomy, headerFieldsPerColumn: headerFieldsPerColumn)
        if demoLoaded { try DemoSignIns.create(in: dataStore, storePath: store.path, data: data) }
        let model = try MatchService.model(
            directory: models.directory, catalog: data.engine.snapshot, taxonomy: taxonomy
        ) { note in
            print(note)
            fflush(nil)
        }
        let reportFolder = try ReportFolder.locate(reports)
        let services = try ServerServices(
            data: data, matching: try MatchService(engine: data.engine, model: model),
            reports: try ReportLibrary(directory: reportFolder), configuration: configuration)
        let counts = try dataStore.rowCounts()
        let summary = "\(counts.values.reduce(0, +)) records of \(counts.filter { $0.value > 0 }.count) datasets"
        let storePath = store.path, announcePages = demo
        let app = buildApplication(configuration: configuration, services: services, logger: logger) { [host] port in
            print("serving \(summary) on http://\(host):\(port)")
            if announcePages { for line in DemoSignIns.announcement(storePath: storePath, address: "http://\(host):\(port)") { print(line) } }
            fflush(nil)
        }
        let backupTask = backups.schedule(store: dataStore, storePath: store.path).map { schedule in
            Task {
                await schedule.run { outcome in
                    print(outcome.line)
                    fflush(nil)
                }
            }
        }
        defer { backupTask?.cancel() }
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw CommandFailure("cannot listen on \(host):\(port): the address is already in use")
        } catch let error as IOError {
            throw CommandFailure("cannot listen on \(host):\(port): \(String(cString: strerror(error.errnoCode)))")
        }
        await services.recorder.flush()
    }
}

extension Optional {
    func orThrow(_ reason: String) throws -> Wrapped {
        guard let value = self else { throw CommandFailure(reason) }
        return value
    }
}
