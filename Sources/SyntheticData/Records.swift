import TVET
/// The synthetic records before they are written; links are indices into the other arrays.
struct InstitutionRecord {
    let name: String
    let type: InstitutionType
    let state: MalaysianState
    let district: Places.District
    let latitude: Double
    let longitude: Double
}

struct ProgrammeRecord {
    let institution: Int
    let name: String
    let field: TVETField
    let nossCode: String?
    let level: Int
    let durationMonths: Int
    let seats: Int
    var years: Int { (durationMonths + 11) / 12 }
}

struct PersonRecord {
    let myKad: String
    let name: String
    let female: Bool
    let birthDate: CivilDate
    let stateOfOrigin: MalaysianState
}

struct InstructorRecord {
    let person: PersonRecord
    let institution: Int
    let field: TVETField
    let qualificationLevel: Int
    let vtoCertified: Bool
    let yearsExperience: Int
}

struct StudentRecord {
    let person: PersonRecord
    let programme: Int
    let intakeYear: Int
    let status: String
    let graduationYear: Int?
}

struct GraduateRecord {
    let student: Int
    let programme: Int
    let year: Int
    let status: String
    let employer: Int?
    let mascoCode: String?
    let salary: Double?
    let monthsToEmployment: Int?
    let stateOfWork: MalaysianState?
    let skills: [String]
    let willingToRelocate: Bool
    let openToMatching: Bool
}

struct CertificateRecord {
    let student: Int
    let type: String
    let level: Int?
    let nossCode: String?
    let field: TVETField
    let issuedOn: CivilDate
}

struct ApplicationRecord {
    let person: PersonRecord
    let intake: Int
    let programme: Int
    let choice: Int
    let status: String
    let submittedOn: CivilDate
}

struct EmployerRecord {
    let name: String
    let ssmNumber: String
    let section: MSICSection
    let state: MalaysianState
    let size: String
}

struct VacancyRecord {
    let employer: Int
    let title: String
    let mascoCode: String
    let field: TVETField
    let minLevel: Int
    let essentialSkills: [String]
    let optionalSkills: [String]
    let state: MalaysianState
    let salaryMin: Double
    let salaryMax: Double
    let openings: Int
    let postedOn: CivilDate
    let closesOn: CivilDate
}

/// The whole synthetic national dataset in memory.
struct NationalDataset {
    var institutions: [InstitutionRecord] = []
    var programmes: [ProgrammeRecord] = []
    var instructors: [InstructorRecord] = []
    var employers: [EmployerRecord] = []
    var applications: [ApplicationRecord] = []
    var students: [StudentRecord] = []
    var certificates: [CertificateRecord] = []
    var graduates: [GraduateRecord] = []
    var vacancies: [VacancyRecord] = []
    /// The MASCO code each programme trains for, by programme index (the matching ground truth).
    var targetOccupations: [String] = []
}

/// Record ids: a dataset letter and a zero-padded sequence number (`G0001234`).
enum RecordID {
    static func make(_ prefix: String, _ index: Int, width: Int) -> String {
        let digits = String(index + 1)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func institution(_ i: Int) -> String { make("I", i, width: 5) }
    static func programme(_ i: Int) -> String { make("P", i, width: 6) }
    static func instructor(_ i: Int) -> String { make("T", i, width: 6) }
    static func employer(_ i: Int) -> String { make("E", i, width: 6) }
    static func application(_ i: Int) -> String { make("A", i, width: 7) }
    static func student(_ i: Int) -> String { make("S", i, width: 7) }
    static func certificate(_ i: Int) -> String { make("C", i, width: 8) }
    static func graduate(_ i: Int) -> String { make("G", i, width: 7) }
    static func vacancy(_ i: Int) -> String { make("V", i, width: 7) }
}
