import Columnar
import TVET
import Testing

/// Types, nullability, column rules, links and duplicate keys: one small file each.
@Suite struct ImportValueRuleTests {
    typealias F = ImportFixtures

    @Test func theValidRecordOfEveryDatasetIsAccepted() throws {
        for dataset in TVETSchema.datasets {
            let file = try F.decode(dataset, F.file(dataset, [F.record(dataset)]))
            #expect(file.problems.isEmpty, "\(dataset.name): \(file.problems)")
            #expect(file.table.rowCount == 1)
        }
    }

    @Test func aRecordsOwnIdIsAnIdentifier() throws {
        let shape = "is not an identifier (1 to 40 letters, digits, '-', '_', '.' or '/', starting with a letter or digit)"
        for good in ["P0001", "V123456789", "KPT/ILP-07.2", "a", String(repeating: "9", count: 40)] {
            #expect(try F.problems(.programmes, [["programme_id": good]]).isEmpty, "\(good)")
        }
        for bad in ["=HYPERLINK(\"http://x\",\"y\")", "+60", "-1", "@SUM(A1)", " P1", "P 1", "P1\t", "<b>P1</b>", "Pé", String(repeating: "9", count: 41)] {
            let problems = try F.decode(.programmes, F.file(.programmes, [F.record(.programmes, ["programme_id": bad])])).problems
            #expect(problems.map(\.column) == ["programme_id"] && problems.first?.reason.hasSuffix(shape) == true, "\(bad): \(problems)")
        }
        // A link names a stored record, which passed this check; its own text is not checked again.
        #expect(try F.problems(.programmes, [["institution_id": "NOSUCH =x"]]).map(\.reason) == ["no institution 'NOSUCH =x' is stored or in this import"])
    }

    @Test func integersAreAnOptionalSignAndDigitsWithinRange() throws {
        let p = DatasetSchema.programmes
        #expect(try F.reasons(p, ["seats": "+30"]).isEmpty)
        #expect(try F.reasons(p, ["seats": "3.5"]) == ["seats: '3.5' is not a whole number (digits with an optional sign)"])
        #expect(try F.reasons(p, ["seats": "12a"]) == ["seats: '12a' is not a whole number (digits with an optional sign)"])
        #expect(try F.reasons(p, ["seats": " 12"]) == ["seats: ' 12' is not a whole number (digits with an optional sign)"])
        #expect(try F.reasons(p, ["seats": "99999999999999999999"]).count == 1)
        #expect(try F.reasons(p, ["level": "6"]) == ["level: '6' is outside 1 to 5"])
        #expect(try F.reasons(p, ["level": "-1"]) == ["level: '-1' is outside 1 to 5"])
        #expect(try F.reasons(p, ["level": ""]) == ["level: required value is missing"])
    }

    @Test func decimalsArePlainDecimalNotation() throws {
        let g = DatasetSchema.graduates
        for good in ["1500", "1500.50", "0", "0.5", ".5"] {
            #expect(try F.reasons(g, ["monthly_salary": good]).isEmpty, "\(good)")
        }
        let notPlain = "is not a plain decimal number (digits and an optional '.', no thousands separators or currency)"
        for bad in ["RM1500", "1,500.00", "1e3", "n/a", "1.2.3", "-", ".", "1500 ", "inf", "nan", "0x10"] {
            #expect(try F.reasons(g, ["monthly_salary": bad]) == ["monthly_salary: '\(bad)' \(notPlain)"])
        }
        #expect(try F.reasons(g, ["monthly_salary": "-1"]) == ["monthly_salary: '-1' is below 0"])
        #expect(try F.reasons(.institutions, ["latitude": "8.1"]) == ["latitude: '8.1' is outside 0.5 to 7.5"])
        let file = try F.decode(g, F.file(g, [F.record(g, ["monthly_salary": "1234.56"])]))
        #expect(file.table.value(row: 0, column: "monthly_salary") == .double(1234.56))
    }

    @Test func booleansAreExactlyTrueOrFalse() throws {
        let g = DatasetSchema.graduates
        for bad in ["TRUE", "True", "1", "yes", "true ", "t"] {
            #expect(try F.reasons(g, ["open_to_matching": bad]) == ["open_to_matching: '\(bad)' is not true or false"])
        }
        #expect(try F.reasons(g, ["open_to_matching": ""]) == ["open_to_matching: required value is missing"])
    }

    @Test func datesAreRealDatesWrittenYYYYMMDD() throws {
        let a = DatasetSchema.applications
        #expect(try F.reasons(a, ["submitted_on": "2024-02-29"]).isEmpty)
        for bad in ["2023-02-29", "2024-02-30", "31/12/2024", "2023-13-01", "2024-1-05", "20240105"] {
            #expect(try F.reasons(a, ["submitted_on": bad]) == ["submitted_on: '\(bad)' is not a real date written YYYY-MM-DD"])
        }
    }

