import Foundation
import TVET

/// An independent, plain check of a folder of dataset CSV files against the TVET schema: headers, field counts,
/// types, value sets, MyKad numbers, skill ids, duplicate ids and links. Tests use it as the oracle that generated
/// files are whole and that injected defects are exactly where the manifest says.
public struct DatasetChecker: Sendable {
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let column: String
        public let reason: String
        public var description: String { "\(file) line \(line), column \(column): \(reason)" }
    }

    /// Rows of each file that passed every check, by column name.
    public private(set) var rows: [String: [[String: String]]] = [:]
    public private(set) var problems: [Problem] = []
    public private(set) var headers: [String: [String]] = [:]
    private let taxonomy: SkillTaxonomy

    public init(taxonomy: SkillTaxonomy) {
        self.taxonomy = taxonomy
    }

    public mutating func check(directory: String) throws {
        var ids: [String: Set<String>] = [:]
        var pendingLinks: [(Problem, String, String)] = []  // problem if the id is missing, target dataset, id
        for schema in TVETSchema.datasets {
            let file = schema.fileName
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file)))
            var reader = CSVReader(bytes: bytes)
            var fields: [String] = []
            _ = try reader.nextRecord(into: &fields)
            headers[file] = fields
            var accepted: [[String: String]] = []
            var seen = Set<String>()
            while true {
                let line: Int
                do {
                    guard let next = try reader.nextRecord(into: &fields) else { break }
                    line = next
                } catch {
                    problems.append(Problem(file: file, line: error.line, column: "", reason: error.reason))
                    continue
                }
                guard fields.count == schema.columns.count else {
                    problems.append(Problem(file: file, line: line, column: "", reason: "expected \(schema.columns.count) fields"))
                    continue
                }
                var bad: [Problem] = []
                var links: [(Problem, String, String)] = []
                for (column, value) in zip(schema.columns, fields) {
                    if let reason = reason(value, column) {
                        bad.append(Problem(file: file, line: line, column: column.name, reason: reason))
                    } else if let target = column.linksTo, !value.isEmpty {
                        links.append((Problem(file: file, line: line, column: column.name, reason: "unknown \(target) id"), target, value))
                    }
                }
                if bad.isEmpty && !seen.insert(fields[0]).inserted {
                    bad.append(Problem(file: file, line: line, column: schema.primaryKey.name, reason: "duplicate id"))
                }
                if bad.isEmpty {
                    accepted.append(Dictionary(uniqueKeysWithValues: zip(schema.columnNames, fields)))
                    pendingLinks += links
                } else {
                    problems += bad
                }
            }
            ids[schema.name] = seen
            rows[file] = accepted
        }
        for (problem, target, id) in pendingLinks where !(ids[target]?.contains(id) ?? false) {
            problems.append(problem)
        }
    }

    private func reason(_ value: String, _ column: ColumnSchema) -> String? {
        if value.isEmpty { return column.nullable ? nil : "required value is empty" }
        switch column.type {
        case .integer: guard Int(value) != nil else { return "not a whole number" }
        case .decimal: guard Double(value) != nil, value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return "not a number" }
        case .boolean: guard value == "true" || value == "false" else { return "not true or false" }
        case .date: guard CivilDate(value) != nil else { return "not a real date YYYY-MM-DD" }
        case .text, .list: break
        }
        switch column.rule {
        case .oneOf(let set): if !set.contains(value) { return "not one of \(set.name)" }
        case .eachOneOf(let set): if !value.split(separator: ";").allSatisfy(set.contains) { return "not one of \(set.name)" }
        case .range(let low, let high): if !(low...high).contains(Int(value)!) { return "out of range" }
        case .atLeast(let low): if Double(value)! < low { return "below \(low)" }
        case .decimalRange(let low, let high): if !(low...high).contains(Double(value)!) { return "out of range" }
        case .myKad: if !MyKad.isValid(value) { return "invalid MyKad" }
        case .mascoCode: if value.count != 4 || !value.allSatisfy(\.isNumber) { return "not a MASCO code" }
        case .ssmNumber: if value.count != 12 || !value.allSatisfy(\.isNumber) { return "not an SSM number" }
        case .nossCode: if value.wholeMatch(of: /[A-Z]{2}-\d{3}-[1-5]:\d{4}/) == nil { return "not a NOSS code" }
        case .skillIds: if !value.split(separator: ";").allSatisfy(taxonomy.contains) { return "unknown skill id" }
        case nil: break
        }
        return nil
    }
}
