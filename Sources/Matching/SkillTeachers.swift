import Columnar
import TVET

/// Where a skill is learnt, from the data: the programmes most of whose graduates have it, with their level. A job
/// card shows them beside each skill a graduate lacks (which programme, at which certificate level, would teach it).
///
///     let teachers = SkillTeachers(catalog: snapshot)
///     teachers.programmes(teaching: "ELE002")   // best first: share of the programme's graduates with the skill
public struct SkillTeachers: Sendable {
    public struct Programme: Sendable, Equatable {
        public let id: String
        public let name: String
        public let institution: String
        public let level: Int?
        /// The share of the programme's graduates who have the skill.
        public let share: Double
    }

    /// The least share of a programme's graduates who must have a skill for the programme to count as teaching it.
    public static let minimumShare = 0.5
    /// The least graduates a programme needs before its shares mean anything.
    public static let minimumGraduates = 5

    private let bySkill: [String: [Programme]]

    /// Counts, per programme, how many of its graduates have each skill; keeps those at `minimumShare` or more.
    public init(catalog: Catalog, perSkill: Int = 3) {
        guard let graduates = catalog.table(DatasetSchema.graduates.name), let programmeColumn = graduates.column("programme_id"),
            let skillsColumn = graduates.column("skills"), case .string(let programmeCodes, let programmeIDs) = programmeColumn.storage,
            case .list(let offsets, let skillCodes, let skillIDs) = skillsColumn.storage
        else {
            bySkill = [:]
            return
        }
        var graduatesOf = [Int](repeating: 0, count: programmeIDs.count)
        var having: [Int: [UInt32: Int]] = [:]
        for row in 0..<graduates.rowCount where !programmeColumn.isNull(row) {
            let programme = Int(programmeCodes[row])
            graduatesOf[programme] += 1
            guard !skillsColumn.isNull(row) else { continue }
            for k in Int(offsets[row])..<Int(offsets[row + 1]) { having[programme, default: [:]][skillCodes[k], default: 0] += 1 }
        }
        let programmes = catalog.table(DatasetSchema.programmes.name), institutions = catalog.table(DatasetSchema.institutions.name)
        var bySkill: [String: [Programme]] = [:]
        for (programme, counts) in having where graduatesOf[programme] >= Self.minimumGraduates {
            let id = programmeIDs[UInt32(programme)]
            let row = programmes?.row(forKey: id)
            let institutionID = row.flatMap { programmes?.text("institution_id", row: $0) } ?? ""
            let institution = institutions.flatMap { table in table.row(forKey: institutionID).flatMap { table.text("name", row: $0) } } ?? institutionID
            for (skill, count) in counts {
                let share = Double(count) / Double(graduatesOf[programme])
                guard share >= Self.minimumShare else { continue }
                bySkill[skillIDs[skill], default: []].append(
                    Programme(
                        id: id, name: row.flatMap { programmes?.text("name", row: $0) } ?? id, institution: institution,
                        level: row.flatMap { programmes?.text("level", row: $0) }.flatMap { Int($0) }, share: share))
            }
        }
        self.bySkill = bySkill.mapValues { list in
            Array(list.sorted { ($0.share, $1.id) > ($1.share, $0.id) }.prefix(perSkill))
        }
    }

    /// The programmes that teach `skill`, best first (at most the `perSkill` the index was built with).
    public func programmes(teaching skill: String) -> [Programme] { bySkill[skill] ?? [] }
}
