import Columnar
import TVET

/// What an employer is shown of an anonymous candidate, each attribute only as precisely as at least `k` graduates
/// share everything shown (docs/MATCHING.md, "Anonymous candidates").
///
/// Level, field of study, graduation year, state and skills together can single a person out in a small group. So a
/// candidate is described by the first step of `CandidateDisclosure.steps` (finest first) that at least `k` graduates
/// of the snapshot match, counting a graduate when they have every skill shown as held and none shown as lacking.
///
///     let disclosure = CandidateDisclosure(catalog: snapshot)
///     let (hit, profile) = disclosure.describe(hit, graduate: "G0004567")
public struct CandidateDisclosure: Sendable {
    /// The least number of graduates who must share what is shown of a candidate.
    public static let k = 5

    /// How precisely each attribute is shown at one step.
    public struct Step: Sendable, Equatable {
        public enum Year: Sendable { case exact, range, withheld }
        public enum Place: Sendable { case state, region, withheld }
        var year: Year
        var place: Place
        var field: Bool
        var level: Bool
        var skills: Bool
    }

    /// The generalisation order: the graduation year to a three-year range, the state to its region, then the year,
    /// the region, the field and the level withheld, and last the skills.
    public static let steps: [Step] = [
        Step(year: .exact, place: .state, field: true, level: true, skills: true),
        Step(year: .range, place: .state, field: true, level: true, skills: true),
        Step(year: .range, place: .region, field: true, level: true, skills: true),
        Step(year: .withheld, place: .region, field: true, level: true, skills: true),
        Step(year: .withheld, place: .withheld, field: true, level: true, skills: true),
        Step(year: .withheld, place: .withheld, field: false, level: true, skills: true),
        Step(year: .withheld, place: .withheld, field: false, level: false, skills: true),
        Step(year: .withheld, place: .withheld, field: false, level: false, skills: false),
    ]

    /// One graduate as the descriptions see them (their skills are in `skillBits`).
    struct Person: Sendable {
        var level: String?
        var field: String?
        var year: Int?
        var state: String?
    }

    private let people: [Person]
    private let rowOfGraduate: [String: Int]
    /// Every graduate's skills as bits, `wordsPerPerson` words each, one bit per skill of `skillBit`: comparing a
    /// candidate's shown skills with a graduate's is then a few word operations, and a million graduates take
    /// 64 bytes each rather than a set of strings.
    private let skillBits: [UInt64]
    private let skillBit: [String: Int]
    private let wordsPerPerson: Int
    /// For each step, the graduates by what that step shows of them: those who look exactly like a candidate at a
    /// step are found in one lookup, and only their skills are compared. (A candidate whose attribute is unknown is
    /// alike only to graduates whose attribute is unknown too: if anything, stricter than counting it as withheld.)
    private let lookalikes: [[CandidateProfile: [Int32]]]

