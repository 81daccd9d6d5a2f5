extension Table {
    /// The value of a column at a row as text (a string as it is, other values as they print), or nil when the column
    /// does not exist or the value is null. For the few per-record checks outside scans (ownership, states).
    public func text(_ column: String, row: Int) -> String? {
        guard let column = self.column(column), !column.isNull(row) else { return nil }
        if case .string(let text) = column.value(at: row) { return text }
        return column.value(at: row).description
    }
}
