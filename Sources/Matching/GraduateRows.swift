import Columnar

/// The graduates as the scan reads them: one Float32 qualification vector a row, and small per-row arrays.
///
/// Decisions (docs/MATCHING.md): level and field are the programme's; the state is `state_of_work` when recorded,
/// else the student's `state_of_origin`; the expected salary is `monthly_salary` when recorded, else the median
/// recorded salary of graduates at the same level. No personal column (name, no_ic, gender, birth date) is read.
public struct GraduateRows: Sendable {
    public let table: Table
    public let dimension: Int
    /// `count × dimension`: the normalised sum of the graduate's skill vectors.
    public let vectors: [Float]
    /// 1...5 (0 = unknown).
    public let level: [UInt8]
    public let state: [UInt8]
    public let field: [UInt8]
    /// NaN = unknown.
    public let expectedSalary: [Float]
    public let willingToRelocate: [Bool]
    public let openToMatching: [Bool]
    /// Row of the programme in the programmes table (-1 = none).
    public let programme: [Int32]
    public let skills: SkillLists
    /// Median recorded salary per level (index 1...5; NaN where no graduate of the level has one).
    public let medianSalaryByLevel: [Float]

    public var count: Int { table.rowCount }

    init(catalog: Catalog, model: QualificationModel) throws(MatchingError) {
        let t = try catalog.requiredTable("graduates")
        let programmes = try catalog.requiredTable("programmes")
        let students = try catalog.requiredTable("students")
        let programme = try catalog.requiredLink(from: "graduates", "programme")
        let student = try catalog.requiredLink(from: "graduates", "student")
        table = t
        dimension = model.dimension
        self.programme = programme
        let programmeLevel = try programmes.levels("level")
        let programmeField = try programmes.codes("field", translate: Codes.field)
        let level = programme.map { $0 >= 0 ? programmeLevel[Int($0)] : 0 }
        self.level = level
        field = programme.map { $0 >= 0 ? programmeField[Int($0)] : Codes.unknown }
        let origin = try students.codes("state_of_origin", translate: Codes.state)
        let work = try t.codes("state_of_work", translate: Codes.state)
        state = (0..<t.rowCount).map { row in
            work[row] != Codes.unknown ? work[row] : student[row] >= 0 ? origin[Int(student[row])] : Codes.unknown
        }
        let salary = try t.floats("monthly_salary")
        let medians = Self.medianByLevel(salary: salary, level: level)
        medianSalaryByLevel = medians
        expectedSalary = (0..<t.rowCount).map { row in salary[row].isNaN ? medians[Int(level[row])] : salary[row] }
        willingToRelocate = try t.flags("willing_to_relocate")
        openToMatching = try t.flags("open_to_matching")
        let skills = try SkillLists.reading(t, column: "skills", vocabulary: model.vocabulary)
        self.skills = skills
        vectors = Self.vectors(skills, model: model)
    }

    static func vectors(_ skills: SkillLists, model: QualificationModel) -> [Float] {
        parallelRows(skills.count, width: model.dimension) { row, out in model.profileVector(skills.row(row), into: out) }
    }

    /// CONTRACT's median (the mean of the two middle values for an even count) of the recorded salaries per level.
    static func medianByLevel(salary: [Float], level: [UInt8]) -> [Float] {
        var byLevel = [[Float]](repeating: [], count: 6)
        for row in 0..<salary.count where !salary[row].isNaN && level[row] > 0 && level[row] <= 5 {
            byLevel[Int(level[row])].append(salary[row])
        }
        return byLevel.map { values in
            guard !values.isEmpty else { return .nan }
            let sorted = values.sorted()
            let n = sorted.count
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        }
    }
}
