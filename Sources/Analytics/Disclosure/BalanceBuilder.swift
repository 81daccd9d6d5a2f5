/// Collects the additive relations declared by a set of figure drafts: each partition against its population's
/// published totals, the implied numerators of rates resting on a partitioned count, and published totals of the
/// same population against each other.
enum BalanceBuilder {
    static func balances(_ drafts: [FigureDraft]) -> [Balance] {
        var totals: [String: [CellReference]] = [:]
        for (index, draft) in drafts.enumerated() {
            for total in draft.totals {
                guard let column = draft.figure.columnIndex(total.column) else { continue }
                totals[total.population, default: []].append(CellReference(figure: index, row: total.row, column: column))
            }
        }
        var balances: [Balance] = []
        for (index, draft) in drafts.enumerated() {
            for partition in draft.partitions {
                guard let column = draft.figure.columnIndex(partition.column) else { continue }
                let rows = partition.rows ?? Array(draft.figure.rows.indices)
                var parts = rows.map { CellReference(figure: index, row: $0, column: column) }
                parts += partition.otherParts.compactMap { totals[$0]?.first }
                let total = totals[partition.population]?.first
                let unit = draft.figure.columns[column].unit
                let kind: Balance.Kind = unit == .count ? .count(minimum: partition.minimum) : .value
                balances.append(
                    Balance(
                        kind: kind, population: partition.population, parts: parts, total: total,
                        unpublishedParts: partition.otherParts.filter { totals[$0] == nil }))
                guard unit == .count else { continue }
                balances += numerators(
                    drafts, figure: index, basis: column, rows: rows, population: partition.population,
                    totals: totals[partition.population] ?? [], sibling: balances.count - 1)
            }
        }
        for (population, cells) in totals where cells.count > 1 {
            for other in cells.dropFirst() {
                let kind = balanceKind(drafts, cells[0])
                balances.append(Balance(kind: kind, population: population, parts: [other], total: cells[0]))
                guard case .count = kind else { continue }
                for pair in rateCells(drafts, count: cells[0], matching: other) {
                    balances.append(
                        Balance(
                            kind: .numerator, population: population + "×" + String(pair.0.column), parts: [pair.1],
                            total: pair.0, sibling: balances.count - 1))
                }
            }
        }
        return balances
    }

    private static func balanceKind(_ drafts: [FigureDraft], _ cell: CellReference) -> Balance.Kind {
        drafts[cell.figure].figure.columns[cell.column].unit == .count ? .count(minimum: 0) : .value
    }

    /// For each rate column resting on the partitioned count, the relation of its numerators.
    private static func numerators(
        _ drafts: [FigureDraft], figure: Int, basis: Int, rows: [Int], population: String, totals: [CellReference],
        sibling: Int
    ) -> [Balance] {
        let columns = drafts[figure].figure.columns
        let basisName = columns[basis].name
        let published = drafts[figure].numerators
        return columns.indices.filter {
            columns[$0].unit == .rate && columns[$0].basis == basisName && published[columns[$0].name] == nil
        }.map { rate in
            let parts = rows.map { CellReference(figure: figure, row: $0, column: rate) }
            let totalRate = totals.lazy.compactMap { rateCell(drafts, count: $0, named: columns[rate].name) }.first
            return Balance(
                kind: .numerator, population: population + "×" + columns[rate].name, parts: parts,
                total: totalRate, sibling: sibling)
        }
    }

    /// The rate cell named `name` resting on the count cell `count`, in the same row.
    private static func rateCell(_ drafts: [FigureDraft], count: CellReference, named name: String) -> CellReference? {
        let columns = drafts[count.figure].figure.columns
        let countName = columns[count.column].name
        guard let index = columns.firstIndex(where: { $0.name == name && $0.unit == .rate && $0.basis == countName })
        else { return nil }
        return CellReference(figure: count.figure, row: count.row, column: index)
    }

    /// Pairs of rate cells with the same name resting on two cells that publish the same total.
    private static func rateCells(_ drafts: [FigureDraft], count: CellReference, matching other: CellReference)
        -> [(CellReference, CellReference)]
    {
        let columns = drafts[count.figure].figure.columns
        let countName = columns[count.column].name
        return columns.indices.filter { columns[$0].unit == .rate && columns[$0].basis == countName }.compactMap {
            let first = CellReference(figure: count.figure, row: count.row, column: $0)
            return rateCell(drafts, count: other, named: columns[$0].name).map { (first, $0) }
        }
    }
}
