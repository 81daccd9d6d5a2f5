import Testing
@testable import TVET

@Suite struct SchemaTests {
    /// CONTRACT section 2, word for word.
    static let contractColumns: [String: [String]] = [
        "institutions": ["institution_id", "name", "ministry", "type", "state", "district", "latitude", "longitude"],
        "programmes": ["programme_id", "institution_id", "name", "field", "noss_code", "level", "duration_months", "seats"],
        "instructors": ["instructor_id", "no_ic", "name", "institution_id", "field", "qualification_level", "vto_certified",
                        "years_experience"],
        "applications": ["application_id", "no_ic", "name", "intake", "programme_id", "choice", "status", "submitted_on"],
        "students": ["student_id", "no_ic", "name", "gender", "birth_date", "state_of_origin", "programme_id", "intake_year",
                     "status", "graduation_year"],
        "certificates": ["certificate_id", "student_id", "type", "level", "noss_code", "field", "issued_on"],
        "graduates": ["graduate_id", "student_id", "programme_id", "graduation_year", "status", "employer_id", "masco_code",
                      "monthly_salary", "months_to_employment", "state_of_work", "skills", "willing_to_relocate",
                      "open_to_matching"],
        "employers": ["employer_id", "name", "ssm_no", "msic_section", "state", "size"],
        "vacancies": ["vacancy_id", "employer_id", "title", "masco_code", "field", "min_level", "essential_skills",
                      "optional_skills", "state", "salary_min", "salary_max", "openings", "posted_on", "closes_on"],
    ]

    @Test func datasetsAndColumnsAreExactlyTheContracts() {
        #expect(Set(TVETSchema.datasets.map(\.name)) == Set(Self.contractColumns.keys))
        for dataset in TVETSchema.datasets {
            #expect(dataset.columnNames == Self.contractColumns[dataset.name], "\(dataset.name)")
            #expect(dataset.primaryKey.name.hasSuffix("_id") && dataset.primaryKey.linksTo == nil)
        }
    }

