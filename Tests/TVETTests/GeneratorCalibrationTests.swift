import Testing
import TestSupport
@testable import SyntheticData
@testable import TVET

/// The headline distributions fall where docs/DATA.md says they do.
@Suite struct GeneratorCalibrationTests {
    let data: GeneratedDataset

    init() throws { data = try GeneratedDataset.shared.get() }

    func share<T>(_ rows: [[String: String]], _ predicate: ([String: String]) -> Bool, of subset: ([String: String]) -> T = { _ in true }) -> Double {
        guard !rows.isEmpty else { return 0 }
        return Double(rows.filter(predicate).count) / Double(rows.count)
    }

    @Test func employabilityRisesFromTheMid80sToTheLow90sWithA2020Dip() {
        let employable: Set<String> = ["EMPLOYED", "SELF_EMPLOYED", "FURTHER_STUDY", "UPSKILLING", "AWAITING_PLACEMENT"]
        var rates: [Int: Double] = [:]
        for year in data.options.graduationYears {
            let cohort = data.rows("graduates").filter { $0["graduation_year"] == String(year) }
            rates[year] = share(cohort, { employable.contains($0["status"]!) })
            #expect(abs(rates[year]! - Calibration.employability(year: year)) < 0.03, "\(year): \(rates[year]!)")
        }
        #expect((0.82...0.88).contains(rates[2016]!) && (0.89...0.95).contains(rates[2025]!))
        #expect(rates[2020]! < rates[2019]! - 0.03 && rates[2020]! < rates[2021]!)
    }

    @Test func startingSalariesByLevelMatchTheTargetsWithALongRightTail() {
        let latest = String(data.options.graduationYears.upperBound)
        let level = Dictionary(uniqueKeysWithValues: data.rows("programmes").map { ($0["programme_id"]!, Int($0["level"]!)!) })
        var salaries = [[Double]](repeating: [], count: 6)
        for graduate in data.rows("graduates") where graduate["graduation_year"] == latest {
            if let salary = Double(graduate["monthly_salary"]!) { salaries[level[graduate["programme_id"]!]!].append(salary) }
        }
        for l in 1...5 {
            let sorted = salaries[l].sorted()
            let median = GenerationSummary.median(sorted)!
            #expect(abs(median / Calibration.medianSalaryByLevel[l - 1] - 1) < 0.07, "level \(l): \(median)")
            if sorted.count > 100 {
                let mean = sorted.reduce(0, +) / Double(sorted.count)
                #expect(mean > median, "right-skewed")
                #expect(sorted[sorted.count * 99 / 100] > 1.8 * median, "long right tail")
            }
        }
    }

    @Test func skmLevelsWeighTowardsTwoAndThree() {
        let skm = data.rows("certificates").filter { $0["type"] == "SKM" }
        #expect(share(skm, { ["2", "3"].contains($0["level"]!) }) > 0.7)
    }

    @Test func studentsComeFromStatesInProportionToPopulation() {
        let students = data.rows("students")
        let total = Double(MalaysianState.allCases.map(\.census2020Population).reduce(0, +))
        for state in MalaysianState.allCases {
            let observed = share(students, { $0["state_of_origin"] == state.name })
            #expect(abs(observed - Double(state.census2020Population) / total) < 0.035, "\(state.name): \(observed)")
        }
    }

    @Test func vacanciesConcentrateWhereIndustryIsAndSomeHaveClosed() {
        let vacancies = data.rows("vacancies")
        let hubs: Set<String> = ["Selangor", "Johor", "Pulau Pinang", "W.P. Kuala Lumpur"]
        #expect(share(vacancies, { hubs.contains($0["state"]!) }) > 0.55)
        let closed = share(vacancies, { CivilDate($0["closes_on"]!)! < data.options.asOf })
        #expect((0.3...0.7).contains(closed))
    }

    @Test func genderMixesDifferByField() {
        let field = Dictionary(uniqueKeysWithValues: data.rows("programmes").map { ($0["programme_id"]!, $0["field"]!) })
        func femaleShare(_ f: String) -> Double {
            share(data.rows("students").filter { field[$0["programme_id"]!] == f }, { $0["gender"] == "F" })
        }
        #expect(femaleShare("BEAUTY") > 0.8 && femaleShare("FASHION") > 0.7)
        #expect(femaleShare("WELDING") < 0.1 && femaleShare("AUTOMOTIVE") < 0.12)
    }

    @Test func graduateSkillsComeMostlyFromTheirField() throws {
        let taxonomy = try ProjectFiles.taxonomy()
        let field = Dictionary(uniqueKeysWithValues: data.rows("programmes").map { ($0["programme_id"]!, $0["field"]!) })
        var own = 0, all = 0
        for graduate in data.rows("graduates") {
            for id in graduate["skills"]!.split(separator: ";") {
                all += 1
                if taxonomy.skill(id: String(id))!.field == field[graduate["programme_id"]!] { own += 1 }
            }
        }
        #expect(Double(own) / Double(all) > 0.6)
    }

    @Test func popularProgrammesHaveMoreApplicationsThanSeats() {
        let seats = Dictionary(uniqueKeysWithValues: data.rows("programmes").map { ($0["programme_id"]!, Int($0["seats"]!)!) })
        var applications: [String: Int] = [:]
        let intake = String(data.options.asOf.year)
        for application in data.rows("applications") where application["intake"] == intake {
            applications[application["programme_id"]!, default: 0] += 1
        }
        let oversubscribed = applications.filter { $0.value > seats[$0.key]! }.count
        #expect(Double(oversubscribed) / Double(applications.count) > 0.2)
    }
}
