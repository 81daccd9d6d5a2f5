import Columnar
import Crypto
import Foundation

/// The fixed secret key of every record, for the cell-key method: HMAC-SHA256 of the dataset name and the record's
/// primary key under the store's cell-key secret, reduced to `0 ..< PerturbationTable.keyRange`.
///
/// A record keeps its key for as long as the store keeps its key file, so a cell (a set of records) has the same key,
/// and the same noise, in every table and query. Without the secret the keys look random, so nobody can work a
/// cell's noise out from which records it holds.
struct RecordKeys: Sendable {
    /// The column the keys are added under, in a copy of the snapshot that only disclosure control queries.
    static let column = "record_key"

    /// The HMAC with its key already absorbed: copied for each record, which saves hashing the key every time.
    private let keyed: HMAC<SHA256>

    init(secret: SymmetricKey) {
        keyed = HMAC<SHA256>(key: secret)
    }

    /// The key of one record.
    func key(dataset: String, primaryKey: String) -> Int64 {
        var mac = keyed
        var message = dataset + "\u{0}" + primaryKey
        message.withUTF8 { mac.update(data: UnsafeRawBufferPointer($0)) }
        let word = mac.finalize().withUnsafeBytes { bytes in bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        return Int64(word % UInt64(PerturbationTable.keyRange))
    }

    /// What identifies a record: its primary key, or for a table without one (a selection of rows), all its values.
    private func identity(of row: Int, in table: Table) -> String {
        if let primaryKey = table.primaryKey, let column = table.column(primaryKey) { return column.value(at: row).description }
        return table.columns.map { $0.value(at: row).description }.joined(separator: "\u{0}")
    }

    /// `catalog` with the record keys as one more column of every table, and how many records were hashed. A table
    /// that is still the very same data as in `previous` (the keyed copy of an earlier version: a data change that did
    /// not touch this dataset) takes its keys from there instead of hashing its records again.
    func keyed(_ catalog: Catalog, reusing previous: Catalog? = nil) throws(AnalyticsError) -> (catalog: Catalog, hashed: Int) {
        var tables: [Table] = []
        var hashed = 0
        for table in catalog.tables.values {
            var keys = previous?.table(table.name).flatMap { Self.keys(of: table, in: $0) }
            if keys == nil {
                keys = .int64((0..<table.rowCount).map { row in key(dataset: table.name, primaryKey: identity(of: row, in: table)) })
                hashed += table.rowCount
            }
            do {
                tables.append(
                    try Table(
                        name: table.name, columns: table.columns + [Column(name: Self.column, storage: keys!)],
                        primaryKey: table.primaryKey))
            } catch {
                throw AnalyticsError.engine(figure: table.name, reason: "its record keys could not be added: \(error)")
            }
        }
        do {
            return (try Catalog(tables: tables, links: catalog.links), hashed)
        } catch {
            throw AnalyticsError.engine(figure: "record keys", reason: "the keyed snapshot could not be built: \(error)")
        }
    }

    /// The record keys of `keyed` when its other columns are the very buffers of `table`'s (arrays never change in
    /// place, so the same buffer is the same data).
    private static func keys(of table: Table, in keyed: Table) -> ColumnStorage? {
        guard keyed.rowCount == table.rowCount, keyed.columns.count == table.columns.count + 1,
            zip(table.columns, keyed.columns).allSatisfy({ $0.name == $1.name && sharesStorage($0, $1) })
        else { return nil }
        return keyed.column(column)?.storage
    }

    private static func sharesStorage(_ a: Column, _ b: Column) -> Bool {
        func same<T>(_ x: [T], _ y: [T]) -> Bool {
            x.count == y.count && x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { q in p.baseAddress == q.baseAddress } }
        }
        switch (a.storage, b.storage) {
        case (.int32(let x), .int32(let y)), (.date(let x), .date(let y)): return same(x, y)
        case (.int64(let x), .int64(let y)): return same(x, y)
        case (.double(let x), .double(let y)): return same(x, y)
        case (.bool(let x), .bool(let y)): return same(x, y)
        case (.string(let x, _), .string(let y, _)): return same(x, y)
        case (.list(let xo, let xc, _), .list(let yo, let yc, _)): return same(xo, yo) && same(xc, yc)
        default: return false
        }
    }
}
