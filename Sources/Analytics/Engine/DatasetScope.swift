import Columnar
import TVET

/// How the common dashboard filters reach each dataset's columns.
///
/// A filter names a property of the programme or institution behind a record, so each dataset follows its own link
/// path to them; a filter that has no meaning for a dataset (`level` for institutions) is not applied to it, and
/// docs/ANALYTICS.md lists which.
struct DatasetScope: Sendable {
    let dataset: String
    /// The column whose year the `year` filter selects, and whether it is a date (filtered by its year).
    let year: (column: String, isDate: Bool)?
    let state: String?
    let field: String?
    let level: String?
    let ministry: String?
    let institutionType: String?
    let institutionId: String?

    static let graduates = programmeScope("graduates", prefix: "programme.", year: ("graduation_year", false))
    static let students = programmeScope("students", prefix: "programme.", year: ("intake_year", false))
    static let applications = programmeScope("applications", prefix: "programme.", year: ("intake", false))
    static let programmes = programmeScope("programmes", prefix: "", year: nil)
    static let certificates = DatasetScope(
        dataset: DatasetSchema.certificates.name, year: ("issued_on", true), state: "student.programme.institution.state", field: "field",
        level: "level", ministry: "student.programme.institution.ministry",
        institutionType: "student.programme.institution.type", institutionId: "student.programme.institution_id")
    static let instructors = DatasetScope(
        dataset: DatasetSchema.instructors.name, year: nil, state: "institution.state", field: "field", level: nil,
        ministry: "institution.ministry", institutionType: "institution.type", institutionId: "institution_id")
    static let institutions = DatasetScope(
        dataset: DatasetSchema.institutions.name, year: nil, state: "state", field: nil, level: nil, ministry: "ministry",
        institutionType: "type", institutionId: "institution_id")
    static let employers = DatasetScope(
        dataset: DatasetSchema.employers.name, year: nil, state: "state", field: nil, level: nil, ministry: nil, institutionType: nil,
        institutionId: nil)
    static let vacancies = DatasetScope(
        dataset: DatasetSchema.vacancies.name, year: ("posted_on", true), state: "state", field: "field", level: "min_level", ministry: nil,
        institutionType: nil, institutionId: nil)

    /// A dataset whose records belong to a programme: every programme property is reached through `prefix`.
    private static func programmeScope(_ dataset: String, prefix: String, year: (String, Bool)?) -> DatasetScope {
        DatasetScope(
            dataset: dataset, year: year, state: prefix + "institution.state", field: prefix + "field",
            level: prefix + "level", ministry: prefix + "institution.ministry", institutionType: prefix + "institution.type",
            institutionId: prefix + "institution_id")
    }

    /// Every path the filters may read on this dataset, for its dashboards' `FigureReads`.
    var paths: [String] {
        [year?.column, state, field, level, ministry, institutionType, institutionId].compactMap { $0 }
    }

    /// The engine filters for `filters` on this dataset, leaving out `year` when `includeYear` is false.
    func engineFilters(_ filters: DashboardFilters, includeYear: Bool = true) -> [Filter] {
        var result: [Filter] = []
        if includeYear, let year = filters.year, let column = self.year {
            result.append(Self.yearFilter(column: column.column, isDate: column.isDate, year: year))
        }
        let text: [(String?, String?)] = [
            (state, filters.state), (field, filters.field), (ministry, filters.ministry),
            (institutionType, filters.institutionType), (institutionId, filters.institutionId),
        ]
        for case (let column?, let value?) in text {
            result.append(Filter(column: column, op: .eq, value: .string(value)))
        }
        if let column = level, let value = filters.level {
            result.append(Filter(column: column, op: .eq, value: .int(Int64(value))))
        }
        return result
    }

    /// Selects one calendar year of an integer year column or a date column.
    static func yearFilter(column: String, isDate: Bool, year: Int) -> Filter {
        guard isDate else { return Filter(column: column, op: .eq, value: .int(Int64(year))) }
        return Filter(column: column, op: .between, values: [.string("\(year)-01-01"), .string("\(year)-12-31")])
    }

    /// The filters of `filters` that this dataset ignores, by parameter name, for the method text.
    func ignoredParameters(_ filters: DashboardFilters) -> [String] {
        var ignored: [String] = []
        if filters.year != nil && year == nil { ignored.append("year") }
        if filters.state != nil && state == nil { ignored.append("state") }
        if filters.field != nil && field == nil { ignored.append("field") }
        if filters.level != nil && level == nil { ignored.append("level") }
        if filters.ministry != nil && ministry == nil { ignored.append("ministry") }
        if filters.institutionType != nil && institutionType == nil { ignored.append("institution_type") }
        if filters.institutionId != nil && institutionId == nil { ignored.append("institution_id") }
        return ignored
    }
}

extension DatasetScope {
    /// The graduates filters for the national figure: only the year.
    static func yearOnly(_ filters: DashboardFilters) -> [Filter] {
        graduates.engineFilters(DashboardFilters(year: filters.year))
    }
}
