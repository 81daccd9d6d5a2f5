import TVET
/// Institutions, their programmes and their instructors.
extension NationalDatasetGenerator {
    mutating func generateInstitutions() {
        var random = RandomSource(seed: options.seed, stream: "institutions")
        let publicChoice = WeightedChoice(MalaysianState.allCases.map { Double($0.census2020Population) })
        // Private centres follow the market: half population, half industry.
        let totalPopulation = Double(MalaysianState.allCases.map(\.census2020Population).reduce(0, +))
        let totalIndustry = MalaysianState.allCases.map(Calibration.employerWeight(state:)).reduce(0, +)
        let privateChoice = WeightedChoice(MalaysianState.allCases.map {
            0.5 * Double($0.census2020Population) / totalPopulation + 0.5 * Calibration.employerWeight(state: $0) / totalIndustry
        })
        var usedNames = Set<String>()
        for profile in InstitutionProfile.all {
            let count = max(1, Int((Double(profile.nationalCount) * options.institutionScale).rounded()))
            let fieldChoice = WeightedChoice(profile.fields.map(\.1))
            let levelChoice = WeightedChoice(profile.levels)
            for _ in 0..<count {
                let isPrivate = profile.type == .pusatBertauliah
                let state = MalaysianState.allCases[(isPrivate ? privateChoice : publicChoice).draw(&random)]
                let districts = Places.districts(of: state)
                let district = districts[WeightedChoice(districts.indices.map { $0 == 0 ? 2.0 : 1.0 }).draw(&random)]
                let institution = dataset.institutions.count
                let programmeCount = random.int(profile.programmes)
                var fields: [TVETField] = []
                for _ in 0..<programmeCount {
                    let field = profile.fields[fieldChoice.draw(&random)].0
                    let level = levelChoice.draw(&random) + 1
                    fields.append(field)
                    dataset.programmes.append(
                        programme(institution: institution, profile: profile, field: field, level: level, random: &random))
                }
                var name = isPrivate
                    ? privateCentreName(field: fields[0], random: &random)
                    : profile.namePattern.replacing("%", with: district.name)
                var campus = 2
                let base = name
                while !usedNames.insert(name).inserted {
                    name = "\(base), Kampus \(campus)"
                    campus += 1
                }
                dataset.institutions.append(
                    InstitutionRecord(
                        name: name, type: profile.type, state: state, district: district,
                        latitude: district.latitude + (random.unit() - 0.5) * 0.08,
                        longitude: district.longitude + (random.unit() - 0.5) * 0.08))
            }
        }
    }

    private func programme(
        institution: Int, profile: InstitutionProfile, field: TVETField, level: Int, random: inout RandomSource
    ) -> ProgrammeRecord {
        let titles = Self.programmeTitles(field)
        let title = random.pick(titles)
        let suffix: String
        switch (profile.type, level) {
        case (.kolejVokasional, 3): suffix = "Sijil Vokasional Malaysia"
        case (.kolejVokasional, _): suffix = "Diploma Vokasional Malaysia"
        case (.politeknik, 4), (.kolejKesihatan, 4), (.kolejKomuniti, 4): suffix = "Diploma"
        case (_, 4): suffix = "DKM"
        case (_, 5): suffix = "DLKM"
        default: suffix = "SKM Tahap \(level)"
        }
        let durations: [Int] = [[6], [12], [12, 18, 24], [30, 36], [18, 24]][level - 1]
        // Polytechnic and health diplomas are accredited by MQA, not built on a NOSS.
        let noss: String? =
            [.politeknik, .kolejKesihatan].contains(profile.type)
            ? nil
            : "\(Calibration.nossArea(field))-\(Self.threeDigits(random.int(1...120)))-\(level):\(random.pick([2012, 2014, 2016, 2018, 2020, 2022]))"
        return ProgrammeRecord(
            institution: institution, name: "\(title) (\(suffix))", field: field, nossCode: noss, level: level,
            durationMonths: random.pick(durations),
            seats: max(3, Int((Double(random.int(profile.seats)) * options.seatScale).rounded())))
    }

    private func privateCentreName(field: TVETField, random: inout RandomSource) -> String {
        let word = Self.privateFieldWords(field)
        let kind = random.pick(["Academy", "Training Centre", "Skills Centre", "Institute", "College"])
        return "\(random.pick(EmployerNames.prefixes)) \(random.pick(word)) \(kind) Sdn. Bhd."
    }

