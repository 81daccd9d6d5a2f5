import Columnar

/// Groups the engine cannot form itself (a date's year, a MASCO code's major group, a salary band), formed from a
/// finer grouping: rows whose folded keys are equal become one, their integer measures added.
///
/// Folding happens before public figures are perturbed, so a folded group is one cell with one noise, as any other.
enum GroupFolding {
    /// `result` with the first `width` columns (the group keys) mapped by `fold` and equal groups merged, in the
    /// order each folded group is first met. Integer measures (counts, sums) are added; other values keep the first.
    static func fold(_ result: QueryResult, width: Int, by fold: ([Value]) -> [Value]) -> QueryResult {
        var order: [[Value]] = []
        var merged: [[Value]: [Value]] = [:]
        for row in result.rows {
            let group = fold(Array(row.prefix(width)))
            let measures = Array(row.dropFirst(width))
            guard let previous = merged[group] else {
                order.append(group)
                merged[group] = measures
                continue
            }
            merged[group] = zip(previous, measures).map { sum, value in
                if case .int(let left) = sum, case .int(let right) = value { return .int(left + right) }
                return sum
            }
        }
        return QueryResult(columns: result.columns, rows: order.map { $0 + merged[$0]! })
    }
}
