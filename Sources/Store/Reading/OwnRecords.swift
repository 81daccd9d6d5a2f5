import Columnar
import Synchronization
import TVET

/// Finds the rows of a dataset that belong to a principal, for the "own records" view the access policy gives to
/// graduates and applicants (`ReadScope.own`).
///
/// Rows are matched on codes, not strings: the owner's value is looked up once in the column's dictionary. Applicants
/// own applications by MyKad number, which is known only as a keyed digest: the digest of every distinct number of
/// the column is computed once per engine version and kept, so a lookup is one dictionary probe.
public final class OwnRecords: Sendable {
    private let store: DataStore
    private let applicantCodes = Mutex<(version: UInt64, codes: [String: UInt32])?>(nil)

    public init(store: DataStore) { self.store = store }

    /// The rows of `dataset` in `snapshot` that `principal` owns, in table order.
    public func rows(of dataset: DatasetSchema, in snapshot: Catalog, for principal: Principal) -> [Int] {
        guard let ownerColumn = dataset.ownerColumn, let table = snapshot.table(dataset.name),
            let column = table.column(ownerColumn.column.name), case .string(let codes, let dictionary) = column.storage
        else { return [] }
        let code: UInt32?
        switch ownerColumn.kind {
        case .employer: code = principal.holds(.employer) ? principal.employerID.flatMap(dictionary.code(of:)) : nil
        case .graduate: code = principal.holds(.graduate) ? principal.graduateID.flatMap(dictionary.code(of:)) : nil
        case .student: code = principal.holds(.graduate) ? principal.studentID.flatMap(dictionary.code(of:)) : nil
        case .applicant: code = principal.myKadDigest.flatMap { applicantCode($0, dictionary: dictionary, version: snapshot.version) }
        }
        guard let code else { return [] }
        var rows: [Int] = []
        for row in 0..<table.rowCount where codes[row] == code && !column.isNull(row) { rows.append(row) }
        return rows
    }

    /// Whose the stored row is, as the access policy knows owners (an applicant by the digest of their MyKad number).
    public func owner(of dataset: DatasetSchema, row: Int, in table: Table) -> RecordOwner? {
        guard let ownerColumn = dataset.ownerColumn, let value = table.text(ownerColumn.column.name, row: row) else { return nil }
        return ownerColumn.owner(ownerColumn.kind == .applicant ? store.myKadDigest(value) : value)
    }

    /// Whose the stored record with this key is; nil when no such record is stored.
    public func owner(of dataset: DatasetSchema, key: String, in snapshot: Catalog) -> RecordOwner? {
        guard let table = snapshot.table(dataset.name), let row = table.row(forKey: key) else { return nil }
        return owner(of: dataset, row: row, in: table)
    }

    private func applicantCode(_ digest: String, dictionary: StringDictionary, version: UInt64) -> UInt32? {
        applicantCodes.withLock { cache in
            if cache?.version != version {
                var codes: [String: UInt32] = [:]
                codes.reserveCapacity(dictionary.count)
                for code in 0..<UInt32(dictionary.count) { codes[store.myKadDigest(dictionary[code])] = code }
                cache = (version, codes)
            }
            return cache?.codes[digest]
        }
    }
}
