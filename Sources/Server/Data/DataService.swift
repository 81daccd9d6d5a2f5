import Columnar
import Foundation
import Store
import Synchronization
import TVET

/// The data behind the API: the durable store and the engine's current snapshot, kept in step.
///
/// A batch is validated by the same decoder as `dataraya import`, written to SQLite in one transaction, and only
/// then merged into a new engine snapshot: readers see the batch whole or not at all, and an acknowledged batch is
/// on disk.
public final class DataService: Sendable {
    public let store: DataStore
    public let engine: CatalogStore
    let taxonomy: SkillTaxonomy
    private let writes = Mutex<Void>(())
    private let observers = Mutex<[@Sendable (String) -> Void]>([])

    public init(store: DataStore, taxonomy: SkillTaxonomy) throws {
        self.store = store
        self.taxonomy = taxonomy
        engine = CatalogStore(try store.loadCatalog())
    }

    /// Calls `observer` with the dataset's name each time a batch of it has been published to the engine (the
    /// matching index rebuilds the side a batch touched).
    public func onPublish(_ observer: @escaping @Sendable (String) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    /// A check on each accepted record of a batch beyond the schema's rules (ownership, who may submit what).
    typealias RecordCheck = (_ table: Table, _ row: Int) -> (field: String, reason: String)?

    /// Validates and stores a batch of CSV text (a header row, then records); all-or-nothing. Returns the number of
    /// records stored, or throws an `APIError` listing every bad record by its line.
    public func ingest(csv: [UInt8], dataset: DatasetSchema) throws -> Int {
        try ingest(csv: csv, dataset: dataset, recordIndex: nil, extraProblems: [], check: nil)
    }

    /// Validates and stores a batch of CSV text; all-or-nothing. Returns the number of records stored.
    /// `recordIndex` maps a CSV line to the index the caller knows the record by (a JSON batch's array index); without
    /// it, problems name CSV lines.
    func ingest(
        csv: [UInt8], dataset: DatasetSchema, recordIndex: ((Int) -> Int?)?, extraProblems: [APIError.Problem],
        check: RecordCheck?
    ) throws -> Int {
        try writes.withLock { _ in
            let snapshot = engine.snapshot
            let decoded: DecodedFile
            do {
                decoded = try DatasetDecoder(dataset: dataset, taxonomy: taxonomy).decode(csv) { target, id in
                    snapshot.table(target)?.row(forKey: String(id)) != nil
                }
            } catch {
                throw APIError.badRequest("The \(dataset.name) batch cannot be read: \(error).")
            }
            var problems = extraProblems
            // A field the JSON layer already refused was passed on empty: do not report it twice.
            let reported = Set(extraProblems.map { "\($0.index ?? -1)|\($0.field ?? "")" })
            for problem in decoded.problems {
                let mapped = recordIndex.map { APIError.Problem(index: $0(problem.line), field: problem.column, reason: problem.reason) }
                    ?? APIError.Problem(index: nil, line: problem.line, field: problem.column, reason: problem.reason)
                if !reported.contains("\(mapped.index ?? -1)|\(mapped.field ?? "")") { problems.append(mapped) }
            }
            if let check {
                for row in 0..<decoded.table.rowCount {
                    if let (field, reason) = check(decoded.table, row) {
                        let line = Int(decoded.lines[row])
                        problems.append(
                            recordIndex.map { APIError.Problem(index: $0(line), field: field, reason: reason) }
                                ?? APIError.Problem(index: nil, line: line, field: field, reason: reason))
                    }
                }
            }
            guard problems.isEmpty else {
                problems.sort { ($0.index ?? $0.line ?? -1, $0.field ?? "") < ($1.index ?? $1.line ?? -1, $1.field ?? "") }
                let records = Set(problems.compactMap { $0.index ?? $0.line }).count
                throw APIError.unprocessable(
                    "Nothing was stored: \(records) of \(decoded.recordCount) records break the rules of \(dataset.name).",
                    details: problems)
            }
            guard decoded.table.rowCount > 0 else { throw APIError.badRequest("The batch has no records.") }
            try store.write(decoded.table, dataset: dataset)
            try engine.update { try $0.merging(decoded.table) }
            for observer in observers.withLock({ $0 }) { observer(dataset.name) }
            return decoded.table.rowCount
        }
    }
}
