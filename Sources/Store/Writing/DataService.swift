import Columnar
import Foundation
import Synchronization
import TVET

/// The data behind the service: the durable store and the engine's current snapshot, kept in step.
///
/// A batch takes the one write path: decoded by the same decoder as `dataraya import`, each record put to the access
/// policy (`DataStore.write`), stored in one transaction with its audit entry, and only then merged into a new engine
/// snapshot: readers see the batch whole or not at all, and an acknowledged batch is on disk and in the audit trail.
///
///     let data = try DataService(store: store, taxonomy: taxonomy)
///     let stored = try data.ingest(csv: bytes, dataset: .vacancies, as: principal, audit: entry)
public final class DataService: Sendable {
    public let store: DataStore
    public let engine: CatalogStore
    public let taxonomy: SkillTaxonomy
    /// A batch's header may hold this many fields per column of its dataset (`DatasetDecoder.maxHeaderFields`).
    public let headerFieldsPerColumn: Int
    private let writes = Mutex<Void>(())
    private let observers = Mutex<[@Sendable (String) -> Void]>([])

    public init(
        store: DataStore, taxonomy: SkillTaxonomy, headerFieldsPerColumn: Int = DatasetDecoder.defaultHeaderFieldsPerColumn
    ) throws(StoreError) {
        self.store = store
        self.taxonomy = taxonomy
        self.headerFieldsPerColumn = headerFieldsPerColumn
        engine = CatalogStore(try store.loadCatalog())
    }

    /// Calls `observer` with the dataset's name each time a batch of it has been published to the engine (the
    /// matching index rebuilds the side a batch touched).
    public func onPublish(_ observer: @escaping @Sendable (String) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    /// Validates, checks and stores a batch of CSV text (a header row, then records); all-or-nothing. Returns the
    /// number of records stored.
    ///
    /// `knownProblems` are problems found before the CSV text was made (a JSON batch's type errors, by line): the
    /// batch is refused if there are any, with them and the decoder's own problems listed together. `intent` says
    /// whether the records are stored whole or amend stored ones (see `WriteIntent`). `audit` is committed with the
    /// batch.
    public func ingest(
        csv: [UInt8], dataset: DatasetSchema, as principal: Principal, intent: WriteIntent = .store, audit: AuditEntry? = nil,
        knownProblems: [RowProblem] = []
    ) throws(IngestError) -> Int {
        if intent == .store, let refusal = AccessPolicy.decide(principal, .submitBatch(dataset)).refusal { throw .refused(refusal) }
        return try writes.withLock { _ throws(IngestError) -> Int in
            let snapshot = engine.snapshot
            let decoded: DecodedFile
            do throws(ImportFileError) {
                let decoder = DatasetDecoder(dataset: dataset, taxonomy: taxonomy, headerFieldsPerColumn: headerFieldsPerColumn)
                decoded = try decoder.decode(csv) { target, id in snapshot.table(target)?.row(forKey: String(id)) != nil }
            } catch .tooManyFields(_, _, let limit) {
                throw .tooLarge("The \(dataset.name) batch's header has more than \(limit) fields.")
            } catch {
                throw .unreadable("The \(dataset.name) batch cannot be read: \(error).")
            }
            // A field the JSON layer already refused was passed on empty: do not report it twice.
            let reported = Set(knownProblems.map { "\($0.line)|\($0.column ?? "")" })
            var problems = knownProblems + decoded.problems.filter { !reported.contains("\($0.line)|\($0.column ?? "")") }
            guard problems.isEmpty else { throw .invalid(records: decoded.recordCount, problems.sorted(by: Self.order)) }
            guard decoded.table.rowCount > 0 else { throw .empty }
            do throws(StoreError) {
                try store.write(decoded.table, dataset: dataset, as: principal, intent: intent, audit: audit)
            } catch {
                switch error {
                case .recordsRefused(_, let refused):
                    problems = refused.map { RowProblem(line: Int(decoded.lines[$0.row]), column: $0.refusal.field, reason: $0.refusal.reason) }
                    throw .invalid(records: decoded.recordCount, problems, refusals: refused.map(\.refusal))
                case .recordsImplausible(_, let found):
                    problems = found.map { RowProblem(line: Int(decoded.lines[$0.row]), column: $0.field, reason: $0.reason, kind: $0.kind) }
                    throw .invalid(records: decoded.recordCount, problems)
                default:
                    throw .store(error)
                }
            }
            do {
                try engine.update { try $0.merging(decoded.table) }
            } catch {
                throw .store(.database(reason: "the stored batch could not be merged into the engine: \(error)"))
            }
            for observer in observers.withLock({ $0 }) { observer(dataset.name) }
            return decoded.table.rowCount
        }
    }

    private static func order(_ a: RowProblem, _ b: RowProblem) -> Bool { (a.line, a.column ?? "") < (b.line, b.column ?? "") }
}

/// Why a batch was not stored. Nothing of it was.
public enum IngestError: Error, Sendable, CustomStringConvertible {
    /// The principal may not submit to this dataset at all.
    case refused(Refusal)
    /// The text is not CSV with a header row the dataset knows.
    case unreadable(String)
    /// The batch is larger than a limit allows (e.g. a header row with too many fields).
    case tooLarge(String)
    case empty
    /// Records break the schema's rules or the access policy: every problem of every such record, by line.
    /// `refusals` holds the policy's refusals when those were the reason.
    case invalid(records: Int, [RowProblem], refusals: [Refusal] = [])
    case store(StoreError)

    public var description: String {
        switch self {
        case .refused(let refusal): refusal.reason
        case .unreadable(let reason), .tooLarge(let reason): reason
        case .empty: "The batch has no records."
        case .invalid(let records, let problems, _):
            "Nothing was stored: \(Set(problems.map(\.line)).count) of \(records) records break the rules."
        case .store(let error): error.description
        }
    }
}
