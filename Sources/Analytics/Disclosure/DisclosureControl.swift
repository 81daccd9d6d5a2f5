/// Small-cell suppression for TERBUKA output (CONTRACT 3.7), applied to figures that are published together.
///
/// Primary suppression withholds every count of records from 1 to the threshold − 1 and every measure resting on
/// fewer records. Secondary suppression then withholds more cells until no withheld cell can be worked out from the
/// published ones: for every additive relation (a breakdown against its total, rate numerators against the national
/// numerator, a total published twice), the system of relations must leave each withheld cell undetermined, and
/// no relation may pin its withheld parts to their bounds (all at the minimum count, all rates 0 or all 1).
/// docs/ANALYTICS.md states the rule.
struct DisclosureControl {
    let threshold: Int64
    private(set) var drafts: [FigureDraft]
    private(set) var hidden: Set<CellReference> = []
    let balances: [Balance]
    /// The relations each cell takes part in, as a part or as the total.
    let balancesByCell: [CellReference: [Int]]

    init(drafts: [FigureDraft], threshold: Int) {
        self.drafts = drafts
        self.threshold = Int64(threshold)
        balances = BalanceBuilder.balances(drafts)
        var byCell: [CellReference: [Int]] = [:]
        for (position, balance) in balances.enumerated() {
            for cell in balance.parts + (balance.total.map { [$0] } ?? []) { byCell[cell, default: []].append(position) }
        }
        balancesByCell = byCell
    }

    /// The figures with primary and secondary suppression applied, starting from the cells `withheld` already.
    static func apply(_ drafts: [FigureDraft], threshold: Int, withheld: [CellReference] = []) -> [Figure] {
        var control = DisclosureControl(drafts: drafts, threshold: threshold)
        control.hidden.formUnion(withheld)
        control.suppressPrimary()
        control.suppressSecondary()
        return control.figures()
    }

    mutating func suppressPrimary() {
        for (figure, draft) in drafts.enumerated() {
            for (column, definition) in draft.figure.columns.enumerated() where definition.role == .measure {
                let support = draft.support[definition.name]
                for row in draft.figure.rows.indices {
                    let cell = draft.figure.rows[row].cells[column]
                    // A zero describes nobody, and an empty breakdown would give it away anyway.
                    let value = cell.doubleValue ?? 0
                    let smallCount = draft.sensitiveCounts.contains(definition.name) && value > 0 && value < Double(threshold)
                    let thinSupport = support.map { $0[row] < threshold } ?? false
                    if smallCount || thinSupport { hidden.insert(CellReference(figure: figure, row: row, column: column)) }
                }
            }
        }
        propagate()
    }

    /// Withholds further cells, one in each exposing relation a round, until no relation exposes a withheld one.
    mutating func suppressSecondary() {
        let limit = drafts.reduce(0) { $0 + $1.figure.rows.count * $1.figure.columns.count }
        for _ in 0..<limit {
            let exposed = DisclosureAudit(control: self).exposedBalances()
            guard !exposed.isEmpty, withholdRound(exposed) else { return }
        }
    }

    /// Withholds one more cell in each exposing relation; false when none had anything left to withhold.
    mutating func withholdRound(_ exposed: Set<Int>) -> Bool {
        var changed = false
        for balance in exposed.sorted() where withholdAnother(in: balances[balance]) { changed = true }
        propagate()
        return changed
    }

    func figures() -> [Figure] {
        drafts.enumerated().map { index, draft in
            var figure = draft.figure
            for cell in hidden where cell.figure == index { figure.rows[cell.row].cells[cell.column] = .suppressed }
            figure.suppressed = figure.rows.contains { $0.isSuppressed }
            figure.threshold = Int(threshold)
            return figure
        }
    }

    /// The value a part of a relation stands for: the cell itself, or for a rate the implied numerator.
    func value(_ cell: CellReference, kind: Balance.Kind) -> Double? {
        let figure = drafts[cell.figure].figure
        let raw = figure.rows[cell.row].cells[cell.column].doubleValue
        guard kind == .numerator else { return raw }
        guard let count = basisCell(of: cell) else { return nil }
        let rows = figure.rows[cell.row].cells[count.column].doubleValue ?? 0
        return ((raw ?? 0) * rows).rounded()
    }

    /// The count cell a rate or other measure rests on, in the same row.
    func basisCell(of cell: CellReference) -> CellReference? {
        let figure = drafts[cell.figure].figure
        guard let basis = figure.columns[cell.column].basis, let column = figure.columnIndex(basis) else { return nil }
        return CellReference(figure: cell.figure, row: cell.row, column: column)
    }

    /// Withholds the published part with the fewest records, or failing that the published total. Parts that move
    /// the relation off its bounds come first: a count above the minimum, a rate strictly between 0 and 1.
    private mutating func withholdAnother(in balance: Balance) -> Bool {
        let candidates = balance.parts.filter { !hidden.contains($0) && !isEmptyCell($0) }
        let unbounded = candidates.filter { breaksBounds($0, kind: balance.kind) }
        let smallest = (unbounded.isEmpty ? candidates : unbounded).min { lhs, rhs in
            let left = size(lhs, kind: balance.kind)
            let right = size(rhs, kind: balance.kind)
            return left == right ? lhs.row < rhs.row : left < right
        }
        if let smallest {
            hidden.insert(smallest)
            return true
        }
        if let total = balance.total, !hidden.contains(total) {
            hidden.insert(total)
            return true
        }
        return false
    }

    /// Whether withholding `cell` adds uncertainty to a relation pinned at its bounds.
    private func breaksBounds(_ cell: CellReference, kind: Balance.Kind) -> Bool {
        let value = drafts[cell.figure].figure.rows[cell.row].cells[cell.column].doubleValue ?? 0
        switch kind {
        case .count(let minimum): return value > Double(minimum)
        case .numerator: return value > 0 && value < 1
        case .value: return true
        }
    }

    private func isEmptyCell(_ cell: CellReference) -> Bool {
        drafts[cell.figure].figure.rows[cell.row].cells[cell.column].doubleValue == nil
    }

    /// How many records a part stands for, to pick the least informative one to withhold.
    private func size(_ cell: CellReference, kind: Balance.Kind) -> Double {
        let target = kind == .numerator ? basisCell(of: cell) ?? cell : cell
        return abs(drafts[target.figure].figure.rows[target.row].cells[target.column].doubleValue ?? 0)
    }

    /// Withholds every measure computed from a withheld cell of its row, until nothing changes.
    private mutating func propagate() {
        var pending = Array(hidden)
        while let cell = pending.popLast() {
            let figure = drafts[cell.figure]
            let name = figure.figure.columns[cell.column].name
            for (index, column) in figure.figure.columns.enumerated() where figure.sources(of: column).contains(name) {
                let dependent = CellReference(figure: cell.figure, row: cell.row, column: index)
                if hidden.insert(dependent).inserted { pending.append(dependent) }
            }
        }
    }
}
