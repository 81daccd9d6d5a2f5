import TVET

/// What the catalogue says of a dataset beyond its schema: its cluster, description, owners, renewal and the column
/// whose values give the years it covers. Classifications and personal-data flags are not here: they are the
/// schema's (`TVETSchema`), the one source of truth.
public struct DatasetProfile: Sendable {
    public let cluster: Cluster
    public let description: BilingualText
    /// The agencies that answer for the data (ministry codes).
    public let owners: [String]
    public let frequency: Frequency
    /// A year (integer) or date column; nil when the dataset is not about periods of time.
    public let coverageColumn: String?

    /// The ministries that run TVET institutions (every ministry but the private sector).
    static let trainingMinistries = Ministry.allCases.filter { $0 != .swasta }.map(\.rawValue)

    /// The profile of one of the nine datasets.
    public static func of(_ dataset: DatasetSchema) -> DatasetProfile {
        switch dataset.name {
        case DatasetSchema.institutions.name:
            DatasetProfile(
                cluster: .institusi, owners: trainingMinistries, frequency: .annual, coverageColumn: nil,
                ms: "Institusi TVET awam dan swasta: kementerian, jenis, negeri, daerah dan lokasi.",
                en: "Public and private TVET institutions: ministry, type, state, district and location.")
        case DatasetSchema.programmes.name:
            DatasetProfile(
                cluster: .institusi, owners: trainingMinistries, frequency: .annual, coverageColumn: nil,
                ms: "Program latihan yang ditawarkan: bidang, kod NOSS, tahap, tempoh dan tempat.",
                en: "Training programmes offered: field, NOSS code, level, duration and seats.")
        case DatasetSchema.instructors.name:
            DatasetProfile(
                cluster: .pengajar, owners: trainingMinistries, frequency: .annual, coverageColumn: nil,
                ms: "Tenaga pengajar TVET: institusi, bidang, kelayakan, pentauliahan VTO dan pengalaman.",
                en: "TVET instructors: institution, field, qualification, VTO certification and experience.")
        case DatasetSchema.applications.name:
            DatasetProfile(
                cluster: .pemohon, owners: [Ministry.kpt.rawValue], frequency: .semiannual, coverageColumn: "intake",
                ms: "Permohonan kemasukan melalui UP_TVET: ambilan, program, pilihan dan status.",
                en: "Admission applications through UP_TVET: intake, programme, choice and status.")
        case DatasetSchema.students.name:
            DatasetProfile(
                cluster: .pelajar, owners: trainingMinistries, frequency: .semiannual, coverageColumn: "intake_year",
                ms: "Pendaftaran pelajar: program, tahun ambilan, status dan tahun tamat.",
                en: "Student registrations: programme, intake year, status and graduation year.")
        case DatasetSchema.certificates.name:
            DatasetProfile(
                cluster: .sijil, owners: [Ministry.kesuma.rawValue, Ministry.kpt.rawValue], frequency: .monthly, coverageColumn: "issued_on",
                ms: "Sijil yang dikeluarkan (SKM, DKM, DLKM, SVM, DVM dan profesional).",
                en: "Certificates issued (SKM, DKM, DLKM, SVM, DVM and professional).")
        case DatasetSchema.graduates.name:
            DatasetProfile(
                cluster: .pelajar, owners: [Ministry.kpt.rawValue], frequency: .annual, coverageColumn: "graduation_year",
                ms: "Kajian pengesanan graduan: status pekerjaan, majikan, pekerjaan, gaji dan kemahiran.",
                en: "Graduate tracer study: employment status, employer, occupation, salary and skills.")
        case DatasetSchema.employers.name:
            DatasetProfile(
                cluster: .institusi, owners: [Ministry.kesuma.rawValue], frequency: .monthly, coverageColumn: nil,
                ms: "Majikan yang menggaji graduan dan mengiklankan kekosongan: seksyen MSIC, negeri dan saiz.",
                en: "Employers that hire graduates and post vacancies: MSIC section, state and size.")
        default:  // vacancies, the last of the nine
            DatasetProfile(
                cluster: .institusi, owners: [Ministry.kesuma.rawValue], frequency: .daily, coverageColumn: "posted_on",
                ms: "Kekosongan jawatan: pekerjaan MASCO, tahap minimum, kemahiran, negeri dan gaji.",
                en: "Job vacancies: MASCO occupation, minimum level, skills, state and salary.")
        }
    }

    init(cluster: Cluster, owners: [String], frequency: Frequency, coverageColumn: String?, ms: String, en: String) {
        self.cluster = cluster
        self.owners = owners
        self.frequency = frequency
        self.coverageColumn = coverageColumn
        description = BilingualText(ms: ms, en: en)
    }
}
