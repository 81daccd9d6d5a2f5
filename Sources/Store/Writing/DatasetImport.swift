import Columnar
import Foundation
import TVET

/// Validates and stores the CSV files of an `ImportPlan`, one transaction per file, in load order, through the same
/// write path as the API (`DataStore.write`, as the operator at the store file, with an audit entry per file).
///
/// By default a file is all-or-nothing: any rejected line and nothing of it is stored. With `skipInvalid` the valid
/// rows are stored and the rejected lines are written to `<dataset>.rejects.csv` beside the file. Links are checked
/// against the ids already stored and those accepted earlier in the same import.
///
/// ```swift
/// let summary = try DatasetImporter(store: store, taxonomy: taxonomy)
///     .run(try ImportPlan.make(paths: ["data/demo"]), skipInvalid: false) { print($0) }
/// ```
public struct DatasetImporter {
    let store: DataStore
    let taxonomy: SkillTaxonomy

    public init(store: DataStore, taxonomy: SkillTaxonomy) {
        self.store = store
        self.taxonomy = taxonomy
    }

    /// Runs the plan; `events` hears each step as it happens (a file's `.stored` only after its commit).
    /// Throws only when the store itself cannot be read; a bad file is reported and the import goes on.
    public func run(
        _ plan: ImportPlan, skipInvalid: Bool, progress: (String, Int, Int) -> Void = { _, _, _ in },
        events: (ImportEvent) -> Void
    ) throws(StoreError) -> ImportSummary {
        for path in plan.skipped { events(.skipped(path: path)) }
        let keys = KnownKeys(store: store)
        var summary = ImportSummary()
        /// Datasets with a file of this import that stored nothing: links to them are explained in the report.
        var notStored: [String: String] = [:]
        for file in plan.files {
            let name = URL(fileURLWithPath: file.path).lastPathComponent
            let decoded: DecodedFile
            do {
                decoded = try decode(file, keys: keys) { progress("checking \(name)", $0, $1) }
            } catch {
                if let failure = keys.failure { throw failure }
                events(.fileRefused(path: file.path, reason: "\(error)"))
                summary.refusedFiles += 1
                notStored[file.dataset.name] = name
                continue
            }
            if let failure = keys.failure { throw failure }
            let implausible = try store.implausibleRecords(decoded.table, dataset: file.dataset)
            let (table, problems) = Self.withoutImplausible(decoded, implausible)
            let rejectedLines = decoded.recordCount - table.rowCount
            let checked = CheckedFile(
                path: file.path, records: decoded.recordCount, rejectedLines: rejectedLines, problems: problems,
                notes: decoded.rejectedLineCount > 0 ? notes(dataset: file.dataset, notStored: notStored) : [])
            events(.checked(checked))
            summary.records += decoded.recordCount
            summary.rejectedLines += rejectedLines
            if rejectedLines > 0 {
                guard skipInvalid else {
                    events(.nothingStored(path: file.path, validRows: table.rowCount))
                    notStored[file.dataset.name] = name
                    continue
                }
                let rejects = RejectsFile.path(beside: file.path, dataset: file.dataset)
                do {
                    try RejectsFile.write(to: rejects, source: file.path, problems: problems)
                    events(.rejectsWritten(path: file.path, rejects: rejects))
                } catch {
                    events(.fileRefused(path: file.path, reason: "cannot write \(rejects): \(error)"))
                    summary.refusedFiles += 1
                    notStored[file.dataset.name] = name
                    continue
                }
            }
            do {
                try store.write(table, dataset: file.dataset, as: .operator, audit: .imported(file: name, dataset: file.dataset)) {
                    progress("storing \(name)", $0, $1)
                }
            } catch {
                events(.fileRefused(path: file.path, reason: "\(error)"))
                summary.refusedFiles += 1
                notStored[file.dataset.name] = name
                continue
            }
            keys.accept(table, dataset: file.dataset.name)
            summary.storedRows += table.rowCount
            summary.storedFiles += 1
            events(.stored(path: file.path, rows: table.rowCount))
        }
        return summary
    }

    /// The decoded rows without those that break a plausibility rule, and every problem by line: the decoder's, then
    /// the plausibility rules' of the same line.
    private static func withoutImplausible(
        _ decoded: DecodedFile, _ implausible: [ImplausibleRecord]
    ) -> (Columnar.Table, [RowProblem]) {
        guard !implausible.isEmpty else { return (decoded.table, decoded.problems) }
        let refused = Set(implausible.map(\.row))
        let kept = (0..<decoded.table.rowCount).filter { !refused.contains($0) }.map { Int32($0) }
        let added = implausible.map { RowProblem(line: Int(decoded.lines[$0.row]), column: $0.field, reason: $0.reason, kind: $0.kind) }
        let problems = (decoded.problems + added).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        let gathered = decoded.table.gathering(rows: kept)
        // Kept rows keep their distinct keys, so the key can be given back (links to them are checked by it).
        let table = (try? Columnar.Table(name: gathered.name, columns: gathered.columns, primaryKey: decoded.table.primaryKey)) ?? gathered
        return (table, problems.map(\.element))
    }

