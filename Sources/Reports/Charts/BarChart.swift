import Analytics

/// Horizontal bars, one group per category, for one measure or two side by side (supply against demand).
///
/// A withheld value gets no bar at all but a dashed outline marker and "—", so that it can never be read as zero.
struct BarChart {
    let title: String
    /// The reader-facing label of each category, in the figure's order.
    let categories: [String]
    let series: [ChartSeries]
    let language: ReportLanguage

    private let width = 680.0
    private let labelWidth = 236.0
    private let plotStart = 244.0
    private let plotEnd = 584.0

    func svg() -> String {
        let unit = series.first?.column.unit ?? .count
        let scale = axis(unit: unit)
        let barHeight = series.count > 1 ? 12.0 : 16.0
        let rowHeight = barHeight * Double(series.count) + 10
        let legend = series.count > 1 ? ChartFrame.legend(series, x: plotStart, y: 18, right: width - 8) : (svg: "", lines: 0)
        let top = 12.0 + Double(legend.lines) * 18 + (legend.lines > 0 ? 4 : 0)
        let plotHeight = rowHeight * Double(max(categories.count, 1))
        let height = top + plotHeight + 28
        var svg = ChartFrame.open(width: width, height: height, title: title, kind: "bar") + legend.svg
        svg += grid(scale: scale, unit: unit, top: top, bottom: top + plotHeight)
        for (row, category) in categories.enumerated() {
            let y = top + Double(row) * rowHeight
            svg +=
                "<text x=\"\(Markup.number(labelWidth))\" y=\"\(Markup.number(y + rowHeight / 2 + 1))\" "
                + "class=\"category\" text-anchor=\"end\" dominant-baseline=\"middle\"><title>\(Markup.escape(category))</title>"
                + "\(Markup.escape(ChartFrame.fit(category, characters: 36)))</text>"
            for (index, entry) in series.enumerated() {
                let barY = y + 5 + Double(index) * barHeight
                svg += bar(entry, row: row, category: category, y: barY, height: barHeight - 2, scale: scale)
            }
        }
        return svg + ChartFrame.close
    }

    /// Rates run over the whole 0-100% range so that bars of different charts compare; others start at zero.
    private func axis(unit: FigureColumn.Unit) -> ChartScale {
        let values = series.flatMap { $0.cells.compactMap(\.doubleValue) }
        if unit == .rate && (values.max() ?? 0) <= 1 && (values.min() ?? 0) >= 0 {
            return ChartScale(lower: 0, upper: 1, step: 0.25)
        }
        return ChartScale(values: values, includeZero: true, integral: unit == .count)
    }

    private func grid(scale: ChartScale, unit: FigureColumn.Unit, top: Double, bottom: Double) -> String {
        var svg = "<g class=\"grid\">"
        for tick in scale.ticks {
            let x = Markup.number(scale.position(tick, from: plotStart, to: plotEnd))
            let stroke = tick == 0 ? ChartPalette.axis : ChartPalette.grid
            svg += "<line x1=\"\(x)\" y1=\"\(Markup.number(top))\" x2=\"\(x)\" y2=\"\(Markup.number(bottom))\" stroke=\"\(stroke)\"/>"
            svg +=
                "<text x=\"\(x)\" y=\"\(Markup.number(bottom + 16))\" text-anchor=\"middle\" class=\"tick\">"
                + "\(Markup.escape(ValueFormatter.format(tick, unit: unit, language: language)))</text>"
        }
        return svg + "</g>"
    }

    private func bar(_ entry: ChartSeries, row: Int, category: String, y: Double, height: Double, scale: ChartScale)
        -> String
    {
        let cell = entry.cells[row]
        let zero = scale.position(0, from: plotStart, to: plotEnd)
        let attributes = "data-column=\"\(Markup.escape(entry.column.name))\" data-category=\"\(Markup.escape(category))\""
        let textY = Markup.number(y + height / 2 + 1)
        guard let value = cell.doubleValue else {
            let words = cell == .suppressed ? "— " + language.pick(ReportText.withheld) : language.pick(ReportText.notAvailable)
            let marker =
                cell == .suppressed
                ? "<rect class=\"bar-withheld\" x=\"\(Markup.number(zero))\" y=\"\(Markup.number(y))\" width=\"10\" "
                    + "height=\"\(Markup.number(height))\" fill=\"none\" stroke=\"\(ChartPalette.muted)\" stroke-dasharray=\"2 2\"/>"
                : ""
            return "<g class=\"bar-absent\" \(attributes)>\(marker)<text x=\"\(Markup.number(zero + 14))\" y=\"\(textY)\" "
                + "class=\"value muted\" dominant-baseline=\"middle\">\(Markup.escape(words))</text></g>"
        }
        let end = scale.position(value, from: plotStart, to: plotEnd)
        let (x, length) = (min(zero, end), abs(end - zero))
        let text = ValueFormatter.format(value, unit: entry.column.unit, language: language)
        var svg = "<g class=\"bar-group\" \(attributes) data-value=\"\(Markup.escape(ValueFormatter.raw(cell)))\">"
        if length >= 0.5 {
            svg +=
                "<rect class=\"bar\" x=\"\(Markup.number(x))\" y=\"\(Markup.number(y))\" width=\"\(Markup.number(length))\" "
                + "height=\"\(Markup.number(height))\" rx=\"2\" fill=\"\(entry.colour)\"><title>\(Markup.escape(category)): "
                + "\(Markup.escape(text))</title></rect>"
        }
        svg +=
            "<text x=\"\(Markup.number(max(zero, end) + 5))\" y=\"\(textY)\" class=\"value\" dominant-baseline=\"middle\">"
            + "\(Markup.escape(text))</text></g>"
        return svg
    }
}
