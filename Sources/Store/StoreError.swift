import GRDB

/// Why the store refused or failed an operation: one sentence, never a stored value.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// There is no store file where one was expected (reading commands never create one).
    case noStore(path: String)
    case cannotOpen(path: String, reason: String)
    case migration(reason: String)
    /// The table handed to `write` does not have the dataset's columns and types.
    case schemaMismatch(dataset: String, detail: String)
    /// SQLite refused a row (a constraint); the whole batch was rolled back. `row` counts from 0.
    case rowRefused(dataset: String, row: Int, reason: String)
    /// The access policy refused these records of the batch; nothing of it was stored.
    case recordsRefused(dataset: String, [RecordRefusal])
    /// These records of the batch break a plausibility rule that reads other records (`PlausibilityCheck`); nothing
    /// of the batch was stored.
    case recordsImplausible(dataset: String, [ImplausibleRecord])
    /// A stored value that the engine cannot hold (only possible if the file was edited by hand).
    case badStoredValue(dataset: String, column: String, row: Int)
    case database(reason: String)
    /// A user that cannot be created as asked.
    case invalidUser(reason: String)
    /// A graduate's contact that cannot be kept: the field and why (never its value).
    case invalidContact(field: String, reason: String)
    /// A backup or restore that cannot write its copy; nothing was left half-written.
    case cannotCopy(to: String, reason: String)
    /// A backup that does not check out after it was written (`DataStore.checkBackup`).
    case badBackup(path: String, reason: String)

    public var description: String {
        switch self {
        case .noStore(let path): "no store at \(path): import data into it first (dataraya import --db \(path) DIR)"
        case .cannotOpen(let path, let reason): "cannot open the store \(path): \(reason)"
        case .migration(let reason): "cannot bring the store up to date: \(reason)"
        case .schemaMismatch(let dataset, let detail): "\(dataset): \(detail)"
        case .rowRefused(let dataset, let row, let reason):
            "\(dataset): row \(row + 1) of the batch was refused (\(reason)); nothing of the batch was stored"
        case .recordsRefused(let dataset, let refused):
            "\(dataset): \(refused.count) record\(refused.count == 1 ? " was" : "s were") refused (first: row \(refused[0].row + 1), "
                + "\(refused[0].refusal.field ?? "record"): \(refused[0].refusal.reason)); nothing of the batch was stored"
        case .recordsImplausible(let dataset, let found):
            "\(dataset): \(found.count) record\(found.count == 1 ? " breaks" : "s break") a plausibility rule (first: row "
                + "\(found[0].row + 1), \(found[0].field): \(found[0].reason)); nothing of the batch was stored"
        case .badStoredValue(let dataset, let column, let row):
            "\(dataset): stored row \(row + 1) has a value in column \(column) that is not of its type"
        case .database(let reason): "store error: \(reason)"
        case .invalidUser(let reason): reason
        case .invalidContact(let field, let reason): "\(field) \(reason)"
        case .cannotCopy(let path, let reason): "cannot copy the store to \(path): \(reason)"
        case .badBackup(let path, let reason): "the backup \(path) does not check out: \(reason)"
        }
    }

    init(_ error: any Error) {
        if let error = error as? StoreError {
            self = error
        } else if let error = error as? DatabaseError {
            self = .database(reason: DataStore.describe(error))
        } else {
            self = .database(reason: "\(error)")
        }
    }
}
