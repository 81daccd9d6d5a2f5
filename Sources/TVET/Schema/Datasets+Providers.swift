extension DatasetSchema {
    public static let institutions = DatasetSchema(
        name: "institutions", label: BilingualText(ms: "Institusi TVET", en: "TVET institutions"), classification: .terbuka,
        columns: [
            ColumnSchema("institution_id", .text, ms: "ID institusi", en: "Institution id"),
            ColumnSchema("name", .text, ms: "Nama institusi", en: "Institution name"),
            ColumnSchema("ministry", .text, rule: .oneOf(.ministry), ms: "Kementerian", en: "Ministry"),
            ColumnSchema("type", .text, rule: .oneOf(.institutionType), ms: "Jenis institusi", en: "Institution type"),
            ColumnSchema("state", .text, rule: .oneOf(.state), ms: "Negeri", en: "State"),
            ColumnSchema("district", .text, ms: "Daerah", en: "District"),
            ColumnSchema("latitude", .decimal, nullable: true, rule: .decimalRange(0.5, 7.5), ms: "Latitud", en: "Latitude"),
            ColumnSchema(
                "longitude", .decimal, nullable: true, rule: .decimalRange(99.5, 119.5), ms: "Longitud", en: "Longitude"),
        ])

    public static let programmes = DatasetSchema(
        name: "programmes", label: BilingualText(ms: "Program latihan", en: "Training programmes"), classification: .terbuka,
        columns: [
            ColumnSchema("programme_id", .text, ms: "ID program", en: "Programme id"),
            ColumnSchema("institution_id", .text, linksTo: "institutions", ms: "ID institusi", en: "Institution id"),
            ColumnSchema("name", .text, ms: "Nama program", en: "Programme name"),
            ColumnSchema("field", .text, rule: .oneOf(.field), ms: "Bidang", en: "Field"),
            ColumnSchema(
                "noss_code", .text, nullable: true, rule: .nossCode, ms: "Kod NOSS",
                en: "National Occupational Skills Standard code"),
            ColumnSchema(
                "level", .integer, rule: .range(1, 5), ms: "Tahap (SKM 1-3, DKM 4, DLKM 5)",
                en: "Level (SKM 1-3, DKM 4, DLKM 5)"),
            ColumnSchema(
                "duration_months", .integer, rule: .range(1, 60), ms: "Tempoh (bulan)", en: "Duration (months)"),
            ColumnSchema("seats", .integer, rule: .range(0, 100_000), ms: "Tempat ditawarkan setahun", en: "Seats per year"),
        ])

    public static let instructors = DatasetSchema(
        name: "instructors", label: BilingualText(ms: "Tenaga pengajar", en: "Instructors"), classification: .terhad,
        columns: [
            ColumnSchema("instructor_id", .text, ms: "ID pengajar", en: "Instructor id"),
            ColumnSchema(
                "no_ic", .text, rule: .myKad, classification: .sulit, personal: true, ms: "No. kad pengenalan (MyKad)",
                en: "Identity card number (MyKad)"),
            ColumnSchema("name", .text, personal: true, ms: "Nama", en: "Name"),
            ColumnSchema("institution_id", .text, linksTo: "institutions", ms: "ID institusi", en: "Institution id"),
            ColumnSchema("field", .text, rule: .oneOf(.field), ms: "Bidang", en: "Field"),
            ColumnSchema(
                "qualification_level", .integer, rule: .range(1, 8),
                ms: "Kelayakan tertinggi (1-5 kemahiran, 6 ijazah, 7 sarjana, 8 doktor falsafah)",
                en: "Highest qualification (1-5 skills levels, 6 degree, 7 master, 8 doctorate)"),
            ColumnSchema(
                "vto_certified", .boolean, ms: "Bertauliah Pegawai Latihan Vokasional (VTO)",
                en: "Certified Vocational Training Officer (VTO)"),
            ColumnSchema(
                "years_experience", .integer, rule: .range(0, 60), ms: "Pengalaman (tahun)", en: "Experience (years)"),
        ])
}
