import Columnar
import GRDB
import TVET

/// The plausibility rules that read other records than the one checked (docs/DATA.md, "Plausibility"): at most one
/// application per person, programme and intake (within the batch and against the store), and a vacancy's openings
/// within the bound of its stored employer's size (`OpeningsBySize`). The rules of one record alone are the decoder's
/// (`RecordRule`).
///
/// Run inside the write's transaction, so the decision is made on what is stored at the moment of writing.
struct PlausibilityCheck {
    let table: Columnar.Table
    let dataset: DatasetSchema
    let db: Database

    /// Every record that breaks a rule, by row of the batch; empty when the batch is plausible.
    func implausibleRecords() throws -> [ImplausibleRecord] {
        switch dataset.name {
        case DatasetSchema.applications.name: try repeatedApplications()
        case DatasetSchema.vacancies.name: try openingsAboveEmployerSize()
        default: []
        }
    }

    private struct ApplicationKey: Hashable {
        let applicant: UInt32
        let programme: UInt32
        let intake: Int64
    }

    private func repeatedApplications() throws -> [ImplausibleRecord] {
        guard let applicants = table.column("no_ic"), let programmes = table.column("programme_id"),
            let intakes = table.column("intake"), let ids = table.column("application_id"),
            case .string(let applicantCodes, _) = applicants.storage,
            case .string(let programmeCodes, let programmeNames) = programmes.storage
        else { return [] }
        var seen = Set<ApplicationKey>()
        seen.reserveCapacity(table.rowCount)
        var found: [ImplausibleRecord] = []
        var unique: [Int] = []
        for row in 0..<table.rowCount where !applicants.isNull(row) && !programmes.isNull(row) && !intakes.isNull(row) {
            guard case .int(let intake) = intakes.value(at: row) else { continue }
            let key = ApplicationKey(applicant: applicantCodes[row], programme: programmeCodes[row], intake: intake)
            if seen.insert(key).inserted {
                unique.append(row)
            } else {
                let reason = OneApplicationPerIntake.repeatedInBatch(programme: programmeNames[key.programme], intake: Int(intake))
                found.append(ImplausibleRecord(row: row, field: OneApplicationPerIntake.field, reason: reason))
            }
        }
        guard try Bool.fetchOne(db, sql: #"SELECT EXISTS (SELECT 1 FROM "applications")"#) == true else { return found }
        // A stored application that this batch replaces (same application_id) is not a repeat: the batch's own
        // version was checked above.
        let batchIDs = Set((0..<table.rowCount).compactMap { ids.isNull($0) ? nil : table.text("application_id", row: $0) })
        let statement = try db.makeStatement(
            sql: #"SELECT "application_id" FROM "applications" WHERE "no_ic" = ? AND "programme_id" = ? AND "intake" = ?"#)
        for row in unique {
            guard let applicant = table.text("no_ic", row: row), let programme = table.text("programme_id", row: row),
                case .int(let intake) = intakes.value(at: row)
            else { continue }
            let stored = try String.fetchAll(statement, arguments: [applicant, programme, intake])
            if stored.contains(where: { !batchIDs.contains($0) }) {
                let reason = OneApplicationPerIntake.repeatsStored(programme: programme, intake: Int(intake))
                found.append(ImplausibleRecord(row: row, field: OneApplicationPerIntake.field, reason: reason))
            }
        }
        return found.sorted { $0.row < $1.row }
    }

    private func openingsAboveEmployerSize() throws -> [ImplausibleRecord] {
        guard let openings = table.column("openings"), let employers = table.column("employer_id") else { return [] }
        let statement = try db.makeStatement(sql: #"SELECT "size" FROM "employers" WHERE "employer_id" = ?"#)
        var sizes: [String: String?] = [:]
        var found: [ImplausibleRecord] = []
        for row in 0..<table.rowCount where !openings.isNull(row) && !employers.isNull(row) {
            guard case .int(let count) = openings.value(at: row), let employer = table.text("employer_id", row: row) else { continue }
            let size: String?
            if let known = sizes[employer] {
                size = known
            } else {
                size = try String.fetchOne(statement, arguments: [employer])
                sizes[employer] = size
            }
            guard let size, let reason = OpeningsBySize.problem(openings: Int(count), size: size) else { continue }
            found.append(
                ImplausibleRecord(
                    row: row, field: "openings", reason: reason, kind: .implausible(maximum: OpeningsBySize.maximum(size: size) ?? 0)))
        }
        return found
    }
}

/// A record of a batch that breaks a plausibility rule: its row in the batch (from 0), the field reported and why.
/// The reason never quotes a personal value.
public struct ImplausibleRecord: Hashable, Sendable {
    public let row: Int
    public let field: String
    public let reason: String
    /// The reason as data, for a page to word it in its reader's language.
    public var kind: ProblemKind = .other
}
