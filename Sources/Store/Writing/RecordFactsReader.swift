import Columnar
import GRDB
import TVET

/// Reads what the access policy needs to know of a batch's records (`RecordFacts`: owner and state) and of the
/// stored records their keys name. Stored facts are read inside the write's transaction, so the decision is made on
/// what is stored at the moment of writing, not on an earlier snapshot.
struct RecordFactsReader {
    let dataset: DatasetSchema
    let keys: StoreKeys
    private let ownerColumn: OwnerColumn?
    private let stateColumn: ColumnSchema?
    private let lookup: Statement?

    init(dataset: DatasetSchema, keys: StoreKeys, db: Database) throws {
        self.dataset = dataset
        self.keys = keys
        ownerColumn = dataset.ownerColumn
        stateColumn = dataset.stateColumn
        let selected = [ownerColumn?.column.name, stateColumn?.name].map { $0.map(StoreSchema.quoted) ?? "NULL" }
        lookup = try db.makeStatement(
            sql: "SELECT \(selected.joined(separator: ", ")) FROM \(StoreSchema.quoted(dataset.name)) "
                + "WHERE \(StoreSchema.quoted(dataset.primaryKey.name)) = ?")
    }

    /// The facts of row `row` of a batch.
    func submitted(_ table: Columnar.Table, row: Int) -> RecordFacts {
        RecordFacts(
            owner: ownerColumn.flatMap { column in table.text(column.column.name, row: row).map { owner(column, $0) } },
            state: stateColumn.flatMap { table.text($0.name, row: row) })
    }

    /// The facts of the stored record with this key, or nil when none is stored.
    func stored(key: String) throws -> RecordFacts? {
        guard let lookup, let row = try Row.fetchOne(lookup, arguments: [key]) else { return nil }
        let owner: String? = row[0], state: String? = row[1]
        return RecordFacts(owner: ownerColumn.flatMap { column in owner.map { self.owner(column, $0) } }, state: state)
    }

    /// An applicant is known by the keyed digest of their MyKad number, as their login is: never by the number.
    private func owner(_ column: OwnerColumn, _ value: String) -> RecordOwner {
        column.kind == .applicant ? column.owner(Secret.keyedDigest(value, key: keys.lookupKey)) : column.owner(value)
    }
}
