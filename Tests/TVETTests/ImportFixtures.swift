import Columnar
import TVET
import TestSupport

/// Small hand-written import files, built in code: one valid record per dataset, changed field by field.
enum ImportFixtures {
    static let taxonomy: SkillTaxonomy = try! ProjectFiles.taxonomy()

    /// A record of each dataset that passes every rule (taken from the generator's output).
    static let valid: [String: [String: String]] = [
        "institutions": [
            "institution_id": "I00001", "name": "Politeknik Mukah", "ministry": "KPT", "type": "POLITEKNIK",
            "state": "Sarawak", "district": "Mukah", "latitude": "2.8754", "longitude": "112.0944",
        ],
        "programmes": [
            "programme_id": "P000459", "institution_id": "I00037", "name": "Dandanan Rambut (SKM Tahap 3)",
            "field": "BEAUTY", "noss_code": "BC-060-3:2012", "level": "3", "duration_months": "24", "seats": "30",
        ],
        "instructors": [
            "instructor_id": "T000001", "no_ic": "941014133707", "name": "Ronald anak Unting", "institution_id": "I00001",
            "field": "ICT", "qualification_level": "6", "vto_certified": "false", "years_experience": "4",
        ],
        "employers": [
            "employer_id": "E000001", "name": "Teguh Selatan Precision Sdn. Bhd.", "ssm_no": "200501644106",
            "msic_section": "C", "state": "Johor", "size": "SMALL",
        ],
        "applications": [
            "application_id": "A0000001", "no_ic": "050719289779", "name": "Arif bin Izzat", "intake": "2024",
            "programme_id": "P004919", "choice": "1", "status": "ACCEPTED", "submitted_on": "2024-01-29",
        ],
        "students": [
            "student_id": "S0000001", "no_ic": "990315332270", "name": "Amira binti Fikri", "gender": "F",
            "birth_date": "1999-03-15", "state_of_origin": "Pahang", "programme_id": "P000290", "intake_year": "2016",
            "status": "GRADUATED", "graduation_year": "2019",
        ],
        "certificates": [
            "certificate_id": "C00000001", "student_id": "S0000001", "type": "DKM", "level": "4", "noss_code": "",
            "field": "ICT", "issued_on": "2019-06-28",
        ],
        "graduates": [
            "graduate_id": "G0000002", "student_id": "S0000002", "programme_id": "P000351", "graduation_year": "2024",
            "status": "EMPLOYED", "employer_id": "E027492", "masco_code": "2512", "monthly_salary": "2320",
            "months_to_employment": "0", "state_of_work": "W.P. Kuala Lumpur", "skills": "ICT017;ICT007;TRV023",
            "willing_to_relocate": "true", "open_to_matching": "false",
        ],
        "vacancies": [
            "vacancy_id": "V0000001", "employer_id": "E000379", "title": "Industrial machinery mechanic",
            "masco_code": "7233", "field": "MECHANICAL", "min_level": "3", "essential_skills": "MEC005;MEC008",
            "optional_skills": "WLD009;TRV005", "state": "Johor", "salary_min": "1600", "salary_max": "2100",
            "openings": "1", "posted_on": "2026-11-03", "closes_on": "2026-12-03",
        ],
    ]

    /// The valid record of `dataset` with some fields replaced, quoted as CSV needs.
    static func record(_ dataset: DatasetSchema, _ changes: [String: String] = [:]) -> String {
        let values = valid[dataset.name]!.merging(changes) { $1 }
        var row = CSVRow()
        for column in dataset.columns { row.append(values[column.name]!) }
        return (0..<row.count).map(row.rawField).joined(separator: ",")
    }

    /// A file: the schema header, then the given lines.
    static func file(_ dataset: DatasetSchema, _ lines: [String]) -> String {
        ([dataset.columnNames.joined(separator: ",")] + lines).map { $0 + "\n" }.joined()
    }

    /// Every linked id exists unless it starts with `NOSUCH`.
    static func decode(
        _ dataset: DatasetSchema, _ text: String,
        linkExists: (String, Substring) -> Bool = { _, id in !id.hasPrefix("NOSUCH") }
    ) throws(ImportFileError) -> DecodedFile {
        try DatasetDecoder(dataset: dataset, taxonomy: taxonomy).decode(Array(text.utf8), linkExists: linkExists)
    }

    /// Decodes records of `dataset`, each the valid one with changes (the id made unique), and returns the problems.
    static func problems(_ dataset: DatasetSchema, _ changes: [[String: String]]) throws -> [RowProblem] {
        let key = dataset.primaryKey.name
        let lines = changes.enumerated().map { i, change in
            record(dataset, [key: valid[dataset.name]![key]! + "-\(i)"].merging(change) { $1 })
        }
        return try decode(dataset, file(dataset, lines)).problems
    }

    /// The reasons found for one changed record, by column.
    static func reasons(_ dataset: DatasetSchema, _ change: [String: String]) throws -> [String] {
        try problems(dataset, [change]).map { "\($0.column ?? "-"): \($0.reason)" }
    }

    /// A table value as the CSV text it came from.
    static func text(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .int(let v): String(v)
        case .double(let v): v == v.rounded() ? String(Int64(v)) : String(v)
        case .string(let s): s
        case .bool(let b): b ? "true" : "false"
        case .date(let d): EpochDays.format(days: d)
        }
    }
}
