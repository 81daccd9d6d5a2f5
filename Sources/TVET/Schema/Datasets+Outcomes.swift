extension DatasetSchema {
    public static let graduates = DatasetSchema(
        name: "graduates", label: BilingualText(ms: "Kajian pengesanan graduan", en: "Graduate outcomes (tracer study)"),
        classification: .terhad,
        columns: [
            ColumnSchema("graduate_id", .text, ms: "ID graduan", en: "Graduate id"),
            ColumnSchema("student_id", .text, linksTo: "students", ms: "ID pelajar", en: "Student id"),
            ColumnSchema("programme_id", .text, linksTo: "programmes", ms: "ID program", en: "Programme id"),
            ColumnSchema("graduation_year", .integer, rule: .range(2000, 2100), ms: "Tahun tamat", en: "Graduation year"),
            ColumnSchema(
                "status", .text, rule: .oneOf(.graduateStatus), ms: "Status kebolehpasaran",
                en: "Employability status"),
            ColumnSchema(
                "employer_id", .text, nullable: true, linksTo: "employers", ms: "ID majikan", en: "Employer id"),
            ColumnSchema(
                "masco_code", .text, nullable: true, rule: .mascoCode, ms: "Kod pekerjaan MASCO 2020",
                en: "MASCO 2020 occupation code"),
            ColumnSchema(
                "monthly_salary", .decimal, nullable: true, rule: .atLeast(0), classification: .sulit,
                ms: "Gaji bulanan (RM)", en: "Monthly salary (RM)"),
            ColumnSchema(
                "months_to_employment", .integer, nullable: true, rule: .range(0, 120),
                ms: "Tempoh mendapat pekerjaan (bulan)", en: "Months to employment"),
            ColumnSchema(
                "state_of_work", .text, nullable: true, rule: .oneOf(.state), ms: "Negeri tempat bekerja",
                en: "State of work"),
            ColumnSchema("skills", .list, nullable: true, rule: .skillIds, ms: "Kemahiran", en: "Skills"),
            ColumnSchema(
                "willing_to_relocate", .boolean, ms: "Sanggup berpindah", en: "Willing to relocate"),
            ColumnSchema(
                "open_to_matching", .boolean, ms: "Bersetuju dipadankan dengan majikan",
                en: "Open to matching with employers"),
        ])

    public static let employers = DatasetSchema(
        name: "employers", label: BilingualText(ms: "Majikan", en: "Employers"), classification: .terbuka,
        columns: [
            ColumnSchema("employer_id", .text, ms: "ID majikan", en: "Employer id"),
            ColumnSchema("name", .text, ms: "Nama syarikat", en: "Company name"),
            ColumnSchema(
                "ssm_no", .text, rule: .ssmNumber, ms: "No. pendaftaran SSM", en: "Companies Commission registration number"),
            ColumnSchema("msic_section", .text, rule: .oneOf(.msicSection), ms: "Seksyen industri MSIC", en: "MSIC industry section"),
            ColumnSchema("state", .text, rule: .oneOf(.state), ms: "Negeri", en: "State"),
            ColumnSchema("size", .text, rule: .oneOf(.employerSize), ms: "Saiz syarikat", en: "Company size"),
        ])

    public static let vacancies = DatasetSchema(
        name: "vacancies", label: BilingualText(ms: "Kekosongan jawatan", en: "Job vacancies"), classification: .terbuka,
        columns: [
            ColumnSchema("vacancy_id", .text, ms: "ID kekosongan", en: "Vacancy id"),
            ColumnSchema("employer_id", .text, linksTo: "employers", ms: "ID majikan", en: "Employer id"),
            ColumnSchema("title", .text, ms: "Jawatan", en: "Job title"),
            ColumnSchema("masco_code", .text, rule: .mascoCode, ms: "Kod pekerjaan MASCO 2020", en: "MASCO 2020 occupation code"),
            ColumnSchema("field", .text, rule: .oneOf(.field), ms: "Bidang", en: "Field"),
            ColumnSchema("min_level", .integer, rule: .range(1, 5), ms: "Tahap minimum", en: "Minimum level"),
            ColumnSchema("essential_skills", .list, rule: .skillIds, ms: "Kemahiran wajib", en: "Essential skills"),
            ColumnSchema(
                "optional_skills", .list, nullable: true, rule: .skillIds, ms: "Kemahiran tambahan", en: "Optional skills"),
            ColumnSchema("state", .text, rule: .oneOf(.state), ms: "Negeri", en: "State"),
            ColumnSchema("salary_min", .decimal, rule: .atLeast(0), ms: "Gaji minimum (RM)", en: "Minimum salary (RM)"),
            ColumnSchema("salary_max", .decimal, rule: .atLeast(0), ms: "Gaji maksimum (RM)", en: "Maximum salary (RM)"),
            ColumnSchema("openings", .integer, rule: .range(1, 100_000), ms: "Bilangan kekosongan", en: "Openings"),
            ColumnSchema("posted_on", .date, ms: "Tarikh diiklankan", en: "Posted on"),
            ColumnSchema("closes_on", .date, ms: "Tarikh tutup", en: "Closes on"),
        ])
}
