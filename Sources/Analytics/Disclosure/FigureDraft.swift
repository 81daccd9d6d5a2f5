import TVET

/// A figure as computed, unsuppressed, with what disclosure control needs to know about its cells.
struct FigureDraft: Sendable {
    var figure: Figure
    /// Count columns of records whose cells under the threshold are withheld (primary suppression).
    var sensitiveCounts: Set<String>
    /// The number of records behind a measure's cells when that number is not a column (salaried graduates behind a
    /// median): a cell resting on fewer records than the threshold is withheld.
    var support: [String: [Int64]] = [:]
    /// Measures computed from other columns of the row: withheld whenever one of those is, so they cannot be
    /// worked back. A measure with a `basis` depends on it implicitly.
    var dependencies: [String: [String]] = [:]
    /// Rates whose numerator is itself a published count column (offer rate → offers): a withheld numerator
    /// withholds the rate, since rate × count would give it back.
    var numerators: [String: String] = [:]
    /// Published figures showing some of the same numbers, whose withheld cells this draft withholds too.
    var mirrors: [FigureMirror] = []

    init(figure: Figure, sensitiveCounts: Set<String>? = nil) {
        self.figure = figure
        self.sensitiveCounts =
            sensitiveCounts
            ?? Set(figure.columns.filter { $0.role == .measure && $0.unit == .count }.map(\.name))
    }

    /// The columns a cell is withheld with: a measure's basis and declared dependencies, and for a count that is a
    /// rate's numerator, that rate (a published zero numerator would give a withheld rate away as 0).
    func sources(of column: FigureColumn) -> [String] {
        (column.basis.map { [$0] } ?? []) + (dependencies[column.name] ?? [])
            + numerators.filter { $0.value == column.name }.map(\.key)
    }
}
