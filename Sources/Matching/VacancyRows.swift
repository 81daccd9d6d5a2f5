import Columnar

/// The vacancies as the scan reads them: one Float32 qualification vector a row in one row-major buffer, and small
/// per-row arrays for what is not linear (the rules and the table look-ups of the score).
public struct VacancyRows: Sendable {
    /// The snapshot's vacancies table: ids for output and look-ups, kept without copying.
    public let table: Table
    public let dimension: Int
    /// `count × dimension`: the normalised weighted sum of the essential (1) and optional skills' vectors.
    public let vectors: [Float]
    public let minLevel: [UInt8]
    public let state: [UInt8]
    public let field: [UInt8]
    public let salaryMin: [Float]
    public let salaryMax: [Float]
    /// Days since 1970-01-01; the vacancy is closed when this is before today.
    public let closesOn: [Int32]
    public let essential: SkillLists
    /// Optional skills that are not also essential.
    public let optional: SkillLists

    public var count: Int { table.rowCount }

    init(catalog: Catalog, model: QualificationModel) throws(MatchingError) {
        let t = try catalog.requiredTable("vacancies")
        table = t
        dimension = model.dimension
        minLevel = try t.levels("min_level")
        state = try t.codes("state", translate: Codes.state)
        field = try t.codes("field", translate: Codes.field)
        salaryMin = try t.floats("salary_min")
        salaryMax = try t.floats("salary_max")
        closesOn = try t.days("closes_on")
        let essential = try SkillLists.reading(t, column: "essential_skills", vocabulary: model.vocabulary)
        let listed = try SkillLists.reading(t, column: "optional_skills", vocabulary: model.vocabulary)
        var optional = SkillLists()
        optional.reserve(rows: t.rowCount, items: listed.items.count)
        for row in 0..<t.rowCount {
            let e = essential.row(row)
            optional.append(listed.row(row).lazy.filter { !e.contains($0) })
        }
        self.essential = essential
        self.optional = optional
        vectors = Self.vectors(essential: essential, optional: optional, model: model)
    }

    static func vectors(essential: SkillLists, optional: SkillLists, model: QualificationModel) -> [Float] {
        let optionalWeight = Float(model.manifest.optionalSkillWeight)
        return parallelRows(essential.count, width: model.dimension) { row, out in
            model.profileVector(essential.row(row), rest: optional.row(row), restWeight: optionalWeight, into: out)
        }
    }
}
