import Analytics

/// A figure as an HTML fragment for pages outside reports (the dashboard pages): the same accessible table, with every
/// raw value in `data-value`, that report pages draw.
public enum FigureFragment {
    /// The figure's table, captioned with its title; every text is escaped.
    public static func table(_ figure: Figure, language: ReportLanguage) -> String {
        FigureTable(figure: figure, scope: .selection, caption: language.pick(figure.title), language: language).html()
    }
}
