import Foundation

/// Every report definition of a folder (the project's `reports/`), loaded and validated once.
public struct ReportLibrary: Sendable {
    public let definitions: [String: ReportDefinition]

    /// Loads every `*.json` file of `directory`; the first invalid file stops the load with its error.
    public init(directory: String) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ReportDefinitionError(file: directory, field: "", reason: "is not a readable folder")
        }
        var definitions: [String: ReportDefinition] = [:]
        for name in names.sorted() where name.hasSuffix(".json") {
            let definition = try ReportDefinition.load(path: (directory as NSString).appendingPathComponent(name))
            definitions[definition.name] = definition
        }
        self.definitions = definitions
    }

    public init(definitions: [ReportDefinition]) {
        self.definitions = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The report names, sorted, for listings and error messages.
    public var names: [String] { definitions.keys.sorted() }

    public func definition(named name: String) -> ReportDefinition? { definitions[name] }
}
