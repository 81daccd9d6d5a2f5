extension Query {
    /// Every column path the query names: its filters, group keys, measures and their conditions, in that order.
    /// Order keys name output columns, not paths, and are left out.
    public var columnPaths: [String] {
        filters.map(\.column) + groupBy
            + measures.flatMap { measure in
                [measure.column, measure.condition?.column].compactMap { $0 }
            }
    }
}
