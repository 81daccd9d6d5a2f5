extension DatasetSchema {
    public static let applications = DatasetSchema(
        name: "applications", label: BilingualText(ms: "Permohonan UP_TVET", en: "UP_TVET applications"),
        classification: .terhad,
        columns: [
            ColumnSchema("application_id", .text, ms: "ID permohonan", en: "Application id"),
            ColumnSchema(
                "no_ic", .text, rule: .myKad, classification: .sulit, personal: true,
                ms: "No. kad pengenalan pemohon (MyKad)", en: "Applicant's identity card number (MyKad)"),
            ColumnSchema("name", .text, personal: true, ms: "Nama pemohon", en: "Applicant's name"),
            ColumnSchema("intake", .integer, rule: .range(2000, 2100), ms: "Tahun ambilan", en: "Intake year"),
            ColumnSchema("programme_id", .text, linksTo: "programmes", ms: "ID program dipohon", en: "Programme applied for"),
            ColumnSchema("choice", .integer, rule: .range(1, 5), ms: "Pilihan ke-", en: "Choice rank"),
            ColumnSchema("status", .text, rule: .oneOf(.applicationStatus), ms: "Status permohonan", en: "Application status"),
            ColumnSchema("submitted_on", .date, ms: "Tarikh dihantar", en: "Submitted on"),
        ])

    public static let students = DatasetSchema(
        name: "students", label: BilingualText(ms: "Pendaftaran pelajar", en: "Student registrations"),
        classification: .terhad,
        columns: [
            ColumnSchema("student_id", .text, ms: "ID pelajar", en: "Student id"),
            ColumnSchema(
                "no_ic", .text, rule: .myKad, classification: .sulit, personal: true, ms: "No. kad pengenalan (MyKad)",
                en: "Identity card number (MyKad)"),
            ColumnSchema("name", .text, personal: true, ms: "Nama", en: "Name"),
            ColumnSchema("gender", .text, rule: .oneOf(.gender), ms: "Jantina", en: "Gender"),
            ColumnSchema(
                "birth_date", .date, classification: .sulit, personal: true, ms: "Tarikh lahir", en: "Birth date"),
            ColumnSchema("state_of_origin", .text, rule: .oneOf(.state), ms: "Negeri asal", en: "State of origin"),
            ColumnSchema("programme_id", .text, linksTo: "programmes", ms: "ID program", en: "Programme id"),
            ColumnSchema("intake_year", .integer, rule: .range(2000, 2100), ms: "Tahun ambilan", en: "Intake year"),
            ColumnSchema("status", .text, rule: .oneOf(.studentStatus), ms: "Status pengajian", en: "Study status"),
            ColumnSchema(
                "graduation_year", .integer, nullable: true, rule: .range(2000, 2100), ms: "Tahun tamat",
                en: "Graduation year"),
        ])

    public static let certificates = DatasetSchema(
        name: "certificates", label: BilingualText(ms: "Persijilan", en: "Certificates"), classification: .terhad,
        columns: [
            ColumnSchema("certificate_id", .text, ms: "ID sijil", en: "Certificate id"),
            ColumnSchema("student_id", .text, linksTo: "students", ms: "ID pelajar", en: "Student id"),
            ColumnSchema("type", .text, rule: .oneOf(.certificateType), ms: "Jenis sijil", en: "Certificate type"),
            ColumnSchema("level", .integer, nullable: true, rule: .range(1, 5), ms: "Tahap", en: "Level"),
            ColumnSchema("noss_code", .text, nullable: true, rule: .nossCode, ms: "Kod NOSS", en: "NOSS code"),
            ColumnSchema("field", .text, rule: .oneOf(.field), ms: "Bidang", en: "Field"),
            ColumnSchema("issued_on", .date, ms: "Tarikh dikeluarkan", en: "Issued on"),
        ])
}
