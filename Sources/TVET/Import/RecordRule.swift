import Columnar

/// A rule over several columns of one record (docs/DATA.md, "Import rules"). A rule is checked only when every
/// column it reads passed its own checks, so one bad value gives one problem, not a cascade.
enum RecordRule: Sendable {
    /// `column` has a value exactly when `condition` is `value` (students: graduation_year ⇔ GRADUATED).
    case presentExactlyWhen(column: Int, condition: Int, value: String)
    /// `column` is required unless `condition` is `value` (certificates: level unless PROFESSIONAL).
    case requiredUnless(column: Int, condition: Int, value: String)
    /// `later` is not below `earlier` (integers, decimals or dates); the problem is reported on `later`.
    case notBelow(later: Int, earlier: Int)
    /// A date column is the birth date written in a MyKad column (in either century).
    case birthDateInMyKad(date: Int, myKad: Int)
    /// A gender column (`M` / `F`) agrees with the MyKad number's last digit (odd for men, even for women).
    case genderInMyKad(gender: Int, myKad: Int)
    /// An institution's ministry is the one that runs its type (`InstitutionType.ministry`).
    case ministryOfInstitutionType(ministry: Int, type: Int)
    /// A number no real record exceeds (a monthly salary over RM 100,000, a vacancy with more than 1,000 openings):
    /// the store would take it, the import refuses it as implausible.
    case plausibleAtMost(column: Int, maximum: Int)

    /// The most a monthly salary may be, in ringgit (salaries of graduates and vacancies).
    static let salaryCeiling = 100_000
    /// The most openings one vacancy may have.
    static let openingsCeiling = 1000

    /// The rules of a dataset, with columns resolved to schema indices.
    static func rules(for dataset: DatasetSchema) -> [RecordRule] {
        func index(_ name: String) -> Int? { dataset.columns.firstIndex { $0.name == name } }
        func pair(_ a: String, _ b: String, _ make: (Int, Int) -> RecordRule) -> RecordRule? {
            guard let i = index(a), let j = index(b) else { return nil }
            return make(i, j)
        }
        func atMost(_ name: String, _ maximum: Int) -> RecordRule? { index(name).map { .plausibleAtMost(column: $0, maximum: maximum) } }
        let rules: [RecordRule?]
        switch dataset.name {
        case DatasetSchema.students.name:
            rules = [
                pair("graduation_year", "status") { .presentExactlyWhen(column: $0, condition: $1, value: "GRADUATED") },
                pair("graduation_year", "intake_year") { .notBelow(later: $0, earlier: $1) },
                pair("birth_date", "no_ic") { .birthDateInMyKad(date: $0, myKad: $1) },
                pair("gender", "no_ic") { .genderInMyKad(gender: $0, myKad: $1) },
            ]
        case DatasetSchema.vacancies.name:
            rules = [
                pair("salary_max", "salary_min") { .notBelow(later: $0, earlier: $1) },
                pair("closes_on", "posted_on") { .notBelow(later: $0, earlier: $1) },
                atMost("salary_min", salaryCeiling), atMost("salary_max", salaryCeiling), atMost("openings", openingsCeiling),
            ]
        case DatasetSchema.graduates.name:
            rules = [atMost("monthly_salary", salaryCeiling)]
        case DatasetSchema.institutions.name:
            rules = [pair("ministry", "type") { .ministryOfInstitutionType(ministry: $0, type: $1) }]
        case DatasetSchema.certificates.name:
            rules = [pair("level", "type") { .requiredUnless(column: $0, condition: $1, value: "PROFESSIONAL") }]
        default:
            rules = []
        }
        return rules.compactMap { $0 }
    }

    /// The columns the rule reads.
    var columns: (Int, Int) {
        switch self {
        case .presentExactlyWhen(let a, let b, _), .requiredUnless(let a, let b, _), .notBelow(let a, let b),
            .birthDateInMyKad(let a, let b), .genderInMyKad(let a, let b), .ministryOfInstitutionType(let a, let b):
            (a, b)
        case .plausibleAtMost(let a, _):
            (a, a)
        }
    }

    /// The column the problem is reported on, why (in English) and what kind of problem it is, or nil when the record
    /// keeps the rule.
    func check(
        _ slots: UnsafeMutableBufferPointer<FieldSlot>, _ specs: [ColumnSpec]
    ) -> (column: Int, reason: String, kind: ProblemKind)? {
        let (a, b) = columns
        let first = slots[a]
        let second = slots[b]
        switch self {
        case .presentExactlyWhen(_, _, let value):
            guard !second.isNull else { return nil }
            let holds = second.equals(value)
            if holds && first.isNull {
                return (a, "required when \(specs[b].column.name) is \(value)", .required)
            }
            if !holds && !first.isNull {
                return (a, "must be empty unless \(specs[b].column.name) is \(value)", .other)
            }
            return nil
        case .requiredUnless(_, _, let value):
            guard !second.isNull, first.isNull, !second.equals(value) else { return nil }
            return (a, "required unless \(specs[b].column.name) is \(value)", .required)
        case .notBelow:
            guard !first.isNull, !second.isNull else { return nil }
            let below: Bool
            switch specs[a].check {
            case .decimal: below = first.double < second.double
            default: below = first.int < second.int
            }
            guard below else { return nil }
            let word = specs[a].column.type == .date ? "before" : "below"
            if specs[a].column.personal || specs[b].column.personal {
                return (a, "\(word) \(specs[b].column.name)", .below(column: specs[b].column.name, date: specs[a].column.type == .date))
            }
            return (
                a, "\(word) \(specs[b].column.name) ('\(quoted(first.bytes))' < '\(quoted(second.bytes))')",
                .below(column: specs[b].column.name, date: specs[a].column.type == .date)
            )
        case .birthDateInMyKad:
            guard !first.isNull, !second.isNull else { return nil }
            let date = Columnar.EpochDays.civil(days: Int32(truncatingIfNeeded: first.int))
            let s = second.bytes
            func number(_ i: Int) -> Int { Int(s[i] &- 48) * 10 + Int(s[i + 1] &- 48) }
            if date.year % 100 == number(0) && date.month == number(2) && date.day == number(4) { return nil }
            return (a, "does not match the birth date in \(specs[b].column.name)", .other)
        case .genderInMyKad:
            guard !first.isNull, !second.isNull, let last = second.bytes.last else { return nil }
            let male = (last &- 48) % 2 == 1
            if first.equals(male ? "M" : "F") { return nil }
            return (a, "does not agree with \(specs[b].column.name) (its last digit is odd for M, even for F)", .other)
        case .plausibleAtMost(_, let maximum):
            guard !first.isNull else { return nil }
            let above: Bool
            switch specs[a].check {
            case .decimal: above = first.double > Double(maximum)
            default: above = first.int > Int64(maximum)
            }
            guard above else { return nil }
            let value = specs[a].column.personal ? "" : "'\(quoted(first.bytes))' "
            return (a, "\(value)is above \(maximum), more than any real record holds", .implausible(maximum: maximum))
        case .ministryOfInstitutionType:
            guard !first.isNull, !second.isNull,
                let type = InstitutionType(rawValue: String(decoding: second.bytes, as: UTF8.self))
            else { return nil }
            let ministry = type.ministry.rawValue
            if first.equals(ministry) { return nil }
            return (a, "'\(quoted(first.bytes))' is not the ministry of institution type '\(type.rawValue)' (\(ministry))", .other)
        }
    }
}
