import TVET

/// The SQLite form of the TVET schema: one STRICT table per dataset, its rules written as constraints.
///
/// Storage types: text → `TEXT`, integer → `INTEGER`, decimal → `REAL`, boolean → `INTEGER` 0 or 1,
/// date → `TEXT` `YYYY-MM-DD`, list → `TEXT` with the items joined by `;` (an empty list is `''`, distinct from null).
/// The first column is the primary key; links are foreign keys to the target's primary key.
///
/// The `v1-datasets` migration is this schema's `createTable` text as it shipped, frozen as literal SQL
/// (`DataStore+DatasetsMigration.swift`): a change to `TVETSchema` needs a new migration (see docs/OPERATIONS.md), and
/// `StoreSchemaTests` fails while a migrated store and the schema disagree.
enum StoreSchema {
    static func sqlType(_ type: DataType) -> String {
        switch type {
        case .text, .date, .list: "TEXT"
        case .integer, .boolean: "INTEGER"
        case .decimal: "REAL"
        }
    }

    /// `CREATE TABLE` for one dataset.
    static func createTable(_ dataset: DatasetSchema) -> String {
        var lines: [String] = []
        for (index, column) in dataset.columns.enumerated() {
            var line = "\(quoted(column.name)) \(sqlType(column.type))"
            if index == 0 { line += " PRIMARY KEY" }
            if !column.nullable || index == 0 { line += " NOT NULL" }
            if let target = column.linksTo, let key = TVETSchema.dataset(named: target)?.primaryKey.name {
                line += " REFERENCES \(quoted(target))(\(quoted(key)))"
            }
            for check in checks(column) { line += " CHECK (\(check))" }
            lines.append(line)
        }
        return "CREATE TABLE \(quoted(dataset.name)) (\n    " + lines.joined(separator: ",\n    ") + "\n) STRICT"
    }

    /// The constraints that hold a column's values to its type's text form and its rule.
    static func checks(_ column: ColumnSchema) -> [String] {
        let name = quoted(column.name)
        var checks: [String] = []
        switch column.type {
        case .boolean: checks.append("\(name) IN (0, 1)")
        // julianday() rolls an impossible day over ('2024-02-30' reads as 2024-03-01): only a real date survives the
        // round trip unchanged, and text that is not a date gives null.
        case .date: checks.append("date(julianday(\(name))) IS \(name)")
        case .text, .integer, .decimal, .list: break
        }
        switch column.rule {
        case .oneOf(let set)?: checks.append("\(name) IN (\(set.codes.map(literal).joined(separator: ", ")))")
        case .range(let low, let high)?: checks.append("\(name) BETWEEN \(low) AND \(high)")
        case .atLeast(let low)?: checks.append("\(name) >= \(low)")
        case .decimalRange(let low, let high)?: checks.append("\(name) BETWEEN \(low) AND \(high)")
        case .myKad?: checks.append(digits(name, 12))
        case .mascoCode?: checks.append(digits(name, 4))
        case .ssmNumber?: checks.append(digits(name, 12))
        case .nossCode?: checks.append("\(name) GLOB '[A-Z][A-Z]-[0-9][0-9][0-9]-[1-5]:[0-9][0-9][0-9][0-9]'")
        // Value sets inside lists and skill ids need the taxonomy or a split: the importer checks them.
        case .eachOneOf?, .skillIds?, nil: break
        }
        return checks
    }

    /// The upsert of one row: a record whose key is stored already replaces it in place (keeping its rowid, so the
    /// load order stays the order of first arrival, and without deleting it, so rows linking to it stay valid).
    static func upsert(_ dataset: DatasetSchema) -> String {
        let names = dataset.columns.map { quoted($0.name) }
        let updates = names.dropFirst().map { "\($0) = excluded.\($0)" }
        return "INSERT INTO \(quoted(dataset.name)) (\(names.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: names.count).joined(separator: ", ") + ") ON CONFLICT(\(names[0])) DO UPDATE SET "
            + updates.joined(separator: ", ")
    }

    /// Every column in schema order, oldest row first.
    static func selectAll(_ dataset: DatasetSchema, columns: [ColumnSchema]? = nil) -> String {
        let names = (columns ?? dataset.columns).map { quoted($0.name) }
        return "SELECT \(names.joined(separator: ", ")) FROM \(quoted(dataset.name)) ORDER BY rowid"
    }

    static func quoted(_ identifier: String) -> String { "\"" + doubling("\"", in: identifier) + "\"" }

    private static func literal(_ text: String) -> String { "'" + doubling("'", in: text) + "'" }

    private static func doubling(_ quote: Character, in text: String) -> String {
        text.split(separator: quote, omittingEmptySubsequences: false).joined(separator: String([quote, quote]))
    }

    private static func digits(_ name: String, _ count: Int) -> String {
        "\(name) GLOB '" + String(repeating: "[0-9]", count: count) + "'"
    }
}