    /// Reads every graduate's level and field (their programme's), graduation year, state of origin and skills.
    public init(catalog: Catalog) {
        guard let graduates = catalog.table(DatasetSchema.graduates.name) else {
            people = []
            rowOfGraduate = [:]
            lookalikes = Self.steps.map { _ in [:] }
            (skillBits, skillBit, wordsPerPerson) = ([], [:], 1)
            return
        }
        let programmes = catalog.table(DatasetSchema.programmes.name)
        let students = catalog.table(DatasetSchema.students.name)
        let programmeRows = catalog.linkRows(from: graduates.name, link: "programme") ?? []
        let studentRows = catalog.linkRows(from: graduates.name, link: "student") ?? []
        func text(_ table: Table?, _ column: String, _ row: Int32?) -> String? {
            guard let table, let row, row >= 0, let value = table.value(row: Int(row), column: column), value != .null else { return nil }
            return value.description
        }
        let skills = graduates.column("skills")
        let ids = graduates.column(DatasetSchema.graduates.primaryKey.name)
        var rows: [String: Int] = [:]
        var lists: [[String]] = []
        lists.reserveCapacity(graduates.rowCount)
        people = (0..<graduates.rowCount).map { row in
            if let id = ids?.value(at: row).description { rows[id] = row }
            let programme = row < programmeRows.count ? programmeRows[row] : nil
            let student = row < studentRows.count ? studentRows[row] : nil
            lists.append(skills.map { $0.isNull(row) ? [] : $0.listItems(at: row) } ?? [])
            return Person(
                level: text(programmes, "level", programme), field: text(programmes, "field", programme),
                year: text(graduates, "graduation_year", Int32(row)).flatMap { Int($0) },
                state: text(students, "state_of_origin", student))
        }
        rowOfGraduate = rows
        var bitOf: [String: Int] = [:]
        for list in lists { for skill in list where bitOf[skill] == nil { bitOf[skill] = bitOf.count } }
        let words = max(1, (bitOf.count + 63) / 64)
        var bits = [UInt64](repeating: 0, count: lists.count * words)
        for (person, list) in lists.enumerated() {
            for skill in list {
                let bit = bitOf[skill]!
                bits[person * words + bit / 64] |= 1 << UInt64(bit % 64)
            }
        }
        (skillBits, skillBit, wordsPerPerson) = (bits, bitOf, words)
        let everyone = people
        lookalikes = Self.steps.map { step in
            var buckets: [CandidateProfile: [Int32]] = [:]
            for (index, person) in everyone.enumerated() { buckets[CandidateProfile(person, step: step), default: []].append(Int32(index)) }
            return buckets
        }
    }

    /// The hit as the employer may see it (skills emptied when they are withheld) and the profile shown beside it.
    public func describe(_ hit: MatchHit, graduate: String) -> (hit: MatchHit, profile: CandidateProfile) {
        let person = rowOfGraduate[graduate].map { people[$0] } ?? Person()
        for (index, step) in Self.steps.enumerated() {
            let profile = CandidateProfile(person, step: step)
            var shown = hit
            if !step.skills {
                shown.matchedSkills = []
                shown.missingSkills = []
                shown.relatedSkills = []
            }
            if shared(by: lookalikes[index][profile] ?? [], hit: shown, atLeast: Self.k) { return (shown, profile) }
        }
        var hidden = hit
        (hidden.matchedSkills, hidden.missingSkills, hidden.relatedSkills) = ([], [], [])
        return (hidden, .withheld)
    }

    /// Whether at least `limit` of `candidates` (graduates alike in what is shown) also have every skill shown as
    /// held and none shown as lacking.
    func shared(by candidates: [Int32], hit: MatchHit, atLeast limit: Int) -> Bool {
        guard candidates.count >= limit, let shown = SkillsShown(hit, bitOf: skillBit, words: wordsPerPerson) else { return false }
        var count = 0
        for index in candidates where skillsFit(Int(index), shown) {
            count += 1
            if count >= limit { return true }
        }
        return false
    }

    /// The skills a hit shows as held and as lacking, as bits; nil when it shows as held a skill no graduate has (then
    /// nobody shares it).
    struct SkillsShown {
        var held: [UInt64]
        var lacking: [UInt64]

        init?(_ hit: MatchHit, bitOf: [String: Int], words: Int) {
            held = [UInt64](repeating: 0, count: words)
            lacking = [UInt64](repeating: 0, count: words)
            for skill in hit.matchedSkills + hit.relatedSkills.map(\.relatedSkill) {
                guard let bit = bitOf[skill] else { return nil }
                held[bit / 64] |= 1 << UInt64(bit % 64)
            }
            // A lacking skill no graduate has excludes nobody.
            for skill in hit.missingSkills { if let bit = bitOf[skill] { lacking[bit / 64] |= 1 << UInt64(bit % 64) } }
        }
    }

    /// Whether graduate `person` has every skill shown as held and none shown as lacking.
    func skillsFit(_ person: Int, _ shown: SkillsShown) -> Bool {
        let base = person * wordsPerPerson
        for word in 0..<wordsPerPerson {
            let has = skillBits[base + word]
            if shown.held[word] & ~has != 0 || shown.lacking[word] & has != 0 { return false }
        }
        return true
    }
}