    @Test func valueSetsTakeOnlyTheirCodes() throws {
        #expect(try F.reasons(.employers, ["state": "Jhor"]) == ["state: 'Jhor' is not one of the state codes"])
        #expect(try F.reasons(.employers, ["state": "johor"]) == ["state: 'johor' is not one of the state codes"])
        #expect(try F.reasons(.employers, ["size": "HUGE"]) == ["size: 'HUGE' is not one of the employer_size codes"])
        #expect(try F.reasons(.graduates, ["state_of_work": ""]).isEmpty)
        let long = String(repeating: "x", count: 60)
        let cut = String(repeating: "x", count: 40) + "…"
        #expect(try F.reasons(.employers, ["state": long]) == ["state: '\(cut)' is not one of the state codes"])
    }

    @Test func myKadNumbersUseTheirOwnProblemsAndAreNeverQuoted() throws {
        let cases: [(String, MyKad.Problem)] = [
            ("99010110123", .notTwelveDigits), ("990101-10-1234", .notTwelveDigits), ("991332101234", .invalidBirthDate),
            ("990230101234", .invalidBirthDate), ("990101171234", .invalidPlaceOfBirth),
        ]
        for (number, problem) in cases {
            let reasons = try F.reasons(.instructors, ["no_ic": number])
            #expect(reasons == ["no_ic: \(problem.description)"])
            #expect(!reasons.joined().contains(number))
        }
        #expect(try F.reasons(.instructors, ["no_ic": "000229101234"]).isEmpty)
    }

