import Foundation
import TVET
import Testing

@testable import Analytics

/// A figure's CSV never hands a spreadsheet a formula: text that starts like one is written inert, numbers stay numbers.
@Suite struct FigureCSVSafetyTests {
    static let columns = [
        FigureColumn(name: "institution", label: BilingualText(ms: "Institusi", en: "Institution"), role: .dimension, unit: .text),
        FigureColumn(name: "change", label: BilingualText(ms: "Perubahan", en: "Change"), role: .measure, unit: .rate),
    ]

    static func figure(_ rows: [FigureRow]) -> Figure {
        Figure(
            id: "x", dashboard: "y", title: BilingualText(ms: "T", en: "T"), method: BilingualText(ms: "K", en: "M"),
            columns: columns, rows: rows, suppressed: false, threshold: 5, dataVersion: 1)
    }

    @Test func formulaLikeTextIsPrefixedAndNegativeNumbersAreLeftAsNumbers() {
        let csv = Self.figure([
            FigureRow(cells: [.text("=HYPERLINK(\"http://x\",\"y\")"), .number(-0.25)]),
            FigureRow(cells: [.text("+60 3"), .integer(-12)]),
            FigureRow(cells: [.text("-1+1"), .number(0.5)]),
            FigureRow(cells: [.text("@SUM(A1)"), .null]),
            FigureRow(cells: [.text("\tTab"), .null]),
            FigureRow(cells: [.text("\rReturn"), .null]),
            FigureRow(cells: [.text("Kolej Komuniti Muar"), .null]),
        ]).csv()
        #expect(
            csv.components(separatedBy: "\r\n") == [
                "institution,change,suppressed",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-0.25,",
                "'+60 3,-12,",
                "'-1+1,0.5,",
                "'@SUM(A1),,",
                "'\tTab,,",
                "\"'\rReturn\",,",
                "Kolej Komuniti Muar,,",
                "",
            ])
    }
}
