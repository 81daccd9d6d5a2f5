import Foundation
import Testing
import TestSupport
import SyntheticData
import TVET

@Suite struct GeneratorDeterminismTests {
    func generate(seed: UInt64, graduates: Int = 3_000, injectErrors: Double = 0) throws -> String {
        let directory = try ProjectFiles.temporaryDirectory()
        _ = try NationalDatasetGenerator(
            options: GeneratorOptions(graduates: graduates, seed: seed, injectErrors: injectErrors),
            taxonomy: try ProjectFiles.taxonomy()
        ).write(to: directory)
        return directory
    }

    func bytes(_ directory: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        }
        return out
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws {
        let first = try bytes(try generate(seed: 11)), second = try bytes(try generate(seed: 11))
        #expect(first.count == 10, "nine datasets and matching-truth.csv")
        #expect(first == second)
        let other = try bytes(try generate(seed: 12))
        #expect(other["graduates.csv"] != first["graduates.csv"])
    }

    @Test func everyInjectedDefectIsFoundAndNoGoodRowIsBlamed() throws {
        let directory = try generate(seed: 5, injectErrors: 0.03)
        var checker = DatasetChecker(taxonomy: try ProjectFiles.taxonomy())
        try checker.check(directory: directory)
        var reader = CSVReader(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/injected-errors.csv"))))
        var fields: [String] = []
        _ = try reader.nextRecord(into: &fields)
        var injected = Set<String>(), kinds = Set<String>()
        while try reader.nextRecord(into: &fields) != nil {
            injected.insert("\(fields[0]):\(fields[1])")
            kinds.insert(fields[3])
        }
        let found = Set(checker.problems.map { "\($0.file):\($0.line)" })
        #expect(injected.count > 100)
        #expect(found == injected)
        #expect(kinds.count == 7, "\(kinds)")
    }
}
