/// A cell of one figure among the figures disclosure control treats together.
struct CellReference: Hashable, Sendable {
    var figure: Int
    var row: Int
    var column: Int
}
