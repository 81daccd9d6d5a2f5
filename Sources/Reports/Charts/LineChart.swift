import Analytics

/// Years along the x axis and one line per series, with a shaded interval where the figure gives one
/// (`<measure>_low` and `<measure>_high`, as in the forecasts). A withheld point breaks the line.
///
/// The y axis fits the values rather than starting at zero: a line is read by its slope, and its ticks are labelled.
struct LineChart {
    /// An interval around a series, lined up with the years.
    struct Band {
        let low: [FigureCell]
        let high: [FigureCell]
        let colour: String
    }

    /// The plot area inside the chart, once the legend's height is known.
    private struct Plot {
        let left: Double
        let right: Double
        let top: Double
        let bottom: Double
        let scale: ChartScale
        let years: Int

        func x(_ index: Int) -> Double {
            years <= 1 ? (left + right) / 2 : left + 12 + Double(index) / Double(years - 1) * (right - left - 24)
        }

        func y(_ value: Double) -> Double { scale.position(value, from: bottom, to: top) }
    }

    let title: String
    let years: [Int]
    let series: [ChartSeries]
    let bands: [Band]
    let language: ReportLanguage
    /// A small panel of a set (one per field): smaller, its legend shared above the set, labels at the ends only.
    var compact = false

    func svg() -> String {
        let width = compact ? 330.0 : 680
        let unit = series.first?.column.unit ?? .count
        let values =
            series.flatMap { $0.cells.compactMap(\.doubleValue) }
            + bands.flatMap { $0.low.compactMap(\.doubleValue) + $0.high.compactMap(\.doubleValue) }
        let scale = ChartScale(values: values, includeZero: false, tickCount: compact ? 4 : 5, integral: unit == .count)
        let legend = compact ? (svg: "", lines: 1) : ChartFrame.legend(series, x: 72, y: 18, right: width - 8, lineSwatches: true)
        let top = 22.0 + Double(legend.lines) * 18
        let height = top + (compact ? 130 : 200) + 28
        let plot = Plot(
            left: compact ? 58 : 72, right: width - (compact ? 44 : 28), top: top, bottom: height - 28, scale: scale,
            years: years.count)
        var svg = ChartFrame.open(width: width, height: height, title: title, kind: "line")
        svg +=
            compact ? "<text x=\"\(Markup.number(plot.left))\" y=\"16\" class=\"panel-title\">\(Markup.escape(title))</text>" : legend.svg
        svg += grid(plot, unit: unit)
        for band in bands { svg += bandShape(band, plot) }
        for entry in series { svg += line(entry, plot) }
        svg += compact ? endLabels(plot) : pointLabels(plot)
        return svg + ChartFrame.close
    }

    private func grid(_ plot: Plot, unit: FigureColumn.Unit) -> String {
        var svg = "<g class=\"grid\">"
        for tick in plot.scale.ticks {
            let position = Markup.number(plot.y(tick))
            svg +=
                "<line x1=\"\(Markup.number(plot.left))\" y1=\"\(position)\" x2=\"\(Markup.number(plot.right))\" y2=\"\(position)\" "
                + "stroke=\"\(tick == plot.scale.lower ? ChartPalette.axis : ChartPalette.grid)\"/>"
                + "<text x=\"\(Markup.number(plot.left - 6))\" y=\"\(position)\" text-anchor=\"end\" dominant-baseline=\"middle\" "
                + "class=\"tick\">\(Markup.escape(ValueFormatter.format(tick, unit: unit, language: language)))</text>"
        }
        for (index, year) in years.enumerated() {
            svg +=
                "<text x=\"\(Markup.number(plot.x(index)))\" y=\"\(Markup.number(plot.bottom + 18))\" text-anchor=\"middle\" "
                + "class=\"tick\">\(year)</text>"
        }
        return svg + "</g>"
    }

    /// The band is drawn over each run of years where both bounds are known.
    private func bandShape(_ band: Band, _ plot: Plot) -> String {
        var svg = ""
        for run in runs(where: { band.low[$0].doubleValue != nil && band.high[$0].doubleValue != nil }) {
            func point(_ index: Int, _ bound: [FigureCell]) -> String {
                "\(Markup.number(plot.x(index))),\(Markup.number(plot.y(bound[index].doubleValue ?? 0)))"
            }
            if run.count == 1 {
                let x = Markup.number(plot.x(run[0]))
                svg +=
                    "<line class=\"band\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\(Markup.number(plot.y(band.low[run[0]].doubleValue ?? 0)))\" "
                    + "y2=\"\(Markup.number(plot.y(band.high[run[0]].doubleValue ?? 0)))\" stroke=\"\(band.colour)\" "
                    + "stroke-opacity=\"0.35\" stroke-width=\"8\"/>"
            } else {
                let outline = run.map { point($0, band.high) } + run.reversed().map { point($0, band.low) }
                svg +=
                    "<polygon class=\"band\" points=\"\(outline.joined(separator: " "))\" fill=\"\(band.colour)\" "
                    + "fill-opacity=\"0.16\"/>"
            }
        }
        return svg
    }