    mutating func generateInstructors() {
        var random = RandomSource(seed: options.seed, stream: "instructors")
        let institutions = dataset.institutions
        var programmesOf = [[Int]](repeating: [], count: institutions.count)
        var seatsOf = [Double](repeating: 0, count: institutions.count)
        for (index, programme) in dataset.programmes.enumerated() {
            programmesOf[programme.institution].append(index)
            seatsOf[programme.institution] += Double(programme.seats)
        }
        let total = max(institutions.count, options.graduates / 40)
        let choice = WeightedChoice(seatsOf)
        let profiles = Dictionary(uniqueKeysWithValues: InstitutionProfile.all.map { ($0.type, $0) })
        for n in 0..<total {
            let institution = n < institutions.count ? n : choice.draw(&random)
            let profile = profiles[institutions[institution].type]!
            let field = dataset.programmes[random.pick(programmesOf[institution])].field
            let qualification = WeightedChoice(profile.instructorQualifications).draw(&random) + 3
            let experience = min(38, Int(random.logNormal(median: 8, sigma: 0.6)))
            let age = 23 + experience + random.int(0...8)
            let state =
                random.chance(0.6) ? institutions[institution].state : people.populationWeightedState(&random)
            let person = people.person(
                female: random.chance(min(0.85, Calibration.femaleShare(field: field) + 0.1)),
                birthDate: randomBirthDate(year: options.asOf.year - age, random: &random), stateOfOrigin: state,
                random: &random)
            let vtoShare = profile.type.ministry == .kesuma ? 0.8 : 0.6
            dataset.instructors.append(
                InstructorRecord(
                    person: person, institution: institution, field: field, qualificationLevel: qualification,
                    vtoCertified: random.chance(vtoShare), yearsExperience: experience))
        }
    }

    func randomBirthDate(year: Int, random: inout RandomSource) -> CivilDate {
        CivilDate(year: year, month: 1, day: 1)!.adding(days: random.int(0...(CivilDate.isLeap(year) ? 365 : 364)))
    }

    static func threeDigits(_ value: Int) -> String { value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)" }

    static func programmeTitles(_ field: TVETField) -> [String] {
        switch field {
        case .electrical: ["Teknologi Elektrik", "Pendawaian Elektrik", "Kejuruteraan Elektrik"]
        case .electronics: ["Teknologi Elektronik", "Kejuruteraan Elektronik", "Elektronik Industri"]
        case .mechanical: ["Kejuruteraan Mekanikal", "Teknologi Mekanikal", "Penyenggaraan Mekanikal"]
        case .manufacturing: ["Teknologi Pemesinan", "Pemesinan CNC", "Kejuruteraan Pembuatan"]
        case .ict: ["Teknologi Maklumat", "Sistem Rangkaian Komputer", "Pembangunan Aplikasi"]
        case .automotive: ["Teknologi Automotif", "Servis Kenderaan Ringan", "Kejuruteraan Automotif"]
        case .hospitality: ["Pengurusan Hotel", "Operasi Pelancongan", "Perkhidmatan Hospitaliti"]
        case .culinary: ["Seni Kulinari", "Pastri dan Bakeri", "Pemprosesan Makanan"]
        case .agriculture: ["Agroteknologi", "Pengurusan Ladang", "Akuakultur"]
        case .construction: ["Teknologi Pembinaan", "Pembinaan Bangunan", "Perkhidmatan Bangunan"]
        case .welding: ["Teknologi Kimpalan", "Fabrikasi Logam", "Kimpalan Arka"]
        case .oilGas: ["Operasi Minyak dan Gas", "Teknologi Petrokimia", "Operasi Loji Proses"]
        case .aviation: ["Penyenggaraan Pesawat", "Teknologi Penerbangan", "Avionik"]
        case .marine: ["Kejuruteraan Marin", "Pembinaan Kapal", "Operasi Marin"]
        case .fashion: ["Rekaan Fesyen", "Jahitan Pakaian", "Teknologi Tekstil"]
        case .beauty: ["Terapi Kecantikan", "Dandanan Rambut", "Terapi Spa"]
        case .healthcare: ["Pembantu Perubatan", "Teknologi Makmal Perubatan", "Penjagaan Kesihatan"]
        case .creativeMedia: ["Multimedia Kreatif", "Animasi", "Reka Bentuk Grafik"]
        case .business: ["Pengurusan Perniagaan", "Perakaunan", "Pentadbiran Pejabat"]
        case .rac: ["Penyejukan dan Penyamanan Udara", "Teknologi HVAC", "Penyamanan Udara"]
        }
    }

    static func privateFieldWords(_ field: TVETField) -> [String] {
        switch field {
        case .electrical: ["Electrical", "Power"]
        case .electronics: ["Electronics", "Microtech"]
        case .mechanical: ["Mechanical", "Engineering"]
        case .manufacturing: ["Precision", "Manufacturing"]
        case .ict: ["Digital", "Computer", "Cyber"]
        case .automotive: ["Automotive", "Motor"]
        case .hospitality: ["Hospitality", "Tourism"]
        case .culinary: ["Culinary", "Bakery"]
        case .agriculture: ["Agro", "Agrotech"]
        case .construction: ["Construction", "Building"]
        case .welding: ["Welding", "Fabrication"]
        case .oilGas: ["Petroleum", "Offshore"]
        case .aviation: ["Aviation", "Aerospace"]
        case .marine: ["Maritime", "Marine"]
        case .fashion: ["Fashion", "Tailoring"]
        case .beauty: ["Beauty", "Spa"]
        case .healthcare: ["Healthcare", "Caregiver"]
        case .creativeMedia: ["Creative", "Animation"]
        case .business: ["Business", "Accounting"]
        case .rac: ["Aircond", "Cooling"]
        }
    }
}
