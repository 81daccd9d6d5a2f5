import Columnar

extension FigureCell {
    /// The cell of a group key: text, or a whole number for numeric keys (level, year); `.null` for the null group.
    init(key: Value) {
        switch key {
        case .null: self = .null
        case .int(let value): self = .integer(value)
        case .double(let value): self = .number(value)
        case .string(let value): self = .text(value)
        case .bool(let value): self = .text(value ? "true" : "false")
        case .date: self = .text(key.description)
        }
    }
}
