/// A named, closed set of codes that a column may take, each with its Malay and English label.
public struct ValueSet: Hashable, Sendable {
    public struct Member: Hashable, Sendable {
        public let code: String
        public let label: BilingualText
    }

    public let name: String
    public let members: [Member]
    private let index: Set<String>

    public init(name: String, members: [(String, BilingualText)]) {
        self.name = name
        self.members = members.map { Member(code: $0.0, label: $0.1) }
        self.index = Set(members.map(\.0))
    }

    public var codes: [String] { members.map(\.code) }

    public func contains(_ code: some StringProtocol) -> Bool { index.contains(String(code)) }

    public func label(of code: String) -> BilingualText? { members.first { $0.code == code }?.label }

    public static func == (lhs: ValueSet, rhs: ValueSet) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension ValueSet {
    /// The 16 states and federal territories, by name.
    public static let state = ValueSet(name: "state", members: MalaysianState.allCases.map { ($0.name, $0.label) })

    public static let ministry = ValueSet(name: "ministry", members: Ministry.allCases.map { ($0.rawValue, $0.label) })

    public static let institutionType = ValueSet(
        name: "institution_type", members: InstitutionType.allCases.map { ($0.rawValue, $0.label) })

    public static let field = ValueSet(name: "field", members: TVETField.allCases.map { ($0.rawValue, $0.label) })

    public static let certificateType = ValueSet(name: "certificate_type", members: [
        ("SKM", BilingualText(ms: "Sijil Kemahiran Malaysia", en: "Malaysian Skills Certificate")),
        ("DKM", BilingualText(ms: "Diploma Kemahiran Malaysia", en: "Malaysian Skills Diploma")),
        ("DLKM", BilingualText(ms: "Diploma Lanjutan Kemahiran Malaysia", en: "Malaysian Skills Advanced Diploma")),
        ("SVM", BilingualText(ms: "Sijil Vokasional Malaysia", en: "Malaysian Vocational Certificate")),
        ("DVM", BilingualText(ms: "Diploma Vokasional Malaysia", en: "Malaysian Vocational Diploma")),
        ("PROFESSIONAL", BilingualText(ms: "Sijil profesional", en: "Professional certificate")),
    ])

    /// Graduate tracer-study status (the national definition of employability counts the first five).
    public static let graduateStatus = ValueSet(name: "graduate_status", members: [
        ("EMPLOYED", BilingualText(ms: "Bekerja", en: "Employed")),
        ("SELF_EMPLOYED", BilingualText(ms: "Bekerja sendiri", en: "Self-employed")),
        ("FURTHER_STUDY", BilingualText(ms: "Melanjutkan pengajian", en: "Further study")),
        ("UPSKILLING", BilingualText(ms: "Meningkatkan kemahiran", en: "Upskilling")),
        ("AWAITING_PLACEMENT", BilingualText(ms: "Menunggu penempatan", en: "Awaiting placement")),
        ("UNEMPLOYED", BilingualText(ms: "Belum bekerja", en: "Unemployed")),
    ])

    public static let studentStatus = ValueSet(name: "student_status", members: [
        ("ACTIVE", BilingualText(ms: "Aktif", en: "Active")),
        ("GRADUATED", BilingualText(ms: "Bergraduat", en: "Graduated")),
        ("WITHDRAWN", BilingualText(ms: "Menarik diri", en: "Withdrawn")),
    ])

    public static let applicationStatus = ValueSet(name: "application_status", members: [
        ("SUBMITTED", BilingualText(ms: "Dihantar", en: "Submitted")),
        ("OFFERED", BilingualText(ms: "Ditawarkan", en: "Offered")),
        ("ACCEPTED", BilingualText(ms: "Diterima", en: "Accepted")),
        ("REJECTED", BilingualText(ms: "Ditolak", en: "Rejected")),
        ("WITHDRAWN", BilingualText(ms: "Menarik diri", en: "Withdrawn")),
    ])

    public static let gender = ValueSet(name: "gender", members: [
        ("M", BilingualText(ms: "Lelaki", en: "Male")),
        ("F", BilingualText(ms: "Perempuan", en: "Female")),
    ])

    /// Firm size by the SME Corporation Malaysia definitions.
    public static let employerSize = ValueSet(name: "employer_size", members: [
        ("MICRO", BilingualText(ms: "Mikro", en: "Micro")),
        ("SMALL", BilingualText(ms: "Kecil", en: "Small")),
        ("MEDIUM", BilingualText(ms: "Sederhana", en: "Medium")),
        ("LARGE", BilingualText(ms: "Besar", en: "Large")),
    ])

    /// MSIC 2008 sections A-U.
    public static let msicSection = ValueSet(name: "msic_section", members: MSICSection.allCases.map { ($0.rawValue, $0.label) })
}
