import Analytics

/// A figure as an accessible table that also carries every raw value, so that a page can be checked against the
/// JSON API cell by cell: `<td data-column="graduates" data-value="1234">1,234</td>`, with an empty `data-value`
/// and `data-suppressed="true"` for a withheld cell.
struct FigureTable {
    let figure: Figure
    let scope: FigureRequest.Scope
    let caption: String
    let language: ReportLanguage

    func html() -> String {
        var html =
            "<table class=\"data\" data-figure=\"\(Markup.escape(figure.reference))\" data-scope=\"\(scope.rawValue)\">"
            + "<caption>\(Markup.escape(caption))</caption><thead><tr>"
        for column in figure.columns {
            let alignment = column.role == .measure ? " class=\"num\"" : ""
            html +=
                "<th scope=\"col\"\(alignment) data-column=\"\(Markup.escape(column.name))\">"
                + "\(Markup.escape(language.pick(column.label)))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in figure.rows {
            html += "<tr>"
            for (column, cell) in zip(figure.columns, row.cells) {
                html += self.cell(cell, column: column)
            }
            html += "</tr>"
        }
        if figure.rows.isEmpty {
            html +=
                "<tr><td colspan=\"\(max(figure.columns.count, 1))\" class=\"muted\">"
                + "\(Markup.escape(language.pick(ReportText.noData)))</td></tr>"
        }
        return html + "</tbody></table>"
    }

    private func cell(_ cell: FigureCell, column: FigureColumn) -> String {
        let isDimension = column.role == .dimension
        let tag = isDimension && column == figure.columns.first ? "th" : "td"
        var attributes = "data-column=\"\(Markup.escape(column.name))\" data-value=\"\(Markup.escape(ValueFormatter.raw(cell)))\""
        switch cell {
        case .suppressed: attributes += " data-suppressed=\"true\" class=\"withheld\""
        case .null: attributes += " data-null=\"true\" class=\"\(isDimension ? "" : "num ")muted\""
        case .text, .integer, .number: attributes += isDimension ? "" : " class=\"num\""
        }
        if tag == "th" { attributes = "scope=\"row\" " + attributes }
        return "<\(tag) \(attributes)>\(Markup.escape(CellText.display(cell, column: column, language: language)))</\(tag)>"
    }
}

/// The words a reader sees for a cell: a dimension's code as its name, a measure formatted by its unit.
enum CellText {
    static func display(_ cell: FigureCell, column: FigureColumn, language: ReportLanguage) -> String {
        if column.role == .dimension {
            switch cell {
            case .text(let code): return DimensionLabels.label(column: column.name, code: code, language: language)
            case .integer(let code): return DimensionLabels.label(column: column.name, code: String(code), language: language)
            default: break
            }
        }
        return ValueFormatter.format(cell, unit: column.unit, role: column.role, language: language)
    }
}
