extension Catalog {
    /// The rows of a dataset that every filter takes, in stored order; every row without filters. Filters are
    /// those of a query (CONTRACT 3.4), checked and evaluated as a query's are.
    public func rows(of dataset: String, matching filters: [Filter]) throws(QueryError) -> [Int] {
        guard let table = tables[dataset] else { throw .unknownDataset(dataset) }
        guard let selection = try selection(filters, in: table) else { return Array(0..<table.rowCount) }
        return selection.setIndices().map(Int.init)
    }

    /// The intersection of the filters' bitmaps, or nil without filters.
    func selection(_ filters: [Filter], in table: Table) throws(QueryError) -> Bitmap? {
        var selection: Bitmap?
        for (i, filter) in filters.enumerated() {
            let bits = try evaluate(filter, context: "filter \(i + 1)", dataset: table)
            if selection == nil { selection = bits } else { selection?.formIntersection(bits) }
        }
        return selection
    }
}
