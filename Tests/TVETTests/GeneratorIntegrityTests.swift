import Foundation
import Testing
import TestSupport
@testable import SyntheticData
@testable import TVET

/// The generated files are whole: exact headers, valid values, resolving links, consistent people.
@Suite struct GeneratorIntegrityTests {
    let data: GeneratedDataset

    init() throws { data = try GeneratedDataset.shared.get() }

    @Test func headersAreTheContractsAndEveryRowIsValid() {
        for dataset in TVETSchema.datasets {
            #expect(data.checker.headers[dataset.fileName] == dataset.columnNames)
        }
        #expect(data.checker.problems.isEmpty, "\(data.checker.problems.prefix(10))")
        #expect(data.rows("graduates").count == GeneratedDataset.graduates)
    }

    @Test func graduatesAreGraduatedStudentsWithCertificates() {
        let students = Dictionary(uniqueKeysWithValues: data.rows("students").map { ($0["student_id"]!, $0) })
        let certified = Set(data.rows("certificates").map { $0["student_id"]! })
        for graduate in data.rows("graduates") {
            let student = students[graduate["student_id"]!]!
            #expect(student["status"] == "GRADUATED")
            #expect(student["graduation_year"] == graduate["graduation_year"])
            #expect(student["programme_id"] == graduate["programme_id"])
            #expect(certified.contains(graduate["student_id"]!))
        }
        for student in data.rows("students") {
            #expect((student["status"] == "GRADUATED") == !student["graduation_year"]!.isEmpty)
        }
    }

    @Test func everyPersonHasOneValidMyKadConsistentWithBirthDateAndGender() throws {
        var nameOf: [String: String] = [:]
        for student in data.rows("students") {
            let myKad = try MyKad.validate(student["no_ic"]!)
            #expect(myKad.isBorn(on: CivilDate(student["birth_date"]!)!))
            #expect(myKad.gender == student["gender"])
            #expect(nameOf.updateValue(student["name"]!, forKey: student["no_ic"]!) == nil, "a student's no_ic is reused")
        }
        for applicant in data.rows("applications") {
            let no = applicant["no_ic"]!
            if let name = nameOf[no] { #expect(name == applicant["name"]) } else { nameOf[no] = applicant["name"] }
        }
        for instructor in data.rows("instructors") {
            #expect(nameOf.updateValue(instructor["name"]!, forKey: instructor["no_ic"]!) == nil, "an instructor's no_ic is reused")
        }
    }

    @Test func outcomesAreConsistentWithStatus() {
        for graduate in data.rows("graduates") {
            let working = ["EMPLOYED", "SELF_EMPLOYED"].contains(graduate["status"]!)
            if !working {
                #expect(graduate["monthly_salary"]!.isEmpty && graduate["masco_code"]!.isEmpty && graduate["state_of_work"]!.isEmpty)
            }
            if graduate["status"] != "EMPLOYED" { #expect(graduate["employer_id"]!.isEmpty) }
            if working { #expect(!graduate["state_of_work"]!.isEmpty) }
        }
    }

    @Test func acceptedApplicationsAreTheStudentsEnrolment() {
        let enrolled = Set(data.rows("students").map { "\($0["no_ic"]!)|\($0["programme_id"]!)|\($0["intake_year"]!)" })
        let accepted = data.rows("applications").filter { $0["status"] == "ACCEPTED" }
        #expect(!accepted.isEmpty)
        for application in accepted {
            #expect(enrolled.contains("\(application["no_ic"]!)|\(application["programme_id"]!)|\(application["intake"]!)"))
        }
        let asOf = data.options.asOf
        #expect(data.rows("applications").allSatisfy { CivilDate($0["submitted_on"]!)! <= asOf })
    }

    @Test func vacanciesHaveTheirSkillsAndSaneDates() {
        for vacancy in data.rows("vacancies") {
            let essential = vacancy["essential_skills"]!.split(separator: ";").count
            let optional = vacancy["optional_skills"]!.split(separator: ";").count
            #expect((3...8).contains(essential) && (1...5).contains(optional))
            #expect(Double(vacancy["salary_min"]!)! <= Double(vacancy["salary_max"]!)!)
            #expect(CivilDate(vacancy["posted_on"]!)! < CivilDate(vacancy["closes_on"]!)!)
            #expect(CivilDate(vacancy["posted_on"]!)! <= data.options.asOf)
        }
    }

    @Test func theNationalInstitutionStructureIsAbout1300Under12Ministries() {
        let total = InstitutionProfile.all.map(\.nationalCount).reduce(0, +)
        #expect((1_250...1_350).contains(total))
        #expect(Set(InstitutionProfile.all.map(\.type)) == Set(InstitutionType.allCases))
        #expect(data.summary.ministries == 13)
    }
}
