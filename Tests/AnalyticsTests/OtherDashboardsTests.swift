import Foundation
import TVET
import Testing

@testable import Analytics

/// The certificates, instructors, applications, vacancies, supply-demand and overview figures against plain loops
/// over the generated CSV rows.
@Suite struct OtherDashboardsTests {
    static let filterSets: [DashboardFilters] = [
        DashboardFilters(), DashboardFilters(state: "Johor"), DashboardFilters(year: 2025, field: "ICT"),
        DashboardFilters(level: 3, ministry: "KESUMA"),
    ]

    /// Programme and institution attributes of a programme id, as the filters name them.
    struct Places {
        let programmes: [String: [String: String]]
        let institutions: [String: [String: String]]

        init(_ fixture: AnalyticsFixture) {
            programmes = fixture.byId("programmes", key: "programme_id")
            institutions = fixture.byId("institutions", key: "institution_id")
        }

        func institutionMatches(_ institutionId: String, _ filters: DashboardFilters) -> Bool {
            let institution = institutions[institutionId]!
            return (filters.state == nil || institution["state"] == filters.state)
                && (filters.ministry == nil || institution["ministry"] == filters.ministry)
                && (filters.institutionType == nil || institution["type"] == filters.institutionType)
                && (filters.institutionId == nil || institutionId == filters.institutionId)
        }

        func programmeMatches(_ programmeId: String, _ filters: DashboardFilters) -> Bool {
            let programme = programmes[programmeId]!
            return institutionMatches(programme["institution_id"]!, filters)
                && (filters.field == nil || programme["field"] == filters.field)
                && (filters.level == nil || programme["level"] == filters.level.map(String.init))
        }
    }

    static func counts(_ figure: Figure, _ column: String) -> [String: Int64] {
        figure.rowsByKey().mapValues { figure.cell($0, column).integerValue ?? -1 }
    }

    @Test(arguments: filterSets)
    func certificates(filters: DashboardFilters) throws {
        let fixture = try AnalyticsFixture.load()
        let places = Places(fixture)
        let students = fixture.byId("students", key: "student_id")
        let selected = fixture.rows("certificates").filter { row in
            guard let student = students[row["student_id"]!] else { return false }
            let programme = places.programmes[student["programme_id"]!]!
            return places.institutionMatches(programme["institution_id"]!, filters)
                && (filters.field == nil || row["field"] == filters.field)
                && (filters.level == nil || row["level"] == filters.level.map(String.init))
                && (filters.year == nil || row["issued_on"]!.hasPrefix("\(filters.year!)-"))
        }
        let dashboard = try fixture.service().dashboard(name: "certificates", filters: filters, audience: .cleared)
        let keys: [(String, (([String: String]) -> String))] = [
            ("by-type", { $0["type"]! }), ("by-level", { $0["level"]! }), ("by-field", { $0["field"]! }),
            ("by-year", { String($0["issued_on"]!.prefix(4)) }),
        ]
        for (id, key) in keys {
            let figure = try #require(dashboard.figure(id))
            let expected = Dictionary(grouping: selected, by: key).mapValues { Int64($0.count) }
            #expect(Self.counts(figure, "certificates") == expected, "\(id)")
        }
    }

    @Test(arguments: filterSets)
    func instructors(filters: DashboardFilters) throws {
        let fixture = try AnalyticsFixture.load()
        let places = Places(fixture)
        let instructors = fixture.rows("instructors").filter {
            places.institutionMatches($0["institution_id"]!, filters) && (filters.field == nil || $0["field"] == filters.field)
        }
        let dashboard = try fixture.service().dashboard(name: "instructors", filters: filters, audience: .cleared)
        let byQualification = try #require(dashboard.figure("by-qualification-level"))
        let grouped = Dictionary(grouping: instructors) { $0["qualification_level"]! }
        #expect(Self.counts(byQualification, "instructors") == grouped.mapValues { Int64($0.count) })
        for (key, row) in byQualification.rowsByKey() {
            let group = grouped[key]!
            let share = Double(group.count { $0["vto_certified"] == "true" }) / Double(group.count)
            #expect(close(byQualification.cell(row, "vto_certified_share"), share))
        }
        let perInstructor = try #require(dashboard.figure("students-per-instructor"))
        let active = fixture.rows("students").filter {
            $0["status"] == "ACTIVE"
                && places.programmeMatches(
                    $0["programme_id"]!,
                    DashboardFilters(
                        state: filters.state, field: filters.field, level: filters.level, ministry: filters.ministry,
                        institutionType: filters.institutionType, institutionId: filters.institutionId))
        }
        let studentsByField = Dictionary(grouping: active) { places.programmes[$0["programme_id"]!]!["field"]! }
        let instructorsByField = Dictionary(grouping: instructors) { $0["field"]! }
        for (field, row) in perInstructor.rowsByKey() {
            let students = studentsByField[field]?.count ?? 0
            let teachers = instructorsByField[field]?.count ?? 0
            #expect(perInstructor.cell(row, "students") == .integer(Int64(students)))
            #expect(perInstructor.cell(row, "instructors") == .integer(Int64(teachers)))
            #expect(close(perInstructor.cell(row, "students_per_instructor"), teachers > 0 ? Double(students) / Double(teachers) : nil))
        }
        #expect(perInstructor.rows.count == Set(studentsByField.keys).union(instructorsByField.keys).count)
    }

