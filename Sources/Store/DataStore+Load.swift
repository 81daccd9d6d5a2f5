import Columnar
import Dispatch
import GRDB
import GRDBSQLite
import Synchronization
import TVET

extension DataStore {
    /// Every dataset as an engine table (rows in the order their keys were first stored), with `TVETSchema.links`.
    /// The catalog is one consistent version of the store, even while another process writes to it.
    public func loadCatalog() throws(StoreError) -> Catalog {
        let tables: [Columnar.Table]
        if let pool = writer as? DatabasePool, let loaded = try DataStore.loadInParallel(pool) {
            tables = loaded
        } else {
            tables = try reading { db in
                try TVETSchema.datasets.map { dataset in try DataStore.load(dataset, columns: dataset.columns, from: db) }
            }
        }
        do {
            return try Catalog(tables: tables, links: TVETSchema.links)
        } catch {
            throw .database(reason: "the stored tables do not form a catalog: \(error)")
        }
    }

    /// One dataset as an engine table.
    public func loadTable(_ dataset: DatasetSchema) throws(StoreError) -> Columnar.Table {
        try reading { db in try DataStore.load(dataset, columns: dataset.columns, from: db) }
    }

    /// Only the primary keys of a dataset: a table with one column, for `row(forKey:)` look-ups.
    public func loadKeys(_ dataset: DatasetSchema) throws(StoreError) -> Columnar.Table {
        try reading { db in try DataStore.load(dataset, columns: [dataset.primaryKey], from: db) }
    }

    /// Loads the tables on `workers` reader connections at once (interning strings is most of the work, and it is
    /// bound by memory latency, so two cores nearly halve it).
    ///
    /// Every reader must see the same version: the writer connection takes SQLite's write lock (`BEGIN IMMEDIATE`,
    /// which also holds off other processes), each reader opens its snapshot with a first read, and only then is the
    /// lock released. Returns nil, without waiting, when another process is writing (a long import): the caller then
    /// reads everything in one transaction on one connection.
    static func loadInParallel(_ pool: DatabasePool, workers: Int = 2) throws(StoreError) -> [Columnar.Table]? {
        let work = LoadQueue(TVETSchema.datasets)
        do {
            let locked = try pool.writeWithoutTransaction { db -> Bool in
                sqlite3_busy_timeout(db.sqliteConnection, 0)
                defer { sqlite3_busy_timeout(db.sqliteConnection, 10_000) }
                do {
                    try db.execute(sql: "BEGIN IMMEDIATE")
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    return false
                }
                let snapshotsTaken = DispatchSemaphore(value: 0)
                let group = DispatchGroup()
                for _ in 0..<workers {
                    DispatchQueue.global().async(group: group) {
                        let signalled = Mutex(false)
                        let signalOnce = { if signalled.withLock({ let was = $0; $0 = true; return !was }) { snapshotsTaken.signal() } }
                        do {
                            try pool.read { reader in
                                _ = try Int.fetchOne(reader, sql: "SELECT count(*) FROM sqlite_master")
                                signalOnce()
                                while let dataset = work.next() {
                                    work.finish(dataset, try DataStore.load(dataset, columns: dataset.columns, from: reader))
                                }
                            }
                        } catch {
                            work.fail(error)
                        }
                        signalOnce()
                    }
                }
                for _ in 0..<workers { snapshotsTaken.wait() }
                try db.execute(sql: "ROLLBACK")
                group.wait()
                return true
            }
            if !locked { return nil }
        } catch {
            throw StoreError(error)
        }
        return try work.results()
    }

    /// Steps the raw statement and appends each value straight into the typed builders (no `Row`, no `Any`).
    static func load(_ dataset: DatasetSchema, columns: [ColumnSchema], from db: Database) throws -> Columnar.Table {
        let builder = TableBuilder(name: dataset.name, primaryKey: dataset.primaryKey.name)
        let sinks = columns.map { Sink(builder.addColumn($0.name, type: $0.type.columnarType)) }
        let statement = try db.makeStatement(sql: StoreSchema.selectAll(dataset, columns: columns))
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var row = 0
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw StoreError.database(reason: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            for (index, sink) in sinks.enumerated() {
                guard sink.append(from: handle, CInt(index)) else {
                    throw StoreError.badStoredValue(dataset: dataset.name, column: columns[index].name, row: row)
                }
            }
            row += 1
        }
        do {
            return try builder.build()
        } catch {
            throw StoreError.database(reason: "\(dataset.name): \(error)")
        }
    }
}

