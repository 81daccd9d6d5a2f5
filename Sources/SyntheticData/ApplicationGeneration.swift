import TVET
/// UP_TVET applications: placed students' choices, applicants who were not placed, and the coming intake's pending ones.
extension NationalDatasetGenerator {
    mutating func generateApplications() {
        var random = RandomSource(seed: options.seed, stream: "applications")
        let prestige: [InstitutionType: Double] = [.politeknik: 1.5, .adtec: 1.5, .jmti: 1.5, .kktm: 1.4, .ikm: 1.2]
        let choice = WeightedChoice(dataset.programmes.map {
            Double($0.seats) * Calibration.applicationPopularity(field: $0.field)
                * (prestige[dataset.institutions[$0.institution].type] ?? 1)
        })
        let year = options.asOf.year
        let recent = (year - 2)...year
        var placed = 0
        for student in dataset.students where recent.contains(student.intakeYear) {
            placed += 1
            let choices = random.int(1...3)
            let acceptedRank = min(choices, 1 + random.geometric(success: 0.6, cap: 2))
            var chosen: Set<Int> = [student.programme]
            for rank in 1...choices {
                let status = rank < acceptedRank ? "REJECTED" : rank == acceptedRank ? "ACCEPTED" : "WITHDRAWN"
                let programme = rank == acceptedRank ? student.programme : another(choice, besides: &chosen, random: &random)
                guard let programme else { continue }
                append(student.person, intake: student.intakeYear, programme: programme, rank: rank, status: status, random: &random)
            }
        }
        let unplaced = Int(Double(placed) * options.unplacedApplicantsPerPlaced)
        for index in 0..<(unplaced + options.pendingApplicants) {
            let pending = index >= unplaced
            let intake = pending ? year + 1 : random.int(recent)
            let person = applicant(intake: intake, random: &random)
            let choices = random.int(1...3)
            let withdrew = !pending && random.chance(0.08)
            let offeredRank = !pending && !withdrew && random.chance(0.25) ? random.int(1...choices) : 0
            var chosen: Set<Int> = []
            for rank in 1...choices {
                let status = pending ? "SUBMITTED" : withdrew ? "WITHDRAWN" : rank == offeredRank ? "OFFERED" : "REJECTED"
                guard let programme = another(choice, besides: &chosen, random: &random) else { continue }
                append(person, intake: intake, programme: programme, rank: rank, status: status, random: &random)
            }
        }
    }

    /// A programme drawn by popularity that the applicant has not chosen yet for this intake (one application per
    /// person, programme and intake), added to `chosen`; nil in the rare case that a few draws find none.
    private func another(_ choice: WeightedChoice, besides chosen: inout Set<Int>, random: inout RandomSource) -> Int? {
        for _ in 0..<16 {
            let programme = choice.draw(&random)
            if chosen.insert(programme).inserted { return programme }
        }
        return nil
    }

    private mutating func applicant(intake: Int, random: inout RandomSource) -> PersonRecord {
        people.person(
            female: random.chance(0.45), birthDate: randomBirthDate(year: intake - 17 - random.geometric(success: 0.6, cap: 5), random: &random),
            stateOfOrigin: people.populationWeightedState(&random), random: &random)
    }

    private mutating func append(
        _ person: PersonRecord, intake: Int, programme: Int, rank: Int, status: String, random: inout RandomSource
    ) {
        // Applications for an intake open in the January before it (October for the coming intake).
        let opens = intake > options.asOf.year ? CivilDate(year: intake - 1, month: 10, day: 1)! : CivilDate(year: intake, month: 1, day: 10)!
        let window = min(110, options.asOf.daysSinceEpoch - opens.daysSinceEpoch)
        dataset.applications.append(
            ApplicationRecord(
                person: person, intake: intake, programme: programme, choice: rank, status: status,
                submittedOn: opens.adding(days: random.int(0...max(0, window)))))
    }
}
