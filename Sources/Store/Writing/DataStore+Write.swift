import Columnar
import GRDB
import GRDBSQLite
import TVET

extension DataStore {
    /// The one write path's last step, for the API and `dataraya import` alike, as one transaction:
    /// 1. every record is put to the access policy as `principal` — its owner as submitted and the owner of the record
    ///    its key already names, read inside this transaction — and if any is refused nothing is stored and every
    ///    refused record is listed (`StoreError.recordsRefused`);
    /// 2. every record is put to the plausibility rules that read other records (`PlausibilityCheck`), whoever writes
    ///    it, and if any breaks one nothing is stored and every such record is listed (`StoreError.recordsImplausible`);
    /// 3. records whose key is stored replace it in place, new ones are added;
    /// 4. `audit`, when given, is appended to the audit trail in the same transaction, so a stored batch is never
    ///    missing from the trail.
    ///
    /// Returns only after the commit is durable; on any error nothing of the batch (or its audit entry) is stored.
    /// `table` must hold the dataset's columns (by name, of the engine types `makeTableBuilder()` gives); other
    /// columns are ignored. Rows are bound straight from the typed column buffers through one prepared statement.
    public func write(
        _ table: Columnar.Table, dataset: DatasetSchema, as principal: Principal = .operator, intent: WriteIntent = .store,
        audit: AuditEntry? = nil, progress: (Int, Int) -> Void = { _, _ in }
    ) throws(StoreError) {
        let sources = try dataset.columns.map { column throws(StoreError) in try BoundSource(table, column, dataset) }
        let rows = table.rowCount
        let signingKey = keys.signingKey
        do {
            try writer.write { db in
                if !AccessPolicy.writesWhole(principal) { try checkRecords(table, dataset: dataset, as: principal, intent: intent, db: db) }
                let implausible = try PlausibilityCheck(table: table, dataset: dataset, db: db).implausibleRecords()
                if !implausible.isEmpty { throw StoreError.recordsImplausible(dataset: dataset.name, implausible) }
                let statement = try db.makeStatement(sql: StoreSchema.upsert(dataset))
                let handle = statement.sqliteStatement
                var scratch = BindScratch()
                defer { sqlite3_clear_bindings(handle) }
                for row in 0..<rows {
                    for (index, source) in sources.enumerated() {
                        source.bind(row: row, to: handle, at: CInt(index + 1), scratch: &scratch)
                    }
                    let code = sqlite3_step(handle)
                    if code != SQLITE_DONE {
                        let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
                        sqlite3_reset(handle)
                        throw StoreError.rowRefused(dataset: dataset.name, row: row, reason: message)
                    }
                    sqlite3_reset(handle)
                    if row & 0xFFFF == 0xFFFF { progress(row + 1, rows) }
                }
                if let audit { try DataStore.appendAudit([audit], signingKey: signingKey, in: db) }
                progress(rows, rows)
            }
        } catch {
            throw StoreError(error)
        }
    }

    /// The records of a batch that break a plausibility rule reading other records, as the store holds them now: what
    /// `write` would refuse them for, so that `dataraya import` reports them per line beside the decoder's problems.
    public func implausibleRecords(_ table: Columnar.Table, dataset: DatasetSchema) throws(StoreError) -> [ImplausibleRecord] {
        try reading { db in try PlausibilityCheck(table: table, dataset: dataset, db: db).implausibleRecords() }
    }

    /// Puts every record of the batch to the access policy; throws listing every refused record.
    private func checkRecords(
        _ table: Columnar.Table, dataset: DatasetSchema, as principal: Principal, intent: WriteIntent, db: Database
    ) throws {
        let facts = try RecordFactsReader(dataset: dataset, keys: keys, db: db)
        let key = dataset.primaryKey.name
        var refused: [RecordRefusal] = []
        for row in 0..<table.rowCount {
            let stored = try table.text(key, row: row).flatMap(facts.stored(key:))
            let submitted = facts.submitted(table, row: row)
            let action: AccessAction
            switch intent {
            case .store: action = .writeRecord(dataset, new: submitted, stored: stored)
            case .amend(let columns):
                // An amendment changes a stored record and never its owner.
                guard let stored, stored.owner == submitted.owner else {
                    refused.append(RecordRefusal(row: row, refusal: Refusal(.notFound, "No \(dataset.name) record of yours has that id.", field: key)))
                    continue
                }
                action = .amendRecord(dataset, owner: stored.owner, columns: columns)
            }
            if let refusal = AccessPolicy.decide(principal, action).refusal { refused.append(RecordRefusal(row: row, refusal: refusal)) }
        }
        if !refused.isEmpty { throw StoreError.recordsRefused(dataset: dataset.name, refused) }
    }
}

/// What a write means to do, for the access policy: store whole records (add or replace), or amend some columns of
/// stored records (a graduate's own skills).
public enum WriteIntent: Hashable, Sendable {
    case store
    case amend(columns: Set<String>)
}

/// One record of a batch that the access policy refused: its row in the batch (from 0) and why.
public struct RecordRefusal: Hashable, Sendable {
    public let row: Int
    public let refusal: Refusal
}

/// Reusable bytes for values that need formatting before binding (dates, joined lists); bound as transient,
/// so SQLite copies them at once.
struct BindScratch {
    var bytes: [UInt8] = []
}