    private func decode(
        _ file: ImportPlan.File, keys: KnownKeys, progress: (Int, Int) -> Void
    ) throws -> DecodedFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file.path), options: .alwaysMapped)
        } catch {
            throw ImportFileError.unreadable(path: file.path, reason: "cannot read the file")
        }
        let decoder = DatasetDecoder(dataset: file.dataset, taxonomy: taxonomy)
        return try data.withUnsafeBytes { bytes in
            try decoder.decode(bytes, linkExists: { keys.contains($0, $1) }, progress: progress)
        }
    }

    /// Why links from `dataset` may be refused wholesale: a target's file was refused earlier in this import.
    private func notes(dataset: DatasetSchema, notStored: [String: String]) -> [String] {
        dataset.links.compactMap { column in
            guard let target = column.linksTo, let file = notStored[target] else { return nil }
            return "\(file) was not stored in this import, so links from \(column.name) to its records are refused"
        }
    }
}

/// What happened to one file after it was read and checked.
public struct CheckedFile: Sendable, Equatable {
    public let path: String
    public let records: Int
    public let rejectedLines: Int
    /// Every problem of every rejected line, by line; reasons never quote personal values.
    public let problems: [RowProblem]
    /// Explanations printed before the problems (a link target whose file was refused in this import).
    public let notes: [String]
}

/// One step of an import, in the order it happens.
public enum ImportEvent: Sendable, Equatable, CustomStringConvertible {
    /// A file in a folder that is not a dataset file.
    case skipped(path: String)
    /// A whole file could not be used (unreadable, bad header, or the store refused it); nothing of it was stored.
    case fileRefused(path: String, reason: String)
    case checked(CheckedFile)
    /// All-or-nothing: the file had rejected lines, so none of it was stored.
    case nothingStored(path: String, validRows: Int)
    case rejectsWritten(path: String, rejects: String)
    /// The file's transaction has committed: this is the acknowledgement.
    case stored(path: String, rows: Int)

    public var description: String {
        switch self {
        case .skipped(let path): return "\(path): skipped, not a dataset file"
        case .fileRefused(let path, let reason): return "\(path): not imported: \(reason)"
        case .checked(let file):
            let head = "\(file.path): \(file.records) records, \(file.rejectedLines) rejected"
            return ([head] + file.notes.map { "  note: \($0)" } + file.problems.map { "  \($0)" }).joined(separator: "\n")
        case .nothingStored(let path, let valid):
            return "\(path): nothing stored, the file has rejected lines (--skip-invalid stores its \(valid) valid rows)"
        case .rejectsWritten(let path, let rejects): return "\(path): rejected lines written to \(rejects)"
        case .stored(let path, let rows): return "\(path): stored \(rows) rows"
        }
    }
}

/// Totals of an import.
public struct ImportSummary: Sendable, Equatable {
    public var records = 0
    public var rejectedLines = 0
    public var storedRows = 0
    public var storedFiles = 0
    /// Files refused whole (unreadable, bad header, store error); a file with rejected lines is not counted here.
    public var refusedFiles = 0

    /// Whether anything was rejected: the command then exits non-zero.
    public var hasRejections: Bool { rejectedLines > 0 || refusedFiles > 0 }

    public var description: String {
        "stored \(storedRows) rows from \(storedFiles) files; \(rejectedLines) lines rejected"
            + (refusedFiles > 0 ? "; \(refusedFiles) files not imported" : "")
    }
}

/// The ids a link may point to: those stored before the import (read once per dataset, keys only) and those of
/// files stored earlier in it.
private final class KnownKeys {
    let store: DataStore
    private var stored: [String: Columnar.Table] = [:]
    private var accepted: [String: [Columnar.Table]] = [:]
    /// Set when the stored keys could not be read; the import stops with it.
    private(set) var failure: StoreError?

    init(store: DataStore) { self.store = store }

    func contains(_ dataset: String, _ key: Substring) -> Bool {
        let key = String(key)
        if let tables = accepted[dataset], tables.contains(where: { $0.row(forKey: key) != nil }) { return true }
        return storedKeys(dataset)?.row(forKey: key) != nil
    }

    func accept(_ table: Columnar.Table, dataset: String) { accepted[dataset, default: []].append(table) }

    private func storedKeys(_ name: String) -> Columnar.Table? {
        if let table = stored[name] { return table }
        guard failure == nil, let dataset = TVETSchema.dataset(named: name) else { return nil }
        do {
            let table = try store.loadKeys(dataset)
            stored[name] = table
            return table
        } catch {
            failure = error
            return nil
        }
    }
}
