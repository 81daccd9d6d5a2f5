import Analytics

/// A figure of one row (a national or an institution's summary) as large numbers, with the national value under
/// each when the section compares.
struct HeadlineNumbers {
    let figure: Figure
    let measures: [String]
    let national: Figure?
    let language: ReportLanguage

    func html() -> String {
        var html = "<div class=\"headline\">"
        for measure in measures {
            guard let index = figure.columnIndex(measure) else { continue }
            let column = figure.columns[index]
            let cell = figure.rows.first?.cells[index] ?? .null
            let text = ValueFormatter.format(cell, unit: column.unit, role: column.role, language: language)
            html +=
                "<div class=\"headline-card\" data-column=\"\(Markup.escape(measure))\">"
                + "<span class=\"headline-value\">\(Markup.escape(text))</span>"
                + "<span class=\"headline-label\">\(Markup.escape(language.pick(column.label)))</span>"
            if let national, let nationalIndex = national.columnIndex(measure) {
                let nationalCell = national.rows.first?.cells[nationalIndex] ?? .null
                let nationalText = ValueFormatter.format(nationalCell, unit: column.unit, role: column.role, language: language)
                html +=
                    "<span class=\"headline-national\">\(Markup.escape(language.pick(ReportText.national))): "
                    + "\(Markup.escape(nationalText))</span>"
            }
            html += "</div>"
        }
        return html + "</div>"
    }
}
