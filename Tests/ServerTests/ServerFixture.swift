import Foundation
import Matching
import Reports
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import SyntheticData
import TVET
import ServerTestSupport
import TestSupport

/// A server over a small generated national dataset in a temporary store, with one user of each kind.
struct ServerFixture {
    let storePath: String
    let services: ServerServices
    var configuration: ServerConfiguration
    var keys: [String: String] = [:]
    /// The generated records the users are tied to.
    let employerID = "E000001", otherEmployerID = "E000002"
    let graduateID = "G0000001", otherGraduateID = "G0000002"
    /// A MyKad number and password that log in to UP_TVET.
    let applicantMyKad = "050505105055", applicantPassword = "kata-laluan-rahsia"

    /// Builds the store once per call: generate, ingest every file through the service, add the users.
    init(configuration: ServerConfiguration = ServerFixture.defaultConfiguration) throws {
        self.configuration = configuration
        let directory = try ProjectFiles.temporaryDirectory()
        storePath = directory + "/store.sqlite"
        let taxonomy = try ProjectFiles.taxonomy()
        _ = try NationalDatasetGenerator(options: GeneratorOptions(graduates: 400, seed: 21), taxonomy: taxonomy)
            .write(to: directory + "/data")
        let store = try DataStore(path: storePath)
        let data = try DataService(store: store, taxonomy: taxonomy)
        for dataset in TVETSchema.datasets {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/data/" + dataset.fileName)))
            _ = try data.ingest(csv: bytes, dataset: dataset, as: .operator)
        }
        let model = try QualificationModel.train(
            catalog: data.engine.snapshot, taxonomy: taxonomy, options: TrainingOptions(trainedOn: .today()))
        services = try ServerServices(
            data: data, matching: try MatchService(engine: data.engine, model: model),
            reports: try ReportLibrary(directory: ProjectFiles.path("reports")), configuration: configuration)
        let users: [(String, NewUser)] = [
            ("admin", NewUser(name: "admin", category: .g2g, roles: [.admin])),
            ("controller", NewUser(name: "kpt-controller", category: .g2g, roles: [.dataController], agency: "KPT")),
            ("analyst", NewUser(name: "analyst", category: .g2g, roles: [.analyst], agency: "KESUMA")),
            ("researcher", NewUser(name: "researcher", category: .researcher, roles: [.analyst])),
            ("agency", NewUser(name: "jtm-system", category: .g2g, roles: [.agencySystem], agency: "JTM")),
            ("employer", NewUser(name: "employer", category: .g2b, roles: [.employer], employerID: employerID)),
            ("graduate", NewUser(name: "graduate", category: .g2c, roles: [.graduate], graduateID: graduateID)),
            ("applicant", NewUser(name: "applicant", category: .g2c, roles: [.graduate], myKad: applicantMyKad, password: applicantPassword)),
            ("basic", NewUser(name: "basic-user", category: .g2g, roles: [.analyst], password: "basic-password-1")),
        ]
        for (label, user) in users { keys[label] = try store.addUser(user).apiKey }
    }

    /// The server's own limits, except each caller's share of concurrent requests and batches: suites send many
    /// requests with the same keys, and `CallerLimitTests` sets those limits itself.
    static var defaultConfiguration: ServerConfiguration {
        var configuration = ServerConfiguration(port: 0)
        configuration.concurrentPerKey = 1000
        configuration.concurrentPerAddress = 1000
        configuration.batchBurst = 1000
        return configuration
    }

    func headers(_ label: String?, _ extra: [(HTTPField.Name, String)] = []) -> HTTPFields {
        var fields = HTTPFields()
        if let label { fields[HTTPField.Name("X-API-Key")!] = keys[label]! }
        for (name, value) in extra { fields[name] = value }
        return fields
    }

    func test<Value>(_ setup: TestingSetup = .router, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = Application(router: buildRouter(configuration: configuration, services: services), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        return try await app.test(setup, body)
    }
}

/// The envelope of a response, decoded loosely for checks.
struct EnvelopeBody: Decodable {
    let success: Bool
    let data: JSONValue
    let message: String
}

extension TestResponse {
    var envelope: EnvelopeBody { try! JSONDecoder().decode(EnvelopeBody.self, from: Data(body.readableBytesView)) }
    func header(_ name: String) -> String? { headers[HTTPField.Name(name)!] }
}