    private func line(_ entry: ChartSeries, _ plot: Plot) -> String {
        var svg = "<g class=\"series\" data-column=\"\(Markup.escape(entry.column.name))\">"
        let dash = entry.dashed ? " stroke-dasharray=\"6 4\"" : ""
        for run in runs(where: { entry.cells[$0].doubleValue != nil }) where run.count > 1 {
            let points = run.map { "\(Markup.number(plot.x($0))),\(Markup.number(plot.y(entry.cells[$0].doubleValue ?? 0)))" }
            svg +=
                "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(entry.colour)\" "
                + "stroke-width=\"2.5\" stroke-linejoin=\"round\"\(dash)/>"
        }
        for (index, cell) in entry.cells.enumerated() {
            svg += point(entry, cell: cell, index: index, plot)
        }
        return svg + "</g>"
    }

    /// Values printed over the points, after all lines so that no line covers them: above the point, or below it
    /// when another line passes just above. The dashed national line is left to its tooltips when it has company.
    private func pointLabels(_ plot: Plot) -> String {
        // Over many years, only the latest value is printed; the tooltips give the others.
        let indexes = years.count <= 8 ? Array(years.indices) : Array(years.indices.suffix(1))
        var svg = ""
        for entry in series where !entry.dashed || series.count == 1 {
            for index in indexes {
                guard let value = entry.cells[index].doubleValue else { continue }
                let py = plot.y(value)
                let crowded = series.contains { other in
                    guard let otherValue = other.cells[index].doubleValue else { return false }
                    let otherY = plot.y(otherValue)
                    return otherY < py && py - otherY < 18
                }
                let text = Markup.escape(ValueFormatter.format(value, unit: entry.column.unit, language: language))
                svg +=
                    "<text x=\"\(Markup.number(plot.x(index)))\" y=\"\(Markup.number(crowded ? py + 17 : py - 8))\" "
                    + "text-anchor=\"middle\" class=\"value point-label\">\(text)</text>"
            }
        }
        return svg
    }

    private func point(_ entry: ChartSeries, cell: FigureCell, index: Int, _ plot: Plot) -> String {
        let px = Markup.number(plot.x(index))
        guard let value = cell.doubleValue else {
            guard cell == .suppressed else { return "" }
            return "<text x=\"\(px)\" y=\"\(Markup.number(plot.bottom - 6))\" text-anchor=\"middle\" class=\"value muted\">—"
                + "<title>\(years[index]): \(Markup.escape(language.pick(ReportText.withheld)))</title></text>"
        }
        let text = Markup.escape(ValueFormatter.format(value, unit: entry.column.unit, language: language))
        return "<circle cx=\"\(px)\" cy=\"\(Markup.number(plot.y(value)))\" r=\"\(compact ? 2.5 : 3.5)\" fill=\"\(entry.colour)\">"
            + "<title>\(Markup.escape(entry.name)), \(years[index]): \(text)</title></circle>"
    }

    /// In a small panel, each series' last value is printed right of its end, nudged apart so that none overprint.
    private func endLabels(_ plot: Plot) -> String {
        guard let last = years.indices.last else { return "" }
        var labels = series.compactMap { entry -> (y: Double, text: String, colour: String)? in
            guard let value = entry.cells[last].doubleValue else { return nil }
            return (plot.y(value), ValueFormatter.format(value, unit: entry.column.unit, language: language), entry.colour)
        }.sorted { $0.y < $1.y }
        for index in labels.indices.dropFirst() where labels[index].y - labels[index - 1].y < 12 {
            labels[index].y = labels[index - 1].y + 12
        }
        return labels.map { label in
            "<text x=\"\(Markup.number(plot.x(last) + 6))\" y=\"\(Markup.number(label.y))\" dominant-baseline=\"middle\" "
                + "class=\"value point-label\" fill=\"\(label.colour)\">\(Markup.escape(label.text))</text>"
        }.joined()
    }

    /// Consecutive year indexes where `known` holds, so that a missing year breaks the line instead of bridging it.
    private func runs(where known: (Int) -> Bool) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for index in years.indices {
            if known(index) {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