    @Test(arguments: filterSets)
    func applications(filters: DashboardFilters) throws {
        let fixture = try AnalyticsFixture.load()
        let places = Places(fixture)
        let applications = fixture.rows("applications").filter {
            places.programmeMatches($0["programme_id"]!, filters) && (filters.year == nil || $0["intake"] == String(filters.year!))
        }
        let intakes = Double(max(1, Set(applications.map { $0["intake"]! }).count))
        let programmes = places.programmes.values.filter {
            places.programmeMatches(
                $0["programme_id"]!,
                DashboardFilters(
                    state: filters.state, field: filters.field, level: filters.level, ministry: filters.ministry,
                    institutionType: filters.institutionType))
        }
        let dashboard = try fixture.service().dashboard(name: "applications", filters: filters, audience: .cleared)
        for (id, key) in [("by-field", "field"), ("by-programme", "programme_id")] {
            let figure = try #require(dashboard.figure(id))
            let byKey = Dictionary(grouping: applications) { places.programmes[$0["programme_id"]!]![key]! }
            let seats = Dictionary(grouping: programmes) { $0[key]! }.mapValues { $0.reduce(0) { $0 + Int64($1["seats"]!)! } }
            #expect(Set(figure.rowsByKey().keys) == Set(byKey.keys).union(seats.keys), "\(id)")
            for (group, row) in figure.rowsByKey() {
                let rows = byKey[group] ?? []
                let offers = rows.count { $0["status"] == "OFFERED" || $0["status"] == "ACCEPTED" }
                let accepted = rows.count { $0["status"] == "ACCEPTED" }
                let groupSeats = seats[group] ?? 0
                #expect(figure.cell(row, "applications") == .integer(Int64(rows.count)))
                #expect(figure.cell(row, "seats") == .integer(groupSeats))
                #expect(figure.cell(row, "offers") == .integer(Int64(offers)))
                #expect(figure.cell(row, "acceptances") == .integer(Int64(accepted)))
                #expect(close(figure.cell(row, "offer_rate"), rows.isEmpty ? nil : Double(offers) / Double(rows.count)))
                #expect(close(figure.cell(row, "acceptance_rate"), offers == 0 ? nil : Double(accepted) / Double(offers)))
                #expect(
                    close(
                        figure.cell(row, "applications_per_seat"),
                        groupSeats == 0 ? nil : Double(rows.count) / (Double(groupSeats) * intakes)))
            }
        }
    }

    @Test(arguments: filterSets)
    func vacancies(filters: DashboardFilters) throws {
        let fixture = try AnalyticsFixture.load()
        let vacancies = fixture.rows("vacancies").filter {
            (filters.state == nil || $0["state"] == filters.state) && (filters.field == nil || $0["field"] == filters.field)
                && (filters.level == nil || $0["min_level"] == String(filters.level!))
                && (filters.year == nil || $0["posted_on"]!.hasPrefix("\(filters.year!)-"))
        }
        let dashboard = try fixture.service().dashboard(name: "vacancies", filters: filters, audience: .cleared)
        let band = { (row: [String: String]) -> String in
            let salary = Double(row["salary_min"]!)!
            let bounds = [0, 1_500, 2_000, 3_000, 4_000, 5_000]
            let index = bounds.lastIndex { Double($0) <= salary }!
            return index == bounds.count - 1 ? "5000+" : "\(bounds[index])-\(bounds[index + 1] - 1)"
        }
        let keys: [(String, ([String: String]) -> String)] = [
            ("by-state", { $0["state"]! }), ("by-field", { $0["field"]! }),
            ("by-masco-major-group", { String($0["masco_code"]!.prefix(1)) }), ("salary-ranges", band),
        ]
        for (id, key) in keys {
            let figure = try #require(dashboard.figure(id))
            let grouped = Dictionary(grouping: vacancies, by: key)
            #expect(Self.counts(figure, "vacancies") == grouped.mapValues { Int64($0.count) }, "\(id)")
            #expect(Self.counts(figure, "openings") == grouped.mapValues { $0.reduce(0) { $0 + Int64($1["openings"]!)! } }, "\(id)")
        }
        let closed = vacancies.count { $0["closes_on"]! < fixture.asOf.description }
        let share = try #require(dashboard.figure("closed-share"))
        #expect(
            share.rows.map(\.cells) == [
                [
                    .integer(Int64(vacancies.count)), .integer(Int64(closed)),
                    vacancies.isEmpty ? .null : .number(Double(closed) / Double(vacancies.count)),
                ]
            ])
    }

    @Test(arguments: filterSets)
    func supplyAndDemand(filters: DashboardFilters) throws {
        let fixture = try AnalyticsFixture.load()
        let oracle = GraduateOracle(fixture)
        let year = filters.year ?? oracle.graduates.map(\.year).max()!
        var supplyFilters = filters
        supplyFilters.year = year
        let supply = oracle.matching(supplyFilters)
        let open = fixture.rows("vacancies").filter {
            $0["closes_on"]! >= fixture.asOf.description && (filters.state == nil || $0["state"] == filters.state)
                && (filters.field == nil || $0["field"] == filters.field)
                && (filters.level == nil || $0["min_level"] == String(filters.level!))
        }
        let dashboard = try fixture.service().dashboard(name: "supply-demand", filters: filters, audience: .cleared)
        for (id, key) in [("by-field", "field"), ("by-state", "state")] {
            let figure = try #require(dashboard.figure(id))
            let supplied = Dictionary(grouping: supply) { $0.attributes[key]! }.mapValues { Int64($0.count) }
            let demanded = Dictionary(grouping: open) { $0[key]! }.mapValues { $0.reduce(0) { $0 + Int64($1["openings"]!)! } }
            #expect(Set(figure.rowsByKey().keys) == Set(supplied.keys).union(demanded.keys), "\(id)")
            for (group, row) in figure.rowsByKey() {
                let s = supplied[group] ?? 0
                let d = demanded[group] ?? 0
                #expect(figure.cell(row, "supply") == .integer(s))
                #expect(figure.cell(row, "demand") == .integer(d))
                #expect(figure.cell(row, "gap") == .integer(d - s))
                #expect(close(figure.cell(row, "ratio"), s > 0 ? Double(d) / Double(s) : nil))
            }
        }
    }

    @Test func overviewTotals() throws {
        let fixture = try AnalyticsFixture.load()
        let places = Places(fixture)
        let filters = DashboardFilters(state: "Sabah")
        let dashboard = try fixture.service().dashboard(name: "overview", filters: filters, audience: .cleared)
        let totals = try #require(dashboard.figure("totals"))
        let students = fixture.byId("students", key: "student_id")
        let expected: [String: Int] = [
            "institutions": places.institutions.values.count { $0["state"] == "Sabah" },
            "programmes": places.programmes.keys.count { places.programmeMatches($0, filters) },
            "instructors": fixture.rows("instructors").count { places.institutionMatches($0["institution_id"]!, filters) },
            "applicants": fixture.rows("applications").count {
                $0["choice"] == "1" && places.programmeMatches($0["programme_id"]!, filters)
            },
            "students": fixture.rows("students").count { places.programmeMatches($0["programme_id"]!, filters) },
            "certificates": fixture.rows("certificates").count { row in
                students[row["student_id"]!].map { places.programmeMatches($0["programme_id"]!, filters) } ?? false
            },
            "graduates": GraduateOracle(fixture).matching(filters).count,
            "employers": fixture.rows("employers").count { $0["state"] == "Sabah" },
            "open_vacancies": fixture.rows("vacancies").count {
                $0["state"] == "Sabah" && $0["closes_on"]! >= fixture.asOf.description
            },
        ]
        #expect(totals.columns.map(\.name) == ["cluster", "count"])
        #expect(Self.counts(totals, "count") == expected.mapValues(Int64.init))
    }
}
