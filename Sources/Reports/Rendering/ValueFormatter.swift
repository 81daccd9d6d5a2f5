import Analytics

/// Formats figure values for readers, the same way in both languages.
///
/// Malaysian official statistics (DOSM, data.gov.my) write numbers with "," between thousands and "." before
/// decimals in Bahasa Melayu as in English, so reports do too: 12,345 graduates, 87.3%, RM 2,150.
/// Formatting is done by hand rather than through a locale so that a page is byte-for-byte the same on every machine.
enum ValueFormatter {
    /// U+2212, a true minus sign, so that negative gaps line up with positive ones in tables.
    static let minus = "\u{2212}"

    static func format(_ cell: FigureCell, unit: FigureColumn.Unit, role: FigureColumn.Role, language: ReportLanguage)
        -> String
    {
        switch cell {
        case .text(let text): return text
        case .integer(let value):
            return role == .dimension || unit == .year ? String(value) : format(Double(value), unit: unit, language: language)
        case .number(let value): return format(value, unit: unit, language: language)
        case .null: return language.pick(ReportText.notAvailable)
        case .suppressed: return "—"
        }
    }

    static func format(_ value: Double, unit: FigureColumn.Unit, language: ReportLanguage) -> String {
        switch unit {
        case .rate: return grouped(value * 100, decimals: 1) + "%"
        case .ringgit: return (value < 0 ? minus : "") + "RM " + grouped(abs(value), decimals: 0)
        case .count: return grouped(value, decimals: 0)
        case .ratio: return grouped(value, decimals: 2)
        case .months: return grouped(value, decimals: 1) + " " + language.text(ms: "bln", en: "mo")
        case .year: return String(Int(value.rounded()))
        case .number, .text: return grouped(value, decimals: value == value.rounded() ? 0 : 1)
        }
    }

    /// `value` rounded to `decimals` places, with "," between thousands and a real minus sign.
    static func grouped(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        let scale = Double([1, 10, 100, 1000][min(max(decimals, 0), 3)])
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled != 0
        let whole = UInt64(scaled / scale)
        let fraction = UInt64(scaled - Double(whole) * scale)
        var digits = String(whole)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        var text = (negative ? minus : "") + groups.joined(separator: ",")
        if decimals > 0 {
            let padded = String(fraction)
            text += "." + String(repeating: "0", count: max(0, decimals - padded.count)) + padded
        }
        return text
    }

    /// The raw value a table cell carries in `data-value`: what the JSON API sends, empty for withheld or absent cells.
    static func raw(_ cell: FigureCell) -> String {
        switch cell {
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .null, .suppressed: ""
        }
    }
}
