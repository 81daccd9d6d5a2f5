import Columnar

extension CatalogueItem.Coverage {
    /// The first and last year found in a year (integer) or date column of `table`; null years when the column is
    /// absent or holds no value.
    init(column name: String?, in table: Table?) {
        var first: Int?
        var last: Int?
        if let name, let column = table?.column(name) {
            for row in 0..<column.count {
                let year: Int
                switch column.value(at: row) {
                case .int(let value): year = Int(value)
                case .date(let days): year = EpochDays.civil(days: days).year
                default: continue
                }
                first = min(first ?? year, year)
                last = max(last ?? year, year)
            }
        }
        self.init(from: first, to: last)
    }
}
