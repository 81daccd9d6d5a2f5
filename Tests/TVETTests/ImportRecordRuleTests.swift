import Columnar
import TVET
import Testing

/// Rules over several columns of a record (docs/DATA.md, "Import rules").
@Suite struct ImportRecordRuleTests {
    typealias F = ImportFixtures

    @Test func aStudentHasAGraduationYearExactlyWhenGraduated() throws {
        let s = DatasetSchema.students
        #expect(try F.reasons(s, ["graduation_year": ""]) == ["graduation_year: required when status is GRADUATED"])
        #expect(try F.reasons(s, ["status": "ACTIVE"]) == ["graduation_year: must be empty unless status is GRADUATED"])
        #expect(try F.reasons(s, ["status": "WITHDRAWN", "graduation_year": ""]).isEmpty)
        // A rule reads only columns that passed their own checks: one bad value, one problem.
        #expect(try F.reasons(s, ["status": "GRADUATEDX"]) == ["status: 'GRADUATEDX' is not one of the student_status codes"])
    }

    @Test func aStudentGraduatesNoEarlierThanTheIntake() throws {
        #expect(try F.reasons(.students, ["intake_year": "2020"]) == ["graduation_year: below intake_year ('2019' < '2020')"])
        #expect(try F.reasons(.students, ["intake_year": "2019"]).isEmpty)
    }

    @Test func aStudentsBirthDateAndGenderAgreeWithTheMyKadNumber() throws {
        let s = DatasetSchema.students
        #expect(try F.reasons(s, ["birth_date": "1999-03-16"]) == ["birth_date: does not match the birth date in no_ic"])
        // The century is not in the number: 1999 and 2099 both match 99.
        #expect(try F.reasons(s, ["birth_date": "2099-03-15", "graduation_year": "2019"]).isEmpty)
        #expect(try F.reasons(s, ["gender": "M"]) == ["gender: does not agree with no_ic (its last digit is odd for M, even for F)"])
        #expect(try F.reasons(s, ["gender": "M", "no_ic": "990315332271"]).isEmpty)
    }

    @Test func aVacancysSalaryRangeAndDatesAreInOrder() throws {
        let v = DatasetSchema.vacancies
        #expect(try F.reasons(v, ["salary_min": "2200"]) == ["salary_max: below salary_min ('2100' < '2200')"])
        #expect(try F.reasons(v, ["salary_min": "2100.00"]).isEmpty)
        #expect(try F.reasons(v, ["closes_on": "2026-11-02"]) == ["closes_on: before posted_on ('2026-11-02' < '2026-11-03')"])
        #expect(try F.reasons(v, ["closes_on": "2026-11-03"]).isEmpty)
    }

    @Test func anInstitutionsMinistryRunsItsType() throws {
        let i = DatasetSchema.institutions
        #expect(try F.reasons(i, ["ministry": "KPM"]) == ["ministry: 'KPM' is not the ministry of institution type 'POLITEKNIK' (KPT)"])
        #expect(try F.reasons(i, ["ministry": "KKDW", "type": "GIATMARA"]).isEmpty)
        for type in InstitutionType.allCases {
            #expect(try F.reasons(i, ["ministry": type.ministry.rawValue, "type": type.rawValue]).isEmpty)
        }
    }

    @Test func aCertificateHasALevelUnlessProfessional() throws {
        let c = DatasetSchema.certificates
        #expect(try F.reasons(c, ["level": ""]) == ["level: required unless type is PROFESSIONAL"])
        #expect(try F.reasons(c, ["level": "", "type": "PROFESSIONAL"]).isEmpty)
        #expect(try F.reasons(c, ["level": "3", "type": "PROFESSIONAL"]).isEmpty)
    }

    @Test func theTableHoldsExactlyTheAcceptedRecords() throws {
        let g = DatasetSchema.graduates
        let records = [
            F.record(g, ["graduate_id": "G1", "skills": "ICT017;TRV023", "monthly_salary": "2320.50"]),
            F.record(g, ["graduate_id": "G2", "monthly_salary": "RM1"]),
            F.record(
                g,
                [
                    "graduate_id": "G3", "employer_id": "", "masco_code": "", "monthly_salary": "", "status": "UNEMPLOYED",
                    "months_to_employment": "", "state_of_work": "", "skills": "", "open_to_matching": "true",
                ]),
            F.record(g, ["graduate_id": "G4", "skills": "ICT017;NOPE"]),
            "G5,S1,P1,2024,EMPLOYED",
            F.record(g, ["graduate_id": "G6", "graduation_year": "2023", "status": "SELF_EMPLOYED"]),
        ]
        let file = try F.decode(g, F.file(g, records))
        #expect(file.lines == [2, 4, 7])
        #expect(Set(file.problems.map(\.line)) == [3, 5, 6])
        #expect(file.recordCount == 6)
        #expect(file.rejectedLineCount == 3)
        var rows: [[String]] = []
        for row in 0..<file.table.rowCount {
            rows.append(g.columns.map { F.text(file.table.value(row: row, column: $0.name)!) })
        }
        func expected(_ changes: [String: String]) -> [String] {
            let values = F.valid["graduates"]!.merging(changes) { $1 }
            return g.columns.map { values[$0.name]! }
        }
        #expect(
            rows == [
                expected(["graduate_id": "G1", "skills": "ICT017;TRV023", "monthly_salary": "2320.5"]),
                expected([
                    "graduate_id": "G3", "employer_id": "", "masco_code": "", "monthly_salary": "", "status": "UNEMPLOYED",
                    "months_to_employment": "", "state_of_work": "", "skills": "", "open_to_matching": "true",
                ]),
                expected(["graduate_id": "G6", "graduation_year": "2023", "status": "SELF_EMPLOYED"]),
            ])
        #expect(file.table.column("skills")!.isNull(1))
        #expect(file.table.row(forKey: "G6") == 2)
        #expect(file.table.row(forKey: "G2") == nil)
    }
}
