import Columnar

/// The small fixed data set behind the query files in `Queries/`: three linked tables with nulls,
/// an unmatched link at each level, an empty list and every column type. Change it only together with them.
enum Fixture {
    static let links = [
        Link(from: "graduates", column: "programme_id", to: "programmes"),
        Link(from: "programmes", column: "institution_id", to: "institutions"),
    ]

    static func catalog() throws -> Catalog {
        try Catalog(tables: [institutions(), programmes(), graduates()], links: links)
    }

    static func institutions() throws -> Table {
        let t = TableBuilder(name: "institutions", primaryKey: "institution_id")
        let id = t.string("institution_id"), name = t.string("name"), state = t.string("state")
        let type = t.string("type"), founded = t.date("founded"), isPublic = t.bool("public")
        let rows: [(String, String, String?, String, (Int, Int, Int)?, Bool?)] = [
            ("I1", "ILP Kuala Lumpur", "W.P. Kuala Lumpur", "ILP", (1990, 5, 1), true),
            ("I2", "KV Johor Bahru", "Johor", "KV", (2001, 1, 15), true),
            ("I3", "ADTEC Shah Alam", "Selangor", "ADTEC", (1998, 7, 20), false),
            ("I4", "Kolej Sabah", nil, "KK", nil, nil),
        ]
        for r in rows {
            id.append(r.0)
            name.append(r.1)
            state.append(r.2)
            type.append(r.3)
            if let d = r.4 { _ = founded.append(year: d.0, month: d.1, day: d.2) } else { founded.appendNull() }
            isPublic.append(r.5)
        }
        return try t.build()
    }

    static func programmes() throws -> Table {
        let t = TableBuilder(name: "programmes", primaryKey: "programme_id")
        let id = t.string("programme_id"), institution = t.string("institution_id"), field = t.string("field")
        let level = t.int32("level"), seats = t.int64("seats")
        let rows: [(String, String?, String?, Int32?, Int64?)] = [
            ("P1", "I1", "Electrical", 3, 40),
            ("P2", "I1", "ICT", 4, 30),
            ("P3", "I2", "Electrical", 5, 25),
            ("P4", "I3", "Mechanical", 3, nil),
            ("P5", "I9", "ICT", 2, 20),
            ("P6", nil, nil, nil, 10),
        ]
        for r in rows {
            id.append(r.0)
            institution.append(r.1)
            field.append(r.2)
            level.append(r.3)
            seats.append(r.4)
        }
        return try t.build()
    }

    static func graduates() throws -> Table {
        let t = TableBuilder(name: "graduates", primaryKey: "graduate_id")
        let id = t.string("graduate_id"), programme = t.string("programme_id"), year = t.int32("graduation_year")
        let status = t.string("status"), salary = t.double("monthly_salary"), months = t.int64("months_to_employment")
        let on = t.date("graduated_on"), willing = t.bool("willing_to_relocate"), skills = t.list("skills")
        let rows: [(String, String?, Int32?, String, Double?, Int64?, String?, Bool?, [String]?)] = [
            ("G01", "P1", 2023, "EMPLOYED", 2500, 2, "2023-06-30", true, ["ELE001", "ELE014"]),
            ("G02", "P1", 2024, "EMPLOYED", 3100.5, 1, "2024-06-30", false, ["ELE001"]),
            ("G03", "P2", 2024, "SELF_EMPLOYED", 1800, 4, "2024-07-15", true, ["ICT002", "ICT010"]),
            ("G04", "P2", 2023, "UNEMPLOYED", nil, nil, "2023-07-15", nil, nil),
            ("G05", "P3", 2024, "EMPLOYED", 4200, 3, "2024-12-01", true, ["ELE014"]),
            ("G06", "P3", 2024, "FURTHER_STUDY", nil, nil, "2024-12-01", false, []),
            ("G07", "P4", 2022, "EMPLOYED", 2750, 6, "2022-11-11", true, ["MEC003"]),
            ("G08", "P4", nil, "AWAITING_PLACEMENT", nil, nil, nil, nil, nil),
            ("G09", "P5", 2023, "EMPLOYED", 2000, 2, "2023-03-03", false, ["ICT002"]),
            ("G10", "P9", 2024, "UPSKILLING", nil, 5, "2024-01-20", true, ["ELE001", "MEC003"]),
            ("G11", nil, 2024, "EMPLOYED", 3500, 1, "2024-02-02", nil, ["ICT010"]),
            ("G12", "P6", 2023, "SELF_EMPLOYED", 2250.25, 3, "2023-09-09", true, ["ELE001"]),
        ]
        for r in rows {
            id.append(r.0)
            programme.append(r.1)
            year.append(r.2)
            status.append(r.3)
            salary.append(r.4)
            months.append(r.5)
            if let d = r.6 { _ = on.appendParsing(d) } else { on.appendNull() }
            willing.append(r.7)
            if let s = r.8 { skills.append(s) } else { skills.appendNull() }
        }
        return try t.build()
    }
}
