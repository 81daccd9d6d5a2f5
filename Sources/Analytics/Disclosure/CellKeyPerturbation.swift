import Columnar

/// Public figures by the cell-key method: runs a figure's query on the snapshot with record keys and perturbs every
/// count of records, every sum of a count column (openings, seats) and both parts of every rate.
///
/// A cell's key is the sum of its records' keys modulo the key range, so it depends only on which records the cell
/// holds: the same cell gets the same noise whatever table or filters it is asked through, and subtracting answers
/// leaves the noise of every cell involved. Rates are perturbed numerator over perturbed denominator; medians and
/// other measures are left exact, for the threshold rule to withhold where they rest on few records.
struct CellKeyPerturbation: Sendable {
    /// The snapshot with a `RecordKeys.column` on every table.
    let keyed: Catalog

    private static let rowsName = "cell key: rows"
    private static let keyName = "cell key: key"

    /// The query's answer with its counts, sums and rates perturbed, in the columns and order the query asks for;
    /// with `fold`, its groups folded (`GroupFolding`) before the noise is added.
    func execute(_ query: Query, folding fold: (([Value]) -> [Value])? = nil) throws(QueryError) -> QueryResult {
        var extended = query
        extended.measures += Self.keyMeasures
        let width = query.groupBy.count
        let result = Self.folded(try keyed.execute(extended), width: width, by: fold)
        let rows = result.columns.firstIndex(of: Self.rowsName)!
        let key = result.columns.firstIndex(of: Self.keyName)!
        var numerators: [Int: [[Value]: (count: Int64, key: Int64)]] = [:]
        for (index, measure) in query.measures.enumerated() where measure.fn == MeasureFn.rate.rawValue {
            numerators[index] = try matching(query, condition: measure.condition, folding: fold)
        }
        let perturbed = result.rows.map { row in
            let group = Array(row.prefix(width))
            let cell = (count: Self.integer(row[rows]), key: Self.integer(row[key]))
            var out = group
            for (index, measure) in query.measures.enumerated() {
                let value = row[width + index]
                switch MeasureFn(rawValue: measure.fn) {
                case .count:
                    out.append(.int(PerturbationTable.perturbed(Self.integer(value), cellKey: Int(cell.key))))
                case .sum:
                    out.append(Self.perturbedSum(value, column: measure.column ?? "", key: cell.key))
                case .rate:
                    let hits = numerators[index]?[group] ?? (0, 0)
                    out.append(Self.rate(hits: hits, of: cell))
                default:
                    out.append(value)
                }
            }
            return out
        }
        return QueryResult(columns: Array(result.columns.prefix(width + query.measures.count)), rows: perturbed)
    }

    private static let keyMeasures = [
        Measure(fn: .count, as: rowsName), Measure(fn: .sum, column: RecordKeys.column, as: keyName),
    ]

    /// The records of each group that meet a rate's condition: their count and cell key.
    private func matching(_ query: Query, condition: Filter?, folding fold: (([Value]) -> [Value])?) throws(QueryError)
        -> [[Value]: (count: Int64, key: Int64)]
    {
        let matching = Query(
            dataset: query.dataset, filters: query.filters + (condition.map { [$0] } ?? []), groupBy: query.groupBy,
            measures: Self.keyMeasures)
        let result = Self.folded(try keyed.execute(matching), width: query.groupBy.count, by: fold)
        var cells: [[Value]: (count: Int64, key: Int64)] = [:]
        for row in result.rows {
            cells[Array(row.prefix(query.groupBy.count))] = (
                Self.integer(row[query.groupBy.count]), Self.integer(row[query.groupBy.count + 1])
            )
        }
        return cells
    }

    /// Perturbed numerator over perturbed denominator; a numerator pushed above its denominator counts as all of it.
    private static func rate(hits: (count: Int64, key: Int64), of cell: (count: Int64, key: Int64)) -> Value {
        let denominator = PerturbationTable.perturbed(cell.count, cellKey: Int(cell.key))
        guard denominator > 0 else { return .null }
        let numerator = PerturbationTable.perturbed(hits.count, cellKey: Int(hits.key))
        return .double(Double(min(numerator, denominator)) / Double(denominator))
    }

    /// A sum of a count column (openings, seats) is perturbed as a count, with the cell's key shifted by the column,
    /// so that it does not move in step with the count of records beside it.
    private static func perturbedSum(_ value: Value, column: String, key: Int64) -> Value {
        guard case .int(let sum) = value else { return value }
        let shift = column.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) % PerturbationTable.keyRange }
        return .int(PerturbationTable.perturbed(sum, cellKey: Int(key) + shift))
    }

    private static func folded(_ result: QueryResult, width: Int, by fold: (([Value]) -> [Value])?) -> QueryResult {
        fold.map { GroupFolding.fold(result, width: width, by: $0) } ?? result
    }

    private static func integer(_ value: Value) -> Int64 {
        if case .int(let value) = value { return value }
        return 0
    }
}
