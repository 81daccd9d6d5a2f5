/// A published figure that shows some of the same numbers as a draft (a diagnostic repeats the graduates
/// breakdowns): whatever that figure withholds, the draft must withhold too, or the pair would give it away.
struct FigureMirror: Sendable {
    var filters: DashboardFilters
    /// The published figure, `<dashboard>/<id>`.
    var reference: String
    /// Rows of the draft and the key of the same group in the published figure (nil: its single row).
    var rows: [(row: Int, key: String?)]
    /// Columns of the draft and the published columns holding the same numbers.
    var columns: [(draft: String, published: String)]

    /// The draft's cells (in figure `index` of a disclosure run) whose counterparts `published` withholds.
    func withheldCells(in draft: FigureDraft, index: Int, published: Figure) -> [CellReference] {
        var rowsByKey: [String: Int] = [:]
        for (row, cells) in published.rows.enumerated() {
            switch cells.cells.first {
            case .text(let text): rowsByKey[text] = row
            case .integer(let value): rowsByKey[String(value)] = row
            default: rowsByKey[""] = row
            }
        }
        var cells: [CellReference] = []
        for (row, key) in rows {
            guard let publishedRow = key.map({ rowsByKey[$0] }) ?? 0 else { continue }
            for (draftColumn, publishedColumn) in columns {
                guard let column = draft.figure.columnIndex(draftColumn),
                    let source = published.columnIndex(publishedColumn),
                    published.rows[publishedRow].cells[source] == .suppressed
                else { continue }
                cells.append(CellReference(figure: index, row: row, column: column))
            }
        }
        return cells
    }
}
