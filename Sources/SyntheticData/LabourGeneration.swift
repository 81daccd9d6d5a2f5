import TVET
/// Employers and their vacancies.
extension NationalDatasetGenerator {
    mutating func generateEmployers() {
        var random = RandomSource(seed: options.seed, stream: "employers")
        let states = MalaysianState.allCases, sections = MSICSection.allCases
        let sectionChoice = WeightedChoice(sections.map(Calibration.employerWeight(section:)))
        let sizes = ["MICRO", "SMALL", "MEDIUM", "LARGE"]
        let sizeChoice = WeightedChoice([30, 38, 22, 10])
        var serials = Set<Int>()
        for _ in 0..<options.employerCount {
            let section = sections[sectionChoice.draw(&random)]
            let state = states[industryStateChoice.draw(&random)]
            let size = sizes[sizeChoice.draw(&random)]
            let business = size == "MICRO" && random.chance(0.5)
            let suffix = business ? "Enterprise" : size == "LARGE" && random.chance(0.4) ? "Berhad" : "Sdn. Bhd."
            let fieldWord = Self.privateFieldWords(section.primaryField).first!
            let name = "\(random.pick(EmployerNames.prefixes)) \(random.pick(EmployerNames.seconds)) \(fieldWord) \(suffix)"
            var serial = random.int(100_000...999_999)
            while !serials.insert(serial).inserted { serial = random.int(100_000...999_999) }
            // SSM's 12-digit number: year of registration, entity type (01 company, 03 business), serial.
            let ssm = "\(random.int(1990...options.asOf.year - 1))\(business ? "03" : "01")\(serial)"
            dataset.employers.append(EmployerRecord(name: name, ssmNumber: ssm, section: section, state: state, size: size))
        }
        for (index, employer) in dataset.employers.enumerated() {
            for (field, _) in Calibration.fields(of: employer.section) {
                employersByStateAndField[StateField(state: employer.state, field: field), default: []].append(index)
            }
            employersByState[employer.state, default: []].append(index)
        }
    }

    /// An employer in `state` that recruits from `field` when there is one, else any employer in the state.
    func employerFor(field: TVETField, state: MalaysianState, random: inout RandomSource) -> Int? {
        if let matching = employersByStateAndField[StateField(state: state, field: field)], random.chance(0.8) {
            return random.pick(matching)
        }
        return employersByState[state].map { random.pick($0) }
    }

    mutating func generateVacancies() {
        var random = RandomSource(seed: options.seed, stream: "vacancies")
        let sizeWeight: [String: Double] = ["MICRO": 1, "SMALL": 2, "MEDIUM": 4, "LARGE": 8]
        let employerChoice = WeightedChoice(dataset.employers.map { sizeWeight[$0.size]! })
        let levelChoice = WeightedChoice([12, 28, 35, 18, 7])
        let states = MalaysianState.allCases
        let total = options.vacancyCount
        for index in 0..<total {
            if index % 50_000 == 0 { progress("vacancies", index, total) }
            let employerIndex = employerChoice.draw(&random)
            let employer = dataset.employers[employerIndex]
            let fields = Calibration.fields(of: employer.section)
            let field = fields[WeightedChoice(fields.map(\.1)).draw(&random)].0
            let minLevel = levelChoice.draw(&random) + 1
            let occupation = random.pick(Occupations.of(field))
            let title = minLevel == 5 ? "Senior \(occupation.title.en)" : minLevel == 1 ? "Assistant \(occupation.title.en)" : occupation.title.en
            let skills = skillPicker.vacancySkills(field: field, minLevel: minLevel, masco: occupation.code, random: &random)
            let state = random.chance(0.85) ? employer.state : states[industryStateChoice.draw(&random)]
            let median = Calibration.medianSalaryByLevel[minLevel - 1] * Calibration.salaryFactor(state: state)
                * Calibration.salaryFactor(field: field)
            let salaryMin = ((median * (0.85 + 0.15 * random.unit())) / 50).rounded() * 50
            let salaryMax = ((salaryMin * (1.2 + 0.4 * random.unit())) / 50).rounded() * 50
            // No more openings than a firm of the employer's size employs (`OpeningsBySize`): a micro firm hires a few.
            let drawn = 1 + random.geometric(success: employer.size == "LARGE" ? 0.25 : 0.5, cap: 30)
            let openings = min(drawn, OpeningsBySize.maximum(size: employer.size) ?? drawn)
            // Most postings are recent; older ones have closed.
            let age = random.chance(0.6) ? random.int(0...60) : random.int(61...540)
            let posted = options.asOf.adding(days: -age)
            dataset.vacancies.append(
                VacancyRecord(
                    employer: employerIndex, title: title, mascoCode: occupation.code, field: field, minLevel: minLevel,
                    essentialSkills: skills.essential, optionalSkills: skills.optional, state: state,
                    salaryMin: salaryMin, salaryMax: salaryMax, openings: openings, postedOn: posted,
                    closesOn: posted.adding(days: random.pick([30, 45, 60, 90]))))
        }
    }
}

extension MSICSection {
    /// The field an industry recruits from most.
    var primaryField: TVETField { Calibration.fields(of: self).max { $0.1 < $1.1 }!.0 }
}

/// Words for synthetic company names.
enum EmployerNames {
    static let prefixes = [
        "Maju", "Jaya", "Sinar", "Bintang", "Cahaya", "Mega", "Prima", "Global", "Setia", "Gemilang", "Perkasa",
        "Harmoni", "Teguh", "Mutiara", "Puncak", "Suria", "Intan", "Delima", "Nusantara", "Berjaya", "Hikmah", "Andalas",
        "Bestari", "Cemerlang", "Dinamik", "Erat", "Fajar", "Gagah", "Hebat", "Indah", "Kencana", "Lestari", "Murni",
    ]
    static let seconds = [
        "Timur", "Barat", "Utara", "Selatan", "Raya", "Bersatu", "Holdings", "Resources", "Industries", "Ventures",
        "Teknik", "Wawasan", "Abadi", "Sejahtera", "Makmur", "Asia", "Pasifik", "Kinabalu", "Borneo", "Semenanjung",
    ]
}