/// The UTF-8 text of every code of a dictionary in one stable buffer, bound without copying.
final class DictionaryText {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let offsets: [Int]

    init(_ dictionary: StringDictionary) {
        var all: [UInt8] = []
        var offsets = [0]
        offsets.reserveCapacity(dictionary.count + 1)
        for code in 0..<UInt32(dictionary.count) {
            all.append(contentsOf: dictionary[code].utf8)
            offsets.append(all.count)
        }
        bytes = .allocate(capacity: max(all.count, 1))
        _ = bytes.initialize(from: all)
        self.offsets = offsets
    }

    deinit { bytes.deallocate() }

    @inline(__always)
    func pointer(_ code: UInt32) -> (UnsafePointer<CChar>, CInt) {
        let start = offsets[Int(code)], end = offsets[Int(code) + 1]
        let base = UnsafeRawPointer(bytes.baseAddress!).advanced(by: start).assumingMemoryBound(to: CChar.self)
        return (base, CInt(end - start))
    }
}

/// One column of a batch, ready to bind row by row in its SQLite storage form.
struct BoundSource {
    enum Values {
        case int32([Int32])
        case int64([Int64])
        case double([Double])
        case bool([Bool])
        case date([Int32])
        case text(codes: [UInt32], text: DictionaryText)
        case list(offsets: [Int32], codes: [UInt32], text: DictionaryText)
    }

    let values: Values
    let validity: Bitmap?

    init(_ table: Columnar.Table, _ column: ColumnSchema, _ dataset: DatasetSchema) throws(StoreError) {
        guard let source = table.column(column.name) else {
            throw .schemaMismatch(dataset: dataset.name, detail: "the batch has no column '\(column.name)'")
        }
        validity = source.validity
        switch (column.type, source.storage) {
        case (.integer, .int32(let v)): values = .int32(v)
        case (.integer, .int64(let v)): values = .int64(v)
        case (.decimal, .double(let v)): values = .double(v)
        case (.boolean, .bool(let v)): values = .bool(v)
        case (.date, .date(let v)): values = .date(v)
        case (.text, .string(let codes, let dictionary)): values = .text(codes: codes, text: DictionaryText(dictionary))
        case (.list, .list(let offsets, let codes, let dictionary)):
            values = .list(offsets: offsets, codes: codes, text: DictionaryText(dictionary))
        default:
            throw .schemaMismatch(
                dataset: dataset.name,
                detail: "column '\(column.name)' is \(source.type.rawValue) in the batch, \(column.type.name) in the schema")
        }
    }

    @inline(__always)
    func bind(row: Int, to handle: OpaquePointer, at index: CInt, scratch: inout BindScratch) {
        if let validity, !validity[row] {
            sqlite3_bind_null(handle, index)
            return
        }
        switch values {
        case .int32(let v): sqlite3_bind_int64(handle, index, Int64(v[row]))
        case .int64(let v): sqlite3_bind_int64(handle, index, v[row])
        case .double(let v): sqlite3_bind_double(handle, index, v[row])
        case .bool(let v): sqlite3_bind_int64(handle, index, v[row] ? 1 : 0)
        case .date(let v):
            formatDate(days: v[row], into: &scratch.bytes)
            bindTransient(scratch.bytes, handle, index)
        case .text(let codes, let text):
            let (pointer, length) = text.pointer(codes[row])
            // The dictionary text outlives the statement's use of it (bindings are cleared after the batch).
            sqlite3_bind_text(handle, index, pointer, length, nil)
        case .list(let offsets, let codes, let text):
            scratch.bytes.removeAll(keepingCapacity: true)
            for k in Int(offsets[row])..<Int(offsets[row + 1]) {
                if k > Int(offsets[row]) { scratch.bytes.append(UInt8(ascii: ";")) }
                let (pointer, length) = text.pointer(codes[k])
                scratch.bytes.append(
                    contentsOf: UnsafeRawBufferPointer(start: pointer, count: Int(length)))
            }
            bindTransient(scratch.bytes, handle, index)
        }
    }
}

/// SQLite's SQLITE_TRANSIENT: copy the bytes during the bind call.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

@inline(__always)
private func bindTransient(_ bytes: [UInt8], _ handle: OpaquePointer, _ index: CInt) {
    _ = bytes.withUnsafeBytes { raw in
        if let base = raw.baseAddress, raw.count > 0 {
            sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), CInt(raw.count), sqliteTransient)
        } else {
            // An empty list is '' (not null): a null list and an empty one differ.
            sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
        }
    }
}

/// `YYYY-MM-DD` of a day count, without building a `String`.
@inline(__always)
func formatDate(days: Int32, into bytes: inout [UInt8]) {
    bytes.removeAll(keepingCapacity: true)
    let (year, month, day) = EpochDays.civil(days: days)
    guard (0...9999).contains(year) else {
        bytes.append(contentsOf: EpochDays.format(days: days).utf8)
        return
    }
    func put(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(48 + (value / divisor) % 10))
            divisor /= 10
        }
    }
    put(year, 4)
    bytes.append(UInt8(ascii: "-"))
    put(month, 2)
    bytes.append(UInt8(ascii: "-"))
    put(day, 2)
}
