/// The threshold rule for TERBUKA output (CONTRACT 3.7), applied to figures computed from perturbed counts
/// (`CellKeyPerturbation`).
///
/// A perturbed count of records from 1 to the threshold − 1 is withheld, and so is every measure resting on it (a rate
/// or median whose basis is withheld) and every measure computed from a withheld cell of its row. A median is exact, not
/// perturbed, so it is published only when its perturbed support is at least the threshold + D: its true support is
/// then at least the threshold. The noise, not further suppression, is what keeps a withheld count from
/// being worked out by subtracting answers: docs/ANALYTICS.md states the method.
struct DisclosureControl {
    let threshold: Int64
    let drafts: [FigureDraft]
    private(set) var hidden: Set<CellReference> = []

    init(drafts: [FigureDraft], threshold: Int) {
        self.drafts = drafts
        self.threshold = Int64(threshold)
    }

    /// The figures with the threshold rule applied, starting from the cells `withheld` already.
    static func apply(_ drafts: [FigureDraft], threshold: Int, withheld: [CellReference] = []) -> [Figure] {
        var control = DisclosureControl(drafts: drafts, threshold: threshold)
        control.hidden.formUnion(withheld)
        control.withholdSmallCells()
        return control.figures()
    }

    mutating func withholdSmallCells() {
        for (figure, draft) in drafts.enumerated() {
            for (column, definition) in draft.figure.columns.enumerated() where definition.role == .measure {
                let support = draft.support[definition.name]
                let leastSupport = threshold + PerturbationTable.maxNoise
                for row in draft.figure.rows.indices {
                    let cell = draft.figure.rows[row].cells[column]
                    // A published zero may hide a count of 1 or 2 (the table sends them to 0 or above the threshold).
                    let value = cell.doubleValue ?? 0
                    let smallCount = draft.sensitiveCounts.contains(definition.name) && value > 0 && value < Double(threshold)
                    let thinSupport = support.map { $0[row] < leastSupport } ?? false
                    if smallCount || thinSupport { hidden.insert(CellReference(figure: figure, row: row, column: column)) }
                }
            }
        }
        propagate()
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
