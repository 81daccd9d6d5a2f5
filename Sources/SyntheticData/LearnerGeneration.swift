import TVET
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Students, graduates and their certificates.
extension NationalDatasetGenerator {
    mutating func generateGraduates() {
        var random = RandomSource(seed: options.seed, stream: "graduates")
        let years = Array(options.graduationYears)
        let yearChoice = WeightedChoice(years.map { ($0 == 2020 ? 0.93 : 1.0) * (1 + 0.03 * Double($0 - years[0])) })
        let programmeChoice = WeightedChoice(dataset.programmes.map { Double($0.seats) })
        let n = options.graduates
        var plans: [(programme: Int, year: Int)] = []
        plans.reserveCapacity(n)
        // Centre the differences by field, level and state per year, so that the national rate is the calibrated one.
        var shiftSum = [Int: Double](), shiftCount = [Int: Double]()
        for _ in 0..<n {
            let plan = (programme: programmeChoice.draw(&random), year: years[yearChoice.draw(&random)])
            plans.append(plan)
            shiftSum[plan.year, default: 0] += employabilityShift(plan)
            shiftCount[plan.year, default: 0] += 1
        }
        var students: [StudentRecord] = []
        students.reserveCapacity(n + options.withdrawnStudents + options.activeStudents)
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(n)
        for (index, plan) in plans.enumerated() {
            if index % 50_000 == 0 { progress("graduates", index, n) }
            let programme = dataset.programmes[plan.programme]
            students.append(
                student(programme: plan.programme, intakeYear: plan.year - programme.years, status: "GRADUATED",
                        graduationYear: plan.year, random: &random))
            let centre = shiftSum[plan.year]! / shiftCount[plan.year]!
            let employable = Calibration.employability(year: plan.year) + employabilityShift(plan) - centre
            outcomes.append(outcome(plan: plan, employable: employable, origin: students[index].person.stateOfOrigin, random: &random))
        }
        let salaries = drawSalaries(plans: plans, outcomes: outcomes, random: &random)
        for (index, plan) in plans.enumerated() {
            let programme = dataset.programmes[plan.programme]
            let outcome = outcomes[index]
            dataset.graduates.append(
                GraduateRecord(
                    student: index, programme: plan.programme, year: plan.year, status: outcome.status,
                    employer: outcome.employer, mascoCode: outcome.mascoCode, salary: salaries[index],
                    monthsToEmployment: outcome.monthsToEmployment, stateOfWork: outcome.stateOfWork,
                    skills: skillPicker.graduateSkills(
                        field: programme.field, level: programme.level, masco: dataset.targetOccupations[plan.programme],
                        random: &random),
                    willingToRelocate: random.chance(0.45),
                    openToMatching: random.chance(["AWAITING_PLACEMENT", "UNEMPLOYED"].contains(outcome.status) ? 0.9 : 0.25)))
            addCertificates(graduate: index, plan: plan, random: &random)
        }
        addNonGraduates(to: &students, random: &random)
        dataset.students = students
    }

    private func employabilityShift(_ plan: (programme: Int, year: Int)) -> Double {
        let programme = dataset.programmes[plan.programme]
        let state = dataset.institutions[programme.institution].state
        return Calibration.employabilityShift(level: programme.level, field: programme.field, state: state, year: plan.year)
    }

    private struct Outcome {
        var status: String
        var employer: Int? = nil
        var mascoCode: String? = nil
        var monthsToEmployment: Int? = nil
        var stateOfWork: MalaysianState? = nil
    }

    private func outcome(
        plan: (programme: Int, year: Int), employable: Double, origin: MalaysianState, random: inout RandomSource
    ) -> Outcome {
        guard random.chance(employable) else { return Outcome(status: "UNEMPLOYED") }
        let status = Calibration.employableStatuses[employableStatusChoice.draw(&random)].0
        guard status == "EMPLOYED" || status == "SELF_EMPLOYED" else { return Outcome(status: status) }
        let programme = dataset.programmes[plan.programme]
        let campus = dataset.institutions[programme.institution].state
        let draw = random.unit()
        let state = draw < 0.55 ? campus : draw < 0.75 ? origin : MalaysianState.allCases[industryStateChoice.draw(&random)]
        // Most work in their field; some in another field's occupation.
        let occupationField = random.chance(0.85) ? programme.field : random.pick(TVETField.allCases)
        let masco = occupationField == programme.field && random.chance(0.7)
            ? dataset.targetOccupations[plan.programme] : random.pick(Occupations.of(occupationField)).code
        var result = Outcome(
            status: status, mascoCode: masco,
            monthsToEmployment: random.geometric(success: 0.35, cap: 24), stateOfWork: state)
        if status == "EMPLOYED" && random.chance(0.9) {
            result.employer = employerFor(field: programme.field, state: state, random: &random)
            if let employer = result.employer { result.stateOfWork = dataset.employers[employer].state }
        }
        return result
    }

