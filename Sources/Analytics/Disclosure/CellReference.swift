/// A cell of one figure among the figures disclosure control treats together.
struct CellReference: Hashable, Sendable {
    var figure: Int
    var row: Int
    var column: Int
}

/// One additive relation between published cells: the parts add up to the total.
///
/// A count relation's parts are at least `minimum`; a rate relation adds the implied numerators (rate × count),
/// whose parts lie between 0 and their count.
struct Balance: Sendable {
    enum Kind: Sendable, Equatable {
        /// Record counts: parts are whole numbers at least `minimum`.
        case count(minimum: Int64)
        /// Numerators of a rate column: `rate × basis count`; a part refers to the rate cell.
        case numerator
        /// Other additive values (shift-share effects): no bounds.
        case value
    }

    var kind: Kind
    /// The population, for relations that share an unpublished total.
    var population: String
    var parts: [CellReference]
    /// The cell publishing the total, nil when no figure publishes it.
    var total: CellReference?
    /// For a numerator relation, the count relation over the same rows (its hidden sum bounds the numerators).
    var sibling: Int? = nil
    /// Parts that are totals of populations no figure publishes: unknowns of their own.
    var unpublishedParts: [String] = []
}