    @Test func mascoSSMAndNOSSCodesHaveTheirShapes() throws {
        #expect(try F.reasons(.vacancies, ["masco_code": "72331"]) == ["masco_code: '72331' is not a MASCO 2020 code (4 digits)"])
        #expect(try F.reasons(.vacancies, ["masco_code": "72a3"]).count == 1)
        #expect(
            try F.reasons(.employers, ["ssm_no": "20050164410"]) == ["ssm_no: '20050164410' is not an SSM registration number (12 digits)"])
        for bad in ["BC-060-6:2012", "bc-060-3:2012", "BC-60-3:2012", "BC-060-3-2012", "BC-060-3:12"] {
            #expect(
                try F.reasons(.programmes, ["noss_code": bad]) == [
                    "noss_code: '\(bad)' is not a NOSS code AA-NNN-L:YYYY (level L from 1 to 5)"
                ])
        }
        #expect(try F.reasons(.programmes, ["noss_code": ""]).isEmpty)
    }

    @Test func skillListsNameKnownSkillsOnceEach() throws {
        let g = DatasetSchema.graduates
        #expect(
            try F.reasons(g, ["skills": "ICT017;XYZ999;ICT007;ABC000"]) == [
                "skills: unknown skill id 'XYZ999'", "skills: unknown skill id 'ABC000'",
            ])
        #expect(try F.reasons(g, ["skills": "ICT017;ICT007;ICT017"]) == ["skills: skill id 'ICT017' is listed twice"])
        #expect(
            try F.reasons(g, ["skills": "ICT017;;ICT007"]) == ["skills: the list has an empty item (items are separated by a single ';')"])
        #expect(try F.reasons(g, ["skills": "ICT017;"]).count == 1)
        #expect(try F.reasons(.vacancies, ["essential_skills": ""]) == ["essential_skills: required value is missing"])
        let file = try F.decode(g, F.file(g, [F.record(g, ["skills": "ICT017;TRV023"])]))
        #expect(file.table.column("skills")!.listItems(at: 0) == ["ICT017", "TRV023"])
    }

    @Test func linksMustPointToAKnownRecord() throws {
        let g = DatasetSchema.graduates
        #expect(try F.reasons(g, ["programme_id": "NOSUCH9"]) == ["programme_id: no programme 'NOSUCH9' is stored or in this import"])
        #expect(
            try F.reasons(g, ["employer_id": "NOSUCH1", "student_id": "NOSUCH2"]) == [
                "student_id: no student 'NOSUCH2' is stored or in this import",
                "employer_id: no employer 'NOSUCH1' is stored or in this import",
            ])
        // An absent optional link is not looked up.
        #expect(try F.reasons(g, ["employer_id": ""]).isEmpty)
        var asked: [String] = []
        let text = F.file(
            .certificates,
            [
                F.record(.certificates, ["certificate_id": "C1"]), F.record(.certificates, ["certificate_id": "C2"]),
            ])
        _ = try F.decode(.certificates, text) { dataset, id in
            asked.append("\(dataset):\(id)")
            return true
        }
        #expect(asked == ["students:S0000001"], "each distinct id is asked once")
    }

    @Test func aRepeatedPrimaryKeyNamesTheFirstLine() throws {
        let e = DatasetSchema.employers
        let file = try F.decode(e, F.file(e, [F.record(e), F.record(e, ["employer_id": "E2"]), F.record(e, ["name": "Other"])]))
        #expect(file.problems == [RowProblem(line: 4, column: "employer_id", reason: "duplicate id, first on line 2")])
        #expect(file.lines == [2, 3])
    }

    @Test func repeatedKeysAreFoundInAnyOrderAndWhenQuoted() throws {
        let e = DatasetSchema.employers
        let file = try F.decode(
            e,
            F.file(
                e,
                [
                    F.record(e, ["employer_id": "E2"]), F.record(e, ["employer_id": "E1"]), F.record(e, ["employer_id": "E3"]),
                    F.record(e, ["employer_id": "E1"]), F.record(e, ["employer_id": "EQ"]), "\"EQ\"" + F.record(e, ["employer_id": "EQ"]).dropFirst(2),
                    F.record(e, ["employer_id": "E0"]),
                ]))
        #expect(
            file.problems == [
                RowProblem(line: 5, column: "employer_id", reason: "duplicate id, first on line 3"),
                RowProblem(line: 7, column: "employer_id", reason: "duplicate id, first on line 6"),
            ])
        #expect(file.lines == [2, 3, 4, 6, 8])
        #expect(file.table.row(forKey: "EQ") == 3)
    }

    @Test func everyLinkOfAColumnWithManyDistinctIdsIsAnswered() throws {
        let c = DatasetSchema.certificates
        let records = (0..<20_000).map { F.record(c, ["certificate_id": "C\($0)", "student_id": "S\($0)"]) }
        let file = try F.decode(c, F.file(c, records)) { _, id in Int(id.dropFirst())! % 3 != 0 }
        #expect(file.problems.count == 6_667)
        #expect(file.problems.allSatisfy { ($0.line - 2) % 3 == 0 && $0.column == "student_id" })
        #expect(file.table.rowCount == 13_333)
        // The ids coded before the column proved to have many distinct values are kept as well as those after.
        let mismatched = (0..<file.table.rowCount).filter { row in
            let certificate = F.text(file.table.value(row: row, column: "certificate_id")!)
            return F.text(file.table.value(row: row, column: "student_id")!) != "S" + certificate.dropFirst()
        }
        #expect(mismatched.isEmpty)
        #expect(file.table.value(row: 13_332, column: "type") == .string("DKM"))
    }

    @Test func everyProblemOfARefusedRecordIsListed() throws {
        let reasons = try F.reasons(
            .graduates,
            [
                "graduation_year": "twelve", "status": "EMPLOYEDX", "monthly_salary": "RM1500", "skills": "NOPE01",
                "willing_to_relocate": "yes", "programme_id": "NOSUCH3",
            ])
        #expect(
            reasons.map { $0.prefix(while: { $0 != ":" }) } == [
                "programme_id", "graduation_year", "status", "monthly_salary", "skills", "willing_to_relocate",
            ])
    }

    @Test func textMustBeUTF8() throws {
        let e = DatasetSchema.employers
        var bytes = Array(F.file(e, []).utf8)
        bytes +=
            Array("E1,Bad ".utf8) + [0xC3, 0x28] + Array(",200501644106,C,Johor,SMALL\nE2,Caf\u{E9},200501644107,C,Johor,SMALL\n".utf8)
        let file = try DatasetDecoder(dataset: e, taxonomy: F.taxonomy).decode(bytes, linkExists: { _, _ in true })
        #expect(file.problems.map(\.column) == ["name"])
        #expect(file.problems.first?.reason.hasSuffix("is not valid UTF-8") == true)
        #expect(file.table.value(row: 0, column: "name") == .string("Caf\u{E9}"))
    }

    @Test func problemsNeverQuotePersonalValues() throws {
        let s = DatasetSchema.students
        let secretIC = "991332101234"
        let secretName = "Siti \"Rahsia"
        let text = F.file(
            s,
            [
                F.record(s, ["student_id": "S1", "no_ic": secretIC]),
                "S2,990315332270,\(secretName),F,1999-03-15,Pahang,P000290,2016,GRADUATED,2019",
                F.record(s, ["student_id": "S3", "birth_date": "1999-02-30"]),
                F.record(s, ["student_id": "S4", "birth_date": "1998-03-15"]),
                F.record(s, ["student_id": "S5", "name": ""]),
            ])
        let file = try F.decode(s, text)
        #expect(file.problems.map(\.line) == [2, 3, 4, 5, 6])
        for problem in file.problems {
            for secret in [secretIC, "Siti", "Rahsia", "1999-02-30", "1998-03-15", "990315332270", "1999-03-15"] {
                #expect(!problem.description.contains(secret), "\(problem)")
            }
        }
        #expect(file.problems[1].column == nil)
        #expect(file.problems[2] == RowProblem(line: 4, column: "birth_date", reason: "is not a real date written YYYY-MM-DD"))
    }
}
