import Analytics
import TVET

/// The 16 states as a grid of equal tiles, each coloured by one measure on a light-to-dark blue scale, with the
/// state's abbreviation and value printed on it. Equal tiles keep Perlis and Putrajaya as visible as Sarawak,
/// which a geographic map would not. A withheld value is hatched, a missing one grey.
struct TileMap {
    let title: String
    let column: FigureColumn
    /// The cell of each state present in the figure; absent states are drawn as missing.
    let values: [MalaysianState: FigureCell]
    let language: ReportLanguage
    /// Makes the hatch pattern's id unique within the page.
    let identifier: String

    private let tile = 62.0
    private let pitch = 68.0
    private let origin = (x: 12.0, y: 12.0)
    private let borneoGap = 24.0

    func svg() -> String {
        let known = values.values.compactMap(\.doubleValue)
        let (low, high) = (known.min() ?? 0, known.max() ?? 1)
        var svg = ChartFrame.open(width: 680, height: 376, title: title, kind: "tilemap")
        svg +=
            "<defs><pattern id=\"\(identifier)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f4f5f7\"/><line x1=\"0\" y1=\"0\" x2=\"0\" "
            + "y2=\"6\" stroke=\"#9aa5b1\" stroke-width=\"2\"/></pattern></defs>"
        for state in MalaysianState.allCases {
            svg += stateTile(state, low: low, high: high)
        }
        svg += regionCaption(language.text(ms: "Semenanjung Malaysia", en: "Peninsular Malaysia"), x: origin.x, y: 356)
        svg += regionCaption(
            language.text(ms: "Sabah, Sarawak dan Labuan", en: "Sabah, Sarawak and Labuan"),
            x: origin.x + 5 * pitch + borneoGap, y: 232)
        svg += legend(low: low, high: high, known: !known.isEmpty)
        return svg + ChartFrame.close
    }

    private func stateTile(_ state: MalaysianState, low: Double, high: Double) -> String {
        let (gridColumn, gridRow) = StateTileLayout.position(state)
        let x = origin.x + Double(gridColumn) * pitch + (gridColumn >= 5 ? borneoGap : 0)
        let y = origin.y + Double(gridRow) * pitch
        let cell = values[state] ?? .null
        let name = language.pick(state.label)
        let text = ValueFormatter.format(cell, unit: column.unit, role: .measure, language: language)
        let (fill, ink): (String, String)
        switch cell.doubleValue {
        case .some(let value):
            let t = high > low ? (value - low) / (high - low) : 0.5
            (fill, ink) = (ChartPalette.sequential(t), ChartPalette.textOnSequential(t))
        case .none:
            (fill, ink) = (cell == .suppressed ? "url(#\(identifier)-hatch)" : ChartPalette.missing, ChartPalette.text)
        }
        let abbreviation = DimensionLabels.stateAbbreviation(state)
        return "<g class=\"state-tile\" data-state=\"\(Markup.escape(state.name))\" "
            + "data-value=\"\(Markup.escape(ValueFormatter.raw(cell)))\"><title>\(Markup.escape(name)): \(Markup.escape(text))</title>"
            + "<rect x=\"\(Markup.number(x))\" y=\"\(Markup.number(y))\" width=\"\(Markup.number(tile))\" "
            + "height=\"\(Markup.number(tile))\" rx=\"6\" fill=\"\(fill)\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
            + "<text x=\"\(Markup.number(x + tile / 2))\" y=\"\(Markup.number(y + 25))\" text-anchor=\"middle\" "
            + "class=\"tile-code\" fill=\"\(ink)\">\(abbreviation)</text>"
            + "<text x=\"\(Markup.number(x + tile / 2))\" y=\"\(Markup.number(y + 44))\" text-anchor=\"middle\" "
            + "class=\"tile-value\" fill=\"\(ink)\">\(Markup.escape(text))</text></g>"
    }

    private func regionCaption(_ text: String, x: Double, y: Double) -> String {
        "<text x=\"\(Markup.number(x))\" y=\"\(Markup.number(y))\" class=\"region\">\(Markup.escape(text))</text>"
    }

    /// The measure's name over up to three lines, then five swatches from the lowest to the highest value shown,
    /// then the two kinds of tile without a colour. The legend has the 140 units right of the map, so a long name
    /// ("Nisbah permintaan kepada penawaran") wraps rather than running off the chart.
    private func legend(low: Double, high: Double, known: Bool) -> String {
        let x = 540.0
        let lines = Self.wrap(language.pick(column.label), characters: 19)
        var svg = "<g class=\"legend\"><text x=\"\(Markup.number(x))\" y=\"28\" class=\"legend-title\">"
        for (index, line) in lines.enumerated() {
            svg += "<tspan x=\"\(Markup.number(x))\" dy=\"\(index == 0 ? 0 : 15)\">\(Markup.escape(line))</tspan>"
        }
        svg += "</text>"
        var y = 44.0 + Double(lines.count - 1) * 15
        if known {
            for step in 0..<5 {
                let t = Double(step) / 4
                let value = ValueFormatter.format(low + (high - low) * t, unit: column.unit, language: language)
                svg += swatch(fill: ChartPalette.sequential(t), label: value, x: x, y: y)
                y += 24
            }
        }
        svg += swatch(fill: "url(#\(identifier)-hatch)", label: "— " + language.pick(ReportText.withheld), x: x, y: y + 8)
        svg += swatch(fill: ChartPalette.missing, label: language.pick(ReportText.noData), x: x, y: y + 32)
        return svg + "</g>"
    }

    /// Splits `text` at spaces into lines of at most `characters` (a longer word gets its own line), at most three,
    /// the last shortened with "…" when the text goes on.
    static func wrap(_ text: String, characters: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= characters {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        guard lines.count > 3 else { return lines.isEmpty ? [""] : lines }
        return Array(lines.prefix(2)) + [ChartFrame.fit(lines[2...].joined(separator: " "), characters: characters)]
    }

    private func swatch(fill: String, label: String, x: Double, y: Double) -> String {
        "<rect x=\"\(Markup.number(x))\" y=\"\(Markup.number(y))\" width=\"18\" height=\"18\" rx=\"3\" fill=\"\(fill)\" "
            + "stroke=\"#c9d1da\"/><text x=\"\(Markup.number(x + 26))\" y=\"\(Markup.number(y + 13))\" class=\"legend-text\">"
            + "\(Markup.escape(label))</text>"
    }
}