    @Test func linksAreTheContractsAndPointToEarlierDatasets() {
        var links: [String] = []
        for (position, dataset) in TVETSchema.datasets.enumerated() {
            for column in dataset.links {
                let target = TVETSchema.dataset(named: column.linksTo!)
                #expect(target != nil)
                #expect(TVETSchema.datasets.firstIndex { $0.name == column.linksTo }! < position, "load order")
                links.append("\(dataset.name).\(column.name) -> \(column.linksTo!)")
            }
        }
        #expect(Set(links) == [
            "graduates.programme_id -> programmes", "programmes.institution_id -> institutions",
            "graduates.student_id -> students", "graduates.employer_id -> employers",
            "vacancies.employer_id -> employers", "certificates.student_id -> students",
            "students.programme_id -> programmes", "applications.programme_id -> programmes",
            "instructors.institution_id -> institutions",
        ])
        #expect(DatasetSchema.graduates.column(named: "programme_id")?.linkName == "programme")
    }

    @Test func personalDataIsFlaggedAndClassifiedAboveOpen() {
        let personal = TVETSchema.datasets.flatMap { d in d.columns.filter(\.personal).map { "\(d.name).\($0.name)" } }
        #expect(Set(personal) == [
            "instructors.no_ic", "instructors.name", "applications.no_ic", "applications.name", "students.no_ic",
            "students.name", "students.birth_date",
        ])
        for dataset in TVETSchema.datasets {
            for column in dataset.columns {
                #expect(column.classification >= dataset.classification)
                if column.personal { #expect(column.classification >= .terhad) }
                if column.rule == .myKad { #expect(column.classification >= .sulit) }
            }
        }
    }

    @Test func visibleColumnsFollowClearanceAndPersonalDataRights() {
        let students = DatasetSchema.students
        #expect(students.visibleColumns(clearance: .terbuka, personalData: true).isEmpty)
        let analyst = students.visibleColumns(clearance: .terhad, personalData: false).map(\.name)
        #expect(analyst == ["student_id", "gender", "state_of_origin", "programme_id", "intake_year", "status", "graduation_year"])
        let registrar = students.visibleColumns(clearance: .sulit, personalData: true).map(\.name)
        #expect(registrar == students.columnNames)
        #expect(DatasetSchema.institutions.visibleColumns(clearance: .terbuka, personalData: false).count == 8)
        #expect(!DatasetSchema.graduates.visibleColumns(clearance: .terhad, personalData: true).map(\.name).contains("monthly_salary"))
    }

    @Test func classificationsAreOrderedFromOpenToTopSecret() {
        #expect(Classification.allCases.map(\.rawValue) == ["TERBUKA", "TERHAD", "SULIT", "RAHSIA", "RAHSIA_BESAR"])
        #expect(Classification.terbuka < .terhad && Classification.rahsia < .rahsiaBesar)
    }

    @Test func valueSetsAreTheContracts() {
        #expect(ValueSet.state.codes.count == 16)
        #expect(ValueSet.state.contains("W.P. Kuala Lumpur") && !ValueSet.state.contains("Kuala Lumpur"))
        #expect(ValueSet.certificateType.codes == ["SKM", "DKM", "DLKM", "SVM", "DVM", "PROFESSIONAL"])
        #expect(ValueSet.graduateStatus.codes == ["EMPLOYED", "SELF_EMPLOYED", "FURTHER_STUDY", "UPSKILLING",
                                                  "AWAITING_PLACEMENT", "UNEMPLOYED"])
        #expect(ValueSet.studentStatus.codes == ["ACTIVE", "GRADUATED", "WITHDRAWN"])
        #expect(ValueSet.applicationStatus.codes == ["SUBMITTED", "OFFERED", "ACCEPTED", "REJECTED", "WITHDRAWN"])
        #expect(ValueSet.field.codes.count == 20)
        #expect(ValueSet.msicSection.codes.count == 21)
        for state in MalaysianState.allCases {
            #expect(state.birthPlaceCodes.allSatisfy(MyKad.isIssuedPlaceOfBirthCode))
            #expect(MalaysianState(birthPlaceCode: state.birthPlaceCodes[0]) == state)
        }
    }

    @Test func everyInstitutionTypeBelongsToOneMinistryAndTheyAreTwelvePlusPrivate() {
        let ministries = Set(InstitutionType.allCases.map(\.ministry))
        #expect(ministries == Set(Ministry.allCases))
        #expect(ministries.subtracting([.swasta]).count == 12)
    }
}

@Suite struct SchemaColumnarBridgeTests {
    @Test func everyDatasetBuildsAnEngineTableWithItsColumnsAndKey() throws {
        for dataset in TVETSchema.datasets {
            let (builder, columns) = dataset.makeTableBuilder()
            #expect(columns.count == dataset.columns.count)
            let table = try builder.build()
            #expect(table.columnNames == dataset.columnNames)
            #expect(table.primaryKey == dataset.primaryKey.name)
            #expect(table.rowCount == 0)
        }
        #expect(TVETSchema.links.count == 9)
        #expect(TVETSchema.links.contains { $0.description == "graduates.programme_id -> programmes" && $0.name == "programme" })
    }
}

@Suite struct SchemaPathTests {
    @Test func resolvesLinkedPathsAndRefusesUnknownOnes() {
        let state = TVETSchema.resolve(path: "programme.institution.state", from: .graduates)
        #expect(state?.column.name == "state")
        #expect(state?.datasets.map(\.name) == ["graduates", "programmes", "institutions"])
        #expect(TVETSchema.resolve(path: "student.no_ic", from: .graduates)?.column.personal == true)
        #expect(TVETSchema.resolve(path: "monthly_salary", from: .graduates)?.column.classification == .sulit)
        #expect(TVETSchema.resolve(path: "programme.feild", from: .graduates) == nil)
        #expect(TVETSchema.resolve(path: "institution.state", from: .graduates) == nil)
        #expect(TVETSchema.resolve(path: "", from: .graduates) == nil)
    }
}
