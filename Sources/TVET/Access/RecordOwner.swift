/// Whose record a stored or submitted record is, as its owner column says.
///
/// | dataset | owner column | owner |
/// | --- | --- | --- |
/// | employers, vacancies | employer_id | the employer |
/// | graduates | graduate_id | the graduate |
/// | students | student_id | the person studying |
/// | certificates | student_id | the person certified |
/// | applications | no_ic | the applicant (by a keyed digest of the MyKad number, never the number) |
///
/// Institutions, programmes and instructors belong to their agencies, whose systems write them whole.
public enum RecordOwner: Hashable, Sendable {
    case employer(String)
    case graduate(String)
    case student(String)
    /// The keyed digest of the applicant's MyKad number.
    case applicant(myKadDigest: String)
}

/// Which column of a dataset names a record's owner, and what kind of owner it names.
public struct OwnerColumn: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case employer, graduate, student, applicant }

    public let column: ColumnSchema
    public let kind: Kind

    /// The owner that a value of this column names; an applicant's value must already be a digest.
    public func owner(_ value: String) -> RecordOwner {
        switch kind {
        case .employer: .employer(value)
        case .graduate: .graduate(value)
        case .student: .student(value)
        case .applicant: .applicant(myKadDigest: value)
        }
    }
}

extension DatasetSchema {
    /// The column that says whose a record is, for datasets whose records belong to someone.
    public var ownerColumn: OwnerColumn? {
        let kind: OwnerColumn.Kind
        let name: String
        switch self.name {
        case DatasetSchema.employers.name, DatasetSchema.vacancies.name: (kind, name) = (.employer, "employer_id")
        case DatasetSchema.graduates.name: (kind, name) = (.graduate, "graduate_id")
        case DatasetSchema.students.name, DatasetSchema.certificates.name: (kind, name) = (.student, "student_id")
        case DatasetSchema.applications.name: (kind, name) = (.applicant, "no_ic")
        default: return nil
        }
        return column(named: name).map { OwnerColumn(column: $0, kind: kind) }
    }

    /// The column holding a record's workflow state, when a decided state freezes the record for its owner.
    public var stateColumn: ColumnSchema? {
        self.name == DatasetSchema.applications.name ? column(named: "status") : nil
    }
}