    private func drawSalaries(
        plans: [(programme: Int, year: Int)], outcomes: [Outcome], random: inout RandomSource
    ) -> [Double?] {
        func logFactor(_ index: Int) -> Double {
            let field = dataset.programmes[plans[index].programme].field
            return log(Calibration.salaryFactor(field: field) * Calibration.salaryFactor(state: outcomes[index].stateOfWork!))
        }
        let salaried = plans.indices.filter { outcomes[$0].stateOfWork != nil }
        // Centre the field and state factors per level so the national median by level is the calibrated one.
        var sum = [Double](repeating: 0, count: 6), count = [Double](repeating: 0, count: 6)
        for index in salaried {
            let level = dataset.programmes[plans[index].programme].level
            sum[level] += logFactor(index)
            count[level] += 1
        }
        var salaries = [Double?](repeating: nil, count: plans.count)
        let lastYear = options.graduationYears.upperBound
        for index in salaried where random.chance(0.96) {
            let level = dataset.programmes[plans[index].programme].level
            let base = Calibration.medianSalaryByLevel[level - 1]
                * pow(Calibration.salaryGrowth, Double(plans[index].year - lastYear))
                * exp(logFactor(index) - sum[level] / max(1, count[level]))
            let selfEmployed = outcomes[index].status == "SELF_EMPLOYED"
            let salary = random.logNormal(
                median: base * (selfEmployed ? 0.95 : 1), sigma: Calibration.salarySigma * (selfEmployed ? 1.5 : 1))
            salaries[index] = max(300, (salary / 10).rounded() * 10)
        }
        return salaries
    }

    mutating func student(
        programme: Int, intakeYear: Int, status: String, graduationYear: Int?, random: inout RandomSource
    ) -> StudentRecord {
        let record = dataset.programmes[programme]
        let campus = dataset.institutions[record.institution].state
        let origin = random.chance(0.7) ? campus : people.populationWeightedState(&random)
        // Most enrol straight after school (SPM at 17); some are adult learners.
        let age = random.chance(0.08) ? random.int(22...45) : 17 + random.geometric(success: 0.55, cap: 6)
        let person = people.person(
            female: random.chance(Calibration.femaleShare(field: record.field)),
            birthDate: randomBirthDate(year: intakeYear - age, random: &random), stateOfOrigin: origin, random: &random)
        return StudentRecord(
            person: person, programme: programme, intakeYear: intakeYear, status: status, graduationYear: graduationYear)
    }

    private mutating func addNonGraduates(to students: inout [StudentRecord], random: inout RandomSource) {
        let programmeChoice = WeightedChoice(dataset.programmes.map { Double($0.seats) })
        let years = options.graduationYears
        for _ in 0..<options.withdrawnStudents {
            let programme = programmeChoice.draw(&random)
            students.append(
                student(programme: programme, intakeYear: random.int((years.lowerBound - 2)...(years.upperBound)),
                        status: "WITHDRAWN", graduationYear: nil, random: &random))
        }
        for _ in 0..<options.activeStudents {
            let programme = programmeChoice.draw(&random)
            // Enrolled recently enough not to have finished by the last graduation year.
            let intake = options.asOf.year - random.int(0...(dataset.programmes[programme].years - 1))
            students.append(
                student(programme: programme, intakeYear: intake, status: "ACTIVE", graduationYear: nil, random: &random))
        }
    }

    private mutating func addCertificates(graduate: Int, plan: (programme: Int, year: Int), random: inout RandomSource) {
        let programme = dataset.programmes[plan.programme]
        let type = dataset.institutions[programme.institution].type
        let issued = CivilDate(year: plan.year, month: random.int(6...12), day: random.int(1...28))!
        func add(_ certificateType: String, _ level: Int?, _ noss: String?, _ date: CivilDate) {
            dataset.certificates.append(
                CertificateRecord(
                    student: graduate, type: certificateType, level: level, nossCode: noss, field: programme.field,
                    issuedOn: date))
        }
        func noss(atLevel level: Int) -> String? {
            guard let code = programme.nossCode else { return nil }
            return String(code.prefix(7)) + "\(level)" + String(code.dropFirst(8))
        }
        let earlier = issued.adding(days: -365)
        switch (type, programme.level) {
        case (.kolejVokasional, 3): add("SVM", 3, nil, issued)
        case (.kolejVokasional, _):
            add("DVM", 4, nil, issued)
            if random.chance(0.7) { add("SKM", 3, noss(atLevel: 3), earlier) }
        case (_, 4): add("DKM", 4, programme.nossCode, issued)
            if programme.nossCode != nil && random.chance(0.3) { add("SKM", 3, noss(atLevel: 3), earlier) }
        case (_, 5): add("DLKM", 5, programme.nossCode, issued)
            if random.chance(0.5) { add("DKM", 4, noss(atLevel: 4), earlier) }
        case (_, let level):
            add("SKM", level, programme.nossCode, issued)
            if level >= 2 && random.chance(0.55) { add("SKM", level - 1, noss(atLevel: level - 1), earlier) }
        }
        let professional = issued.adding(days: random.int(90...700))
        if random.chance(0.06) && professional <= options.asOf { add("PROFESSIONAL", nil, nil, professional) }
    }
}
