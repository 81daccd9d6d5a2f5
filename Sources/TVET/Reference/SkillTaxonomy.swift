#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One skill of `models/skills.csv`.
public struct Skill: Hashable, Sendable {
    public let id: String
    public let name: BilingualText
    /// A `TVETField` code, or `TRANSVERSAL`.
    public let field: String
    /// `technical` or `transversal`.
    public let kind: String
}

/// The skill taxonomy: every skill id a graduate or vacancy may name, grouped by field, in file order (basic first).
public struct SkillTaxonomy: Sendable {
    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    public static let header = ["skill_id", "name_en", "name_ms", "field", "kind"]
    /// Where the taxonomy lives relative to the project root.
    public static let defaultPath = "models/skills.csv"

    public let skills: [Skill]
    private let byID: [String: Int]
    private let byField: [String: [Int]]

    public init(skills: [Skill]) {
        self.skills = skills
        byID = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1.id, $0) })
        byField = Dictionary(grouping: skills.indices, by: { skills[$0].field })
    }

    /// Parses the CSV text of `models/skills.csv`, checking its header, fields and kinds.
    public init(csv bytes: [UInt8], source: String = defaultPath) throws(LoadError) {
        var reader = CSVReader(bytes: bytes)
        var fields: [String] = []
        var skills: [Skill] = []
        var seen = Set<String>()
        do {
            guard try reader.nextRecord(into: &fields) != nil, fields == Self.header else {
                throw LoadError(description: "\(source): header must be \(Self.header.joined(separator: ","))")
            }
            while let line = try reader.nextRecord(into: &fields) {
                guard fields.count == 5 else { throw LoadError(description: "\(source) line \(line): expected 5 fields") }
                guard fields[3] == TVETField.transversal || TVETField(rawValue: fields[3]) != nil else {
                    throw LoadError(description: "\(source) line \(line), column field: unknown field '\(fields[3])'")
                }
                guard seen.insert(fields[0]).inserted else {
                    throw LoadError(description: "\(source) line \(line), column skill_id: duplicate id '\(fields[0])'")
                }
                skills.append(
                    Skill(id: fields[0], name: BilingualText(ms: fields[2], en: fields[1]), field: fields[3], kind: fields[4]))
            }
        } catch let error as CSVReader.ParseError {
            throw LoadError(description: "\(source) \(error)")
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(description: "\(source): \(error)")
        }
        self.init(skills: skills)
    }

    /// Loads the taxonomy from a file.
    public static func load(path: String) throws(LoadError) -> SkillTaxonomy {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "cannot read the skill taxonomy at \(path)")
        }
        return try SkillTaxonomy(csv: Array(data), source: path)
    }

    /// Finds `models/skills.csv` from the working directory or from a folder above the running executable.
    public static func locateDefault(executablePath: String = CommandLine.arguments[0]) -> String? {
        var candidates = [defaultPath]
        var directory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent(defaultPath).path)
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    public func contains(_ id: some StringProtocol) -> Bool { byID[String(id)] != nil }

    public func skill(id: String) -> Skill? { byID[id].map { skills[$0] } }

    /// The skills of a field (or of `TRANSVERSAL`), in file order, basic first.
    public func skills(inField field: String) -> [Skill] { (byField[field] ?? []).map { skills[$0] } }
}