/// The datasets still to load, largest first, and the loaded tables; shared by the loading threads.
private final class LoadQueue: Sendable {
    private struct State {
        var pending: [DatasetSchema]
        var done: [String: Columnar.Table] = [:]
        var failure: StoreError?
    }

    private let state: Mutex<State>
    private let order: [String]

    init(_ datasets: [DatasetSchema]) {
        order = datasets.map(\.name)
        // Roughly by size at national scale, so the two big halves end together.
        let weight = ["certificates": 9, "students": 8, "applications": 7, "graduates": 10, "vacancies": 3]
        state = Mutex(State(pending: datasets.sorted { (weight[$0.name] ?? 0) > (weight[$1.name] ?? 0) }))
    }

    func next() -> DatasetSchema? {
        state.withLock { $0.failure == nil && !$0.pending.isEmpty ? $0.pending.removeFirst() : nil }
    }

    func finish(_ dataset: DatasetSchema, _ table: Columnar.Table) { state.withLock { $0.done[dataset.name] = table } }

    func fail(_ error: any Error) { state.withLock { $0.failure = $0.failure ?? StoreError(error) } }

    func results() throws(StoreError) -> [Columnar.Table] {
        let (done, failure) = state.withLock { ($0.done, $0.failure) }
        if let failure { throw failure }
        return order.map { done[$0]! }
    }
}

/// A typed builder, unwrapped once so that each value costs one switch and no existential call.
private enum Sink {
    case int32(Int32ColumnBuilder)
    case int64(Int64ColumnBuilder)
    case double(DoubleColumnBuilder)
    case bool(BoolColumnBuilder)
    case date(DateColumnBuilder)
    case string(StringColumnBuilder)
    case list(ListColumnBuilder)

    init(_ builder: any ColumnBuilder) {
        switch builder {
        case let b as Int32ColumnBuilder: self = .int32(b)
        case let b as Int64ColumnBuilder: self = .int64(b)
        case let b as DoubleColumnBuilder: self = .double(b)
        case let b as BoolColumnBuilder: self = .bool(b)
        case let b as DateColumnBuilder: self = .date(b)
        case let b as StringColumnBuilder: self = .string(b)
        case let b as ListColumnBuilder: self = .list(b)
        default: preconditionFailure("unknown column builder \(type(of: builder))")
        }
    }

    /// Appends column `index` of the current row; false when the stored value is not of the column's type.
    @inline(__always)
    func append(from handle: OpaquePointer, _ index: CInt) -> Bool {
        let type = sqlite3_column_type(handle, index)
        if type == SQLITE_NULL {
            switch self {
            case .int32(let b): b.appendNull()
            case .int64(let b): b.appendNull()
            case .double(let b): b.appendNull()
            case .bool(let b): b.appendNull()
            case .date(let b): b.appendNull()
            case .string(let b): b.appendNull()
            case .list(let b): b.appendNull()
            }
            return true
        }
        switch self {
        case .int32(let b):
            guard type == SQLITE_INTEGER, let value = Int32(exactly: sqlite3_column_int64(handle, index)) else { return false }
            b.append(value)
        case .int64(let b):
            guard type == SQLITE_INTEGER else { return false }
            b.append(sqlite3_column_int64(handle, index))
        case .double(let b):
            guard type == SQLITE_FLOAT || type == SQLITE_INTEGER else { return false }
            b.append(sqlite3_column_double(handle, index))
        case .bool(let b):
            guard type == SQLITE_INTEGER else { return false }
            b.append(sqlite3_column_int64(handle, index) != 0)
        case .date(let b):
            guard type == SQLITE_TEXT, let days = EpochDays.parse(utf8: text(handle, index)) else { return false }
            b.append(days: days)
        case .string(let b):
            guard type == SQLITE_TEXT else { return false }
            b.append(utf8: text(handle, index))
        case .list(let b):
            guard type == SQLITE_TEXT else { return false }
            let items = text(handle, index)
            // '' is an empty list; the builder's splitting would read an empty field as null.
            if items.isEmpty { b.endRow() } else { b.append(splitting: items) }
        }
        return true
    }

    @inline(__always)
    private func text(_ handle: OpaquePointer, _ index: CInt) -> UnsafeBufferPointer<UInt8> {
        let start = sqlite3_column_text(handle, index)
        let count = Int(sqlite3_column_bytes(handle, index))
        return UnsafeBufferPointer(start: start, count: count)
    }
}
