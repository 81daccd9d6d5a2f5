import Analytics

/// One section of the page: heading and text, the chart, the method next to it, the data table, the downloads
/// and, when cells are withheld, the footnote that says why.
struct SectionRenderer {
    let section: ReportSection
    let figure: Figure
    /// The national figure drawn alongside, for sections that compare.
    let national: Figure?
    let index: Int
    let language: ReportLanguage
    let context: ReportContext

    var anchor: String { "section-\(index + 1)" }

    var heading: String { language.pick(section.heading ?? figure.title) }

    func html() -> String {
        var html =
            "<section class=\"report-section\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-heading\" "
            + "data-section=\"\(Markup.escape(section.figure))\">"
            + "<h2 id=\"\(anchor)-heading\"><span class=\"section-number\">\(index + 1)</span> \(Markup.escape(heading))</h2>"
            + "<p class=\"section-text\">\(Markup.escape(language.pick(section.text)))</p>"
        if section.chart == .table {
            html += "<div class=\"chart-block table-block\">\(tables())</div>"
        } else {
            let chart = ChartBuilder(
                section: section, figure: figure, national: national, index: index, language: language, context: context)
            html += "<div class=\"chart-block\">\(chart.html())</div>"
        }
        html +=
            "<div class=\"method\"><h3>\(Markup.escape(language.pick(ReportText.method)))</h3>"
            + "<p>\(Markup.escape(language.pick(figure.method)))</p></div>"
        if section.chart != .table {
            html +=
                "<details class=\"data-table\"><summary>\(Markup.escape(language.pick(ReportText.dataTable)))</summary>"
                + "\(tables())</details>"
        }
        html += "<p class=\"downloads\">\(downloads())</p>"
        if let footnote { html += "<p class=\"footnote\">\(Markup.escape(footnote))</p>" }
        return html + "</section>"
    }

    /// The selection's table, and the national one after it when the section compares.
    private func tables() -> String {
        let title = language.pick(figure.title)
        var selectionCaption = title
        if national != nil { selectionCaption += " — " + (context.institutionName ?? language.pick(ReportText.selection)) }
        var html = FigureTable(figure: figure, scope: .selection, caption: selectionCaption, language: language).html()
        if let national {
            let caption = title + " — " + language.pick(ReportText.national)
            html += FigureTable(figure: national, scope: .national, caption: caption, language: language).html()
        }
        return html
    }

    private func downloads() -> String {
        var html = FigureDownloads(
            figure: figure, scope: .selection, filters: context.filters, apiBase: context.apiBase, language: language
        ).html()
        if let national {
            html +=
                " "
                + FigureDownloads(
                    figure: national, scope: .national, filters: context.nationalFilters, apiBase: context.apiBase,
                    language: language
                ).html()
        }
        return html
    }

    /// Present when any cell of the section's figures is withheld.
    private var footnote: String? {
        let figures = [figure] + (national.map { [$0] } ?? [])
        let withheld = figures.contains { $0.suppressed || $0.rows.contains(where: \.isSuppressed) }
        guard withheld else { return nil }
        return language.pick(ReportText.suppressionNote(threshold: figures.compactMap(\.threshold).first))
    }
}
