import TVET
/// Makes synthetic people: a name in their community's convention and a valid MyKad number unique in the dataset,
/// consistent with their birth date, state of birth and gender.
struct PeopleFactory {
    private var issued = Set<UInt64>()
    private let communityChoice: [WeightedChoice]
    private let stateChoice: WeightedChoice

    init() {
        communityChoice = MalaysianState.allCases.map { WeightedChoice(PersonNames.communityWeights($0)) }
        stateChoice = WeightedChoice(MalaysianState.allCases.map { Double($0.census2020Population) })
    }

    /// A state drawn in proportion to population (2020 census).
    func populationWeightedState(_ random: inout RandomSource) -> MalaysianState {
        MalaysianState.allCases[stateChoice.draw(&random)]
    }

    mutating func person(
        female: Bool, birthDate: CivilDate, stateOfOrigin: MalaysianState, random: inout RandomSource
    ) -> PersonRecord {
        let community = PersonNames.Community.allCases[communityChoice[stateOfOrigin.rawValue - 1].draw(&random)]
        let name = PersonNames.name(community: community, female: female, random: &random)
        // Most people carry their state's primary code (01-16); some the later series, a few were born abroad.
        let codes = stateOfOrigin.birthPlaceCodes
        let placeCode: Int
        let draw = random.unit()
        if draw < 0.004 {
            placeCode = random.pick([60, 61, 62, 63, 65, 66, 71, 74, 82, 83])
        } else if draw < 0.12 && codes.count > 1 {
            placeCode = random.pick(Array(codes.dropFirst()))
        } else {
            placeCode = codes[0]
        }
        let myKad = uniqueMyKad(birthDate: birthDate, placeCode: placeCode, female: female, random: &random)
        return PersonRecord(myKad: myKad, name: name, female: female, birthDate: birthDate, stateOfOrigin: stateOfOrigin)
    }

    private mutating func uniqueMyKad(
        birthDate: CivilDate, placeCode: Int, female: Bool, random: inout RandomSource
    ) -> String {
        while true {
            // The last digit is odd for men and even for women.
            var sequence = random.int(0...9999)
            if (sequence % 2 == 1) == female { sequence = sequence ^ 1 }
            let text = MyKad.compose(birthDate: birthDate, placeOfBirthCode: placeCode, sequence: sequence)
            if issued.insert(UInt64(text)!).inserted { return text }
        }
    }
}
