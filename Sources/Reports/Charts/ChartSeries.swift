import Analytics

/// One series of a chart: a measure's cells lined up with the chart's categories or years, and how it is drawn.
struct ChartSeries {
    /// The legend's words for the series (the measure's label, or "National").
    let name: String
    let column: FigureColumn
    let cells: [FigureCell]
    let colour: String
    /// Drawn dashed: the national comparison.
    var dashed = false
}

/// The opening tag of a chart: sized by its view box, labelled for screen readers by `<title>` and `aria-label`.
enum ChartFrame {
    static func open(width: Double, height: Double, title: String, kind: String) -> String {
        let label = Markup.escape(title)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\" viewBox=\"0 0 \(Markup.number(width)) "
            + "\(Markup.number(height))\" width=\"100%\" role=\"img\" aria-label=\"\(label)\"><title>\(label)</title>"
    }

    static let close = "</svg>"

    /// Shortens a label that would run into the plot, keeping its full text for the tooltip.
    static func fit(_ label: String, characters: Int) -> String {
        label.count <= characters ? label : String(label.prefix(characters - 1)) + "…"
    }

    /// A legend of a swatch and the series name for each series, wrapping onto a new line before `right`;
    /// gives the markup and the number of lines, so that the chart can start below it.
    static func legend(_ series: [ChartSeries], x: Double, y: Double, right: Double, lineSwatches: Bool = false)
        -> (svg: String, lines: Int)
    {
        var svg = "<g class=\"legend\">"
        var (cursor, line) = (x, 0)
        for entry in series {
            let name = fit(entry.name, characters: 56)
            let width = 40 + Double(name.count) * 6.6
            if cursor > x && cursor + width > right {
                (cursor, line) = (x, line + 1)
            }
            let baseline = y + Double(line) * 18
            if entry.dashed || lineSwatches {
                let dash = entry.dashed ? " stroke-dasharray=\"4 3\"" : ""
                svg +=
                    "<line x1=\"\(Markup.number(cursor))\" y1=\"\(Markup.number(baseline - 4))\" "
                    + "x2=\"\(Markup.number(cursor + 18))\" y2=\"\(Markup.number(baseline - 4))\" stroke=\"\(entry.colour)\" "
                    + "stroke-width=\"2.5\"\(dash)/>"
            } else {
                svg +=
                    "<rect x=\"\(Markup.number(cursor))\" y=\"\(Markup.number(baseline - 10))\" width=\"18\" height=\"11\" "
                    + "rx=\"2\" fill=\"\(entry.colour)\"/>"
            }
            let tooltip = name == entry.name ? "" : "<title>\(Markup.escape(entry.name))</title>"
            svg +=
                "<text x=\"\(Markup.number(cursor + 24))\" y=\"\(Markup.number(baseline))\" class=\"legend-text\">"
                + "\(tooltip)\(Markup.escape(name))</text>"
            cursor += width
        }
        return (svg + "</g>", line + 1)
    }
}
