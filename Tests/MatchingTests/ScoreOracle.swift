import Columnar
import Foundation
import Matching
import TVET

/// The score of models/README.md computed directly, in Double, from the catalog's own values (strings, links by key),
/// row by row over every row: what the index's BLAS product, fused pass and heap must reproduce.
struct ScoreOracle {
    struct Side {
        var vector: [Double]
        var skills: Set<String>
        var level: Int?
        var field: String?
        var state: String?
        var salary: Double?
        var relocate: Bool
    }

    struct Graduate {
        var id: String
        var skills: [String]
        var programmeID: String?
        var level: Int?
        var field: String?
        var state: String?
        var salary: Double?
        var relocate: Bool
        var open: Bool
    }

    struct Vacancy {
        var id: String
        var essential: [String]
        var optional: [String]
        var minLevel: Int
        var state: String
        var field: String
        var salaryMin: Double
        var salaryMax: Double
        var closesOn: Int
        var vector: [Double]
    }

    struct Ranked: Equatable {
        var id: String
        var score: Double
    }

    let weights = ScoreWeights.standard
    let embedding: [String: [Double]]
    let centroids: [String: [Double]]
    var graduates: [Graduate] = []
    var vacancies: [Vacancy] = []
    var graduateVectors: [[Double]] = []
    var programmeProfiles: [String: (vector: [Double], skills: Set<String>)] = [:]

    init(fixture: MatchingFixture) {
        let model = fixture.model
        let d = model.dimension
        var embedding: [String: [Double]] = [:]
        for (i, id) in model.vocabulary.ids.enumerated() {
            embedding[id] = (0..<d).map { Double(model.embedding[i * d + $0]) }
        }
        self.embedding = embedding
        var centroids: [String: [Double]] = [:]
        for skill in fixture.taxonomy.skills {
            centroids[skill.field] = Self.add(centroids[skill.field] ?? Array(repeating: 0, count: d), embedding[skill.id]!, 1)
        }
        self.centroids = centroids.mapValues(Self.normalized)
        readGraduates(fixture.catalog)
        readVacancies(fixture.catalog, optionalWeight: model.manifest.optionalSkillWeight)
        graduateVectors = graduates.map { vector($0.skills.map { ($0, 1) }) }
        let byProgramme = Dictionary(grouping: graduates.indices.filter { graduates[$0].programmeID != nil }) {
            graduates[$0].programmeID!
        }
        programmeProfiles = byProgramme.mapValues { members in studyProfile(members) }
    }

    static func add(_ a: [Double], _ b: [Double], _ w: Double) -> [Double] { zip(a, b).map { $0 + w * $1 } }

    static func normalized(_ v: [Double]) -> [Double] {
        let n = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return n > 0 ? v.map { $0 / n } : v
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    func vector(_ weighted: [(String, Double)]) -> [Double] {
        var sum = [Double](repeating: 0, count: embedding.values.first!.count)
        for (id, w) in weighted { sum = Self.add(sum, embedding[id]!, w) }
        return Self.normalized(sum)
    }

    private static func string(_ t: Table, _ row: Int, _ column: String) -> String? {
        if case .string(let s) = t.value(row: row, column: column)! { return s }
        return nil
    }

    private static func number(_ t: Table, _ row: Int, _ column: String) -> Double? {
        switch t.value(row: row, column: column)! {
        case .int(let i): Double(i)
        case .double(let x): x
        default: nil
        }
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    private mutating func readGraduates(_ catalog: Catalog) {
        let t = catalog.table("graduates")!
        let programmes = catalog.table("programmes")!
        let students = catalog.table("students")!
        var salariesByLevel: [Int: [Double]] = [:]
        for row in 0..<t.rowCount {
            let programme = Self.string(t, row, "programme_id").flatMap { programmes.row(forKey: $0) }
            let student = Self.string(t, row, "student_id").flatMap { students.row(forKey: $0) }
            let level = programme.flatMap { Self.number(programmes, $0, "level") }.map { Int($0) }
            let salary = Self.number(t, row, "monthly_salary")
            if let level, let salary { salariesByLevel[level, default: []].append(salary) }
            graduates.append(
                Graduate(
                    id: Self.string(t, row, "graduate_id")!, skills: Self.unique(t.column("skills")!.listItems(at: row)),
                    programmeID: Self.string(t, row, "programme_id"), level: level,
                    field: programme.flatMap { Self.string(programmes, $0, "field") },
                    state: Self.string(t, row, "state_of_work") ?? student.flatMap { Self.string(students, $0, "state_of_origin") },
                    salary: salary, relocate: t.value(row: row, column: "willing_to_relocate") == .bool(true),
                    open: t.value(row: row, column: "open_to_matching") == .bool(true)))
        }
        let medians = salariesByLevel.mapValues { values -> Double in
            let s = values.sorted()
            let n = s.count
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
        }
        for i in graduates.indices where graduates[i].salary == nil {
            graduates[i].salary = graduates[i].level.flatMap { medians[$0] }
        }
    }

    private mutating func readVacancies(_ catalog: Catalog, optionalWeight: Double) {
        let t = catalog.table("vacancies")!
        for row in 0..<t.rowCount {
            let essential = Self.unique(t.column("essential_skills")!.listItems(at: row))
            let optional = Self.unique(t.column("optional_skills")!.listItems(at: row)).filter { !essential.contains($0) }
            guard case .date(let closes) = t.value(row: row, column: "closes_on")! else { fatalError("closes_on") }
            vacancies.append(
                Vacancy(
                    id: Self.string(t, row, "vacancy_id")!, essential: essential, optional: optional,
                    minLevel: Int(Self.number(t, row, "min_level")!), state: Self.string(t, row, "state")!,
                    field: Self.string(t, row, "field")!, salaryMin: Self.number(t, row, "salary_min")!,
                    salaryMax: Self.number(t, row, "salary_max")!, closesOn: Int(closes),
                    vector: vector(essential.map { ($0, 1) } + optional.map { ($0, optionalWeight) })))
        }
    }
}
