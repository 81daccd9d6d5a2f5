import TVET

/// A figure as computed, unsuppressed, with what disclosure control needs to know about its cells.
struct FigureDraft: Sendable {
    /// The rows of `column` (all rows when `rows` is nil) add up to the total of `population`.
    struct Partition: Sendable {
        var column: String
        var population: String
        var rows: [Int]?
        /// The least value a hidden part can take: 1 for groups the engine only returns when non-empty.
        var minimum: Int64 = 1
        /// Totals of other populations that are parts of this relation too (open vacancies beside the closed ones).
        var otherParts: [String] = []
    }

    /// The cell at `row`, `column` publishes the total of `population`.
    struct PopulationTotal: Sendable {
        var population: String
        var row: Int
        var column: String
    }

    var figure: Figure
    /// Count columns of records whose cells under the threshold are withheld (primary suppression).
    var sensitiveCounts: Set<String>
    /// The number of records behind a measure's cells when that number is not a column (salaried graduates behind a
    /// median): a cell resting on fewer records than the threshold is withheld.
    var support: [String: [Int64]] = [:]
    /// Measures computed from other columns of the row: withheld whenever one of those is, so they cannot be
    /// worked back. A measure with a `basis` depends on it implicitly.
    var dependencies: [String: [String]] = [:]
    /// Rates whose numerator is itself a published count column (offer rate → offers): their numerators are
    /// protected through that column, so no numerator relation of their own is needed.
    var numerators: [String: String] = [:]
    var partitions: [Partition] = []
    /// Published figures showing some of the same numbers, whose withheld cells this draft withholds too.
    var mirrors: [FigureMirror] = []
    var totals: [PopulationTotal] = []

    init(figure: Figure, sensitiveCounts: Set<String>? = nil) {
        self.figure = figure
        self.sensitiveCounts =
            sensitiveCounts
            ?? Set(figure.columns.filter { $0.role == .measure && $0.unit == .count }.map(\.name))
    }

    /// Declares that the whole figure, for each column named, splits the population of that column.
    mutating func partitionAll(_ columns: [String], population: String) {
        for column in columns { partitions.append(Partition(column: column, population: population + "/" + column)) }
    }

    /// Declares that row `row` holds the totals of the populations that `partitionAll` names.
    mutating func totalAll(_ columns: [String], population: String, row: Int = 0) {
        for column in columns { totals.append(PopulationTotal(population: population + "/" + column, row: row, column: column)) }
    }

    /// The columns a cell is withheld with: a measure's basis and declared dependencies, and for a count that is a
    /// rate's numerator, that rate (a published zero numerator would give a withheld rate away as 0).
    func sources(of column: FigureColumn) -> [String] {
        (column.basis.map { [$0] } ?? []) + (dependencies[column.name] ?? [])
            + numerators.filter { $0.value == column.name }.map(\.key)
    }
}
