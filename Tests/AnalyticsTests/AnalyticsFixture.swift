import Columnar
import Crypto
import Foundation
import SyntheticData
import TVET
import TestSupport

@testable import Analytics

/// One small generated dataset shared by the analytics tests: the engine catalog built by the real decoder, and the
/// same CSV files read independently by `DatasetChecker` for the oracle computations.
struct AnalyticsFixture: Sendable {
    static let shared: Result<AnalyticsFixture, any Error> = Result { try AnalyticsFixture(graduates: 6_000, seed: 11) }

    static func load() throws -> AnalyticsFixture { try shared.get() }

    let options: GeneratorOptions
    let store: CatalogStore
    let checker: DatasetChecker

    init(graduates: Int, seed: UInt64) throws {
        options = GeneratorOptions(graduates: graduates, seed: seed)
        let directory = try ProjectFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let taxonomy = try ProjectFiles.taxonomy()
        _ = try NationalDatasetGenerator(options: options, taxonomy: taxonomy).write(to: directory)
        var tables: [Table] = []
        var accepted: [String: Set<String>] = [:]
        for dataset in TVETSchema.datasets {
            let file = try DatasetDecoder(dataset: dataset, taxonomy: taxonomy).decode(
                file: directory + "/" + dataset.fileName, linkExists: { accepted[$0]?.contains(String($1)) ?? false })
            let keys = file.table.column(dataset.primaryKey.name)!
            accepted[dataset.name] = Set((0..<file.table.rowCount).map { keys.value(at: $0).description })
            tables.append(file.table)
        }
        store = CatalogStore()
        store.publish(try Catalog(tables: tables, links: TVETSchema.links))
        var checker = DatasetChecker(taxonomy: taxonomy)
        try checker.check(directory: directory)
        self.checker = checker
    }

    var asOf: CivilDate { options.asOf }

    func service(cacheCapacity: Int = 64) -> DashboardService {
        let asOf = options.asOf
        return DashboardService(store: store, cellKeySecret: Self.cellKeySecret, asOf: { asOf }, cacheCapacity: cacheCapacity)
    }

    /// The secret record keys are derived under, fixed so that the figures of a run can be compared with another's.
    static let cellKeySecret = SymmetricKey(data: Data(repeating: 7, count: 32))

    func rows(_ dataset: String) -> [[String: String]] { checker.rows[dataset + ".csv"] ?? [] }

    func byId(_ dataset: String, key: String) -> [String: [String: String]] {
        Dictionary(rows(dataset).map { ($0[key]!, $0) }) { first, _ in first }
    }
}
