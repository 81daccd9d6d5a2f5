import Analytics
import TVET

/// Turns a section's figure (and the national one) into the chart its definition names.
struct ChartBuilder {
    let section: ReportSection
    let figure: Figure
    let national: Figure?
    let index: Int
    let language: ReportLanguage
    let context: ReportContext

    private var title: String { language.pick(section.heading ?? figure.title) }

    func html() -> String {
        switch section.chart {
        case .headline:
            HeadlineNumbers(figure: figure, measures: section.measures, national: national, language: language).html()
        case .bar: barChart()
        case .line: section.panelBy == nil ? lineChart(rows: figure.rows, title: title, compact: false) : linePanels()
        case .tilemap: tileMap()
        case .table: ""
        }
    }

    private var selectionName: String { context.institutionName ?? language.pick(ReportText.selection) }

    private func barChart() -> String {
        guard let category = section.categoryColumn(in: figure) else { return "" }
        let column = figure.columns[category]
        let codes = figure.rows.map { ValueFormatter.raw($0.cells[category]) }
        let labels = figure.rows.map { CellText.display($0.cells[category], column: column, language: language) }
        var series = section.measures.enumerated().compactMap { position, measure in
            measureSeries(measure, in: figure, colour: ChartPalette.colour(series: position))
        }
        if let national, let measure = section.measures.first, let nationalColumn = national.columnIndex(measure),
            let nationalCategory = national.columnIndex(column.name)
        {
            var byCode: [String: FigureCell] = [:]
            for row in national.rows { byCode[ValueFormatter.raw(row.cells[nationalCategory])] = row.cells[nationalColumn] }
            series = series.map { ChartSeries(name: selectionName, column: $0.column, cells: $0.cells, colour: $0.colour) }
            series.append(
                ChartSeries(
                    name: language.pick(ReportText.national), column: national.columns[nationalColumn],
                    cells: codes.map { byCode[$0] ?? .null }, colour: ChartPalette.national))
        }
        return BarChart(title: title, categories: labels, series: series, language: language).svg()
    }

    private func measureSeries(_ measure: String, in figure: Figure, colour: String, rows: [FigureRow]? = nil)
        -> ChartSeries?
    {
        guard let column = figure.columnIndex(measure) else { return nil }
        let cells = (rows ?? figure.rows).map { $0.cells[column] }
        return ChartSeries(
            name: language.pick(figure.columns[column].label), column: figure.columns[column], cells: cells, colour: colour)
    }

    /// One small chart per value of the panel column, sharing one legend above them.
    private func linePanels() -> String {
        guard let panelBy = section.panelBy, let panelColumn = figure.columnIndex(panelBy) else { return "" }
        var order: [String] = []
        var rowsByPanel: [String: [FigureRow]] = [:]
        for row in figure.rows {
            let code = ValueFormatter.raw(row.cells[panelColumn])
            if rowsByPanel[code] == nil { order.append(code) }
            rowsByPanel[code, default: []].append(row)
        }
        var html = "<div class=\"legend-html\">"
        for (position, measure) in section.measures.enumerated() {
            guard let column = figure.columnIndex(measure) else { continue }
            html +=
                "<span><i class=\"swatch\" style=\"background:\(ChartPalette.colour(series: position))\"></i>"
                + "\(Markup.escape(language.pick(figure.columns[column].label)))</span>"
        }
        html += "</div><div class=\"panels\">"
        for code in order {
            let label = DimensionLabels.label(column: panelBy, code: code, language: language)
            html += lineChart(rows: rowsByPanel[code] ?? [], title: label, compact: true)
        }
        return html + "</div>"
    }

    private func lineChart(rows: [FigureRow], title: String, compact: Bool) -> String {
        guard let yearColumn = figure.columnIndex("year") else { return "" }
        let years = Array(Set(rows.compactMap { $0.cells[yearColumn].doubleValue.map { Int($0) } })).sorted()
        let selection = aligned(rows, of: figure, years: years)
        var series: [ChartSeries] = []
        var bands: [LineChart.Band] = []
        // With one measure, the legend names only whose line it is; with several, the measure as well.
        func name(_ measure: String, _ whose: String) -> String {
            section.measures.count == 1 ? whose : "\(measure) — \(whose)"
        }
        for (position, measure) in section.measures.enumerated() {
            let colour = ChartPalette.colour(series: position)
            guard let entry = measureSeries(measure, in: figure, colour: colour, rows: selection) else { continue }
            series.append(
                national == nil
                    ? entry
                    : ChartSeries(name: name(entry.name, selectionName), column: entry.column, cells: entry.cells, colour: colour))
            if let low = figure.columnIndex(measure + "_low"), let high = figure.columnIndex(measure + "_high") {
                bands.append(
                    LineChart.Band(low: selection.map { $0.cells[low] }, high: selection.map { $0.cells[high] }, colour: colour))
            }
            if let national,
                var nationalEntry = measureSeries(
                    measure, in: national, colour: colour, rows: aligned(national.rows, of: national, years: years))
            {
                nationalEntry = ChartSeries(
                    name: name(entry.name, language.pick(ReportText.national)), column: nationalEntry.column,
                    cells: nationalEntry.cells, colour: position == 0 ? ChartPalette.national : colour, dashed: true)
                series.append(nationalEntry)
            }
        }
        return LineChart(title: title, years: years, series: series, bands: bands, language: language, compact: compact).svg()
    }

    /// One row per year in `years` (the first row of that year), with a row of nulls where a year is missing.
    private func aligned(_ rows: [FigureRow], of owner: Figure, years: [Int]) -> [FigureRow] {
        let gap = FigureRow(cells: Array(repeating: .null, count: owner.columns.count))
        guard let yearColumn = owner.columnIndex("year") else { return years.map { _ in gap } }
        var byYear: [Int: FigureRow] = [:]
        for row in rows {
            guard let year = row.cells[yearColumn].doubleValue.map({ Int($0) }), byYear[year] == nil else { continue }
            byYear[year] = row
        }
        return years.map { byYear[$0] ?? gap }
    }

    private func tileMap() -> String {
        guard let stateColumn = figure.columnIndex("state"), let measure = section.measures.first,
            let valueColumn = figure.columnIndex(measure)
        else { return "" }
        var values: [MalaysianState: FigureCell] = [:]
        for row in figure.rows {
            guard let name = row.cells[stateColumn].textValue, let state = MalaysianState(name: name) else { continue }
            values[state] = row.cells[valueColumn]
        }
        return TileMap(
            title: title, column: figure.columns[valueColumn], values: values, language: language,
            identifier: "tilemap-\(index + 1)"
        ).svg()
    }
}
