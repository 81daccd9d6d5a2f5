/// One row of a figure: its cells in the order of the figure's columns.
public struct FigureRow: Sendable, Equatable {
    public var cells: [FigureCell]

    public init(cells: [FigureCell]) {
        self.cells = cells
    }

    /// True when any cell of the row was withheld by disclosure control.
    public var isSuppressed: Bool { cells.contains(.suppressed) }
}

/// A cell of a figure. `.null` means there is no value (a median over no salaries); `.suppressed` means there is one
/// but it is withheld from this audience.
public enum FigureCell: Sendable, Hashable {
    case text(String)
    case integer(Int64)
    case number(Double)
    case null
    case suppressed

    /// The cell as a number, when it holds one.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        case .text, .null, .suppressed: nil
        }
    }

    /// The cell as a whole number, when it holds one.
    public var integerValue: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The cell as text, when it holds text.
    public var textValue: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}
