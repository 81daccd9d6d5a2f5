import ArgumentParser
import Columnar
import Foundation
import Store

/// `dataraya query`: loads the store into the engine and runs one query (CONTRACT 3.4).
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run one query (filters, group-by, measures) over the store and print {\"columns\", \"rows\"} as JSON.")

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The query as JSON, e.g. '{\"dataset\": \"graduates\", \"measures\": [{\"fn\": \"count\"}]}'.", valueName: "json"))
    var json: String

    func run() throws {
        let query = try Self.decode(json)
        let catalog = try DataStore(path: store.path, create: false).loadCatalog()
        print(try catalog.execute(query).jsonString())
    }

    /// The query, or a one-line reason it cannot be read.
    static func decode(_ json: String) throws(CommandFailure) -> Query {
        do {
            return try JSONDecoder().decode(Query.self, from: Data(json.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            throw CommandFailure("the query has no '\(path(context.codingPath + [key]))'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw CommandFailure("the query's '\(path(context.codingPath))' has the wrong type")
        } catch {
            throw CommandFailure("the query is not valid JSON")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "\($0 + 1)" } ?? $0.stringValue }.joined(separator: ".")
    }
}
