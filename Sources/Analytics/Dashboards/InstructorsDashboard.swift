import Columnar
import TVET

/// The instructors dashboard: instructors by highest qualification with the share VTO-certified, and active students
/// per instructor by field.
enum InstructorsDashboard: DashboardDefinition {
    static let name = "instructors"
    static let title = BilingualText(ms: "Tenaga pengajar", en: "Instructors")

    static let instructorsColumn = Columns.measure("instructors", "Tenaga pengajar", "Instructors", unit: .count)

    static let method = BilingualText(
        ms: "Tenaga pengajar mengikut kelayakan tertinggi (1-5 tahap kemahiran, 6 ijazah, 7 sarjana, 8 doktor falsafah) "
            + "dan bahagian yang bertauliah Pegawai Latihan Vokasional (VTO). Negeri, kementerian dan jenis ialah "
            + "institusi tenaga pengajar; bidang ialah bidang tenaga pengajar; penapis tahun dan tahap tidak berkaitan.",
        en: "Instructors by highest qualification (1-5 skills levels, 6 degree, 7 master, 8 doctorate) and the share "
            + "certified as Vocational Training Officers (VTO). State, ministry and type are the instructor's "
            + "institution's; field is the instructor's; the year and level filters do not apply.")

    static let ratioMethod = BilingualText(
        ms: "Pelajar aktif (status ACTIVE) bagi setiap tenaga pengajar dalam bidang yang sama. Pelajar dikira mengikut "
            + "bidang program mereka dan tenaga pengajar mengikut bidang mereka; penapis tahun tidak digunakan kerana "
            + "kedua-duanya ialah stok semasa. Nisbah kosong apabila bidang tiada tenaga pengajar.",
        en: "Active students (status ACTIVE) per instructor in the same field. Students are counted by their programme's "
            + "field and instructors by their own; the year filter is not applied because both are current stocks. The "
            + "ratio is empty when a field has no instructors.")

    /// Instructors' qualifications, certification and field; active students by their programme's field.
    static let reads = FigureReads(
        [.instructors: ["qualification_level", "vto_certified", "field"], .students: ["status", "programme.field"]],
        scopes: [.instructors, .students])

    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft] {
        let filters = DatasetScope.instructors.engineFilters(context.filters)
        let qualifications = try context.run(
            Query(
                dataset: DatasetSchema.instructors.name, filters: filters, groupBy: ["qualification_level"],
                measures: [
                    Measure(fn: .count, as: "instructors"),
                    Measure(fn: .rate, where: Filter(column: "vto_certified", op: .eq, value: true), as: "vto"),
                ]), for: "instructors/by-qualification-level")
        let byQualification = FigureDraft(
            figure: context.figure(
                name, "by-qualification-level",
                title: BilingualText(ms: "Tenaga pengajar mengikut kelayakan", en: "Instructors by qualification"),
                method: method, scope: .instructors,
                columns: [
                    Columns.qualificationLevel, instructorsColumn,
                    Columns.measure(
                        "vto_certified_share", "Bahagian bertauliah VTO", "Share VTO-certified", unit: .rate,
                        basis: "instructors"),
                ],
                rows: (0..<qualifications.count).map {
                    [
                        FigureCell(key: qualifications.value($0, "qualification_level")),
                        .integer(qualifications.integer($0, "instructors")),
                        qualifications.double($0, "vto").map(FigureCell.number) ?? .null,
                    ]
                }))
        return [byQualification, try studentsPerInstructor(context)]
    }

    private static func studentsPerInstructor(_ context: FigureContext) throws(AnalyticsError) -> FigureDraft {
        let instructors = try context.run(
            Query(
                dataset: DatasetSchema.instructors.name, filters: DatasetScope.instructors.engineFilters(context.filters),
                groupBy: ["field"], measures: [Measure(fn: .count, as: "n")]), for: "instructors/students-per-instructor")
        let students = try context.run(
            Query(
                dataset: DatasetSchema.students.name,
                filters: DatasetScope.students.engineFilters(context.filters, includeYear: false)
                    + [Filter(column: "status", op: .eq, value: "ACTIVE")],
                groupBy: ["programme.field"], measures: [Measure(fn: .count, as: "n")]),
            for: "instructors/students-per-instructor")
        var counts: [String: (students: Int64, instructors: Int64)] = [:]
        for row in 0..<instructors.count {
            counts[instructors.key(row, "field") ?? "", default: (0, 0)].instructors = instructors.integer(row, "n")
        }
        for row in 0..<students.count {
            counts[students.key(row, "programme.field") ?? "", default: (0, 0)].students = students.integer(row, "n")
        }
        let rows: [[FigureCell]] = counts.keys.sorted().map { field in
            let count = counts[field]!
            let ratio: FigureCell = count.instructors > 0 ? .number(Double(count.students) / Double(count.instructors)) : .null
            return [.text(field), .integer(count.students), .integer(count.instructors), ratio]
        }
        var draft = FigureDraft(
            figure: context.figure(
                name, "students-per-instructor",
                title: BilingualText(ms: "Pelajar bagi setiap tenaga pengajar", en: "Students per instructor"),
                method: ratioMethod, scope: .instructors,
                columns: [
                    Columns.field, Columns.measure("students", "Pelajar aktif", "Active students", unit: .count),
                    instructorsColumn,
                    Columns.measure(
                        "students_per_instructor", "Pelajar setiap pengajar", "Students per instructor", unit: .ratio,
                        basis: "instructors"),
                ],
                rows: rows))
        draft.dependencies["students_per_instructor"] = ["students"]
        return draft
    }
}
