import TVET

/// The columns figures are made of, with their labels in both languages, so every figure names things alike.
enum Columns {
    static func dimension(_ name: String, _ ms: String, _ en: String, unit: FigureColumn.Unit = .text) -> FigureColumn {
        FigureColumn(name: name, label: BilingualText(ms: ms, en: en), role: .dimension, unit: unit)
    }

    static func measure(_ name: String, _ ms: String, _ en: String, unit: FigureColumn.Unit, basis: String? = nil)
        -> FigureColumn
    {
        FigureColumn(name: name, label: BilingualText(ms: ms, en: en), role: .measure, unit: unit, basis: basis)
    }

    static let state = dimension("state", "Negeri", "State")
    static let field = dimension("field", "Bidang", "Field")
    static let level = dimension("level", "Tahap", "Level", unit: .number)
    static let ministry = dimension("ministry", "Kementerian", "Ministry")
    static let institutionType = dimension("institution_type", "Jenis institusi", "Institution type")
    static let gender = dimension("gender", "Jantina", "Gender")
    static let year = dimension("year", "Tahun", "Year", unit: .year)
    static let cluster = dimension("cluster", "Kelompok data", "Data cluster")
    static let certificateType = dimension("type", "Jenis sijil", "Certificate type")
    static let qualificationLevel = dimension(
        "qualification_level", "Kelayakan tertinggi", "Highest qualification", unit: .number)
    static let programme = dimension("programme_id", "Program", "Programme")
    static let mascoMajorGroup = dimension("masco_major_group", "Kumpulan utama MASCO", "MASCO major group")
    static let salaryBand = dimension("salary_band", "Julat gaji minimum (RM)", "Minimum salary range (RM)")
    static let group = dimension("group", "Kumpulan", "Group")

    static let count = measure("count", "Bilangan", "Count", unit: .count)
    static let graduates = measure("graduates", "Graduan", "Graduates", unit: .count)
    static let employabilityRate = measure(
        "employability_rate", "Kadar kebolehpasaran", "Employability rate", unit: .rate, basis: "graduates")
    static let employmentRate = measure(
        "employment_rate", "Kadar pekerjaan", "Employment rate", unit: .rate, basis: "graduates")
    static let medianSalary = measure(
        "median_salary", "Gaji penengah (RM)", "Median salary (RM)", unit: .ringgit, basis: "graduates")
}
