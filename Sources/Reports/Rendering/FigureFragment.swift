import Analytics
import Foundation
import TVET

/// A figure as HTML fragments for pages outside reports (the dashboard pages): the same accessible table, with every
/// raw value in `data-value`, and the same SVG charts that report pages draw.
public enum FigureFragment {
    /// The figure's table, captioned with its title; every text is escaped.
    public static func table(_ figure: Figure, language: ReportLanguage) -> String {
        FigureTable(figure: figure, scope: .selection, caption: language.pick(figure.title), language: language).html()
    }

    /// A chart of the figure's first measure, of the kind its shape suits: a line over `year`, a tile map over
    /// `state`, bars over another dimension, headline numbers without one; empty when none suits it (the table
    /// stands alone then).
    public static func chart(_ figure: Figure, filters: DashboardFilters, language: ReportLanguage) -> String {
        guard let measure = figure.columns.first(where: { $0.role == .measure && $0.unit != .text }) else { return "" }
        let dimensions = figure.columns.filter { $0.role == .dimension }.map(\.name)
        let kind: ChartKind
        if dimensions.isEmpty {
            kind = .headline
        } else if dimensions == ["year"] {
            kind = .line
        } else if dimensions == ["state"], figure.rows.count >= 10 {
            kind = .tilemap
        } else if dimensions.count == 1, figure.rows.count <= 40 {
            kind = .bar
        } else {
            return ""
        }
        let section = ReportSection(
            figure: figure.reference, chart: kind, measures: kind == .headline ? [] : [measure.name], text: BilingualText(ms: "", en: ""))
        guard (try? section.check(figure)) != nil else { return "" }
        let context = ReportContext(filters: filters, dataVersion: figure.dataVersion, generatedAt: Date())
        return ChartBuilder(section: section, figure: figure, national: nil, index: 0, language: language, context: context).html()
    }
}
