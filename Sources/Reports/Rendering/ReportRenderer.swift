import Analytics
import Foundation

/// Renders a report definition and its figures to one self-contained HTML5 page: inline CSS and SVG, no script,
/// no font, image or anything else fetched from a network, so that it can be saved, mailed, opened offline or printed.
///
/// ```swift
/// let html = try ReportRenderer().render(definition, figures: FigureSource { try service.figure($0) },
///                                        language: .ms, context: ReportContext(dataVersion: 7, generatedAt: Date()))
/// ```
public struct ReportRenderer: Sendable {
    public init() {}

    public func render(
        _ definition: ReportDefinition, figures: FigureSource, language: ReportLanguage, context: ReportContext
    ) throws -> String {
        for filter in definition.requiredFilters where context.value(of: filter) == nil {
            throw ReportRenderError.missingFilter(report: definition.name, filter: filter)
        }
        var sections: [SectionRenderer] = []
        for (index, section) in definition.sections.enumerated() {
            let figure = try figures.figure(FigureRequest(reference: section.figure, scope: .selection))
            try section.check(figure)
            var national: Figure?
            if section.withNational {
                national = try figures.figure(FigureRequest(reference: section.figure, scope: .national))
                try national.map(section.check)
            }
            sections.append(
                SectionRenderer(
                    section: section, figure: figure, national: national, index: index, language: language, context: context))
        }
        let title = language.pick(definition.title)
        var page =
            "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<meta name=\"generator\" content=\"DataRaya\"/>"
            + "<title>\(Markup.escape(title + (context.institutionName.map { " — " + $0 } ?? "")))</title>"
            + "<style>\(ReportStyle.css)</style></head><body><div class=\"page\">"
        page += header(definition, language: language, context: context)
        page += contents(sections, language: language)
        page += "<main>" + sections.map { $0.html() }.joined() + "</main>"
        let threshold = sections.lazy.compactMap { $0.figure.threshold ?? $0.national?.threshold }.first
        page += footer(language: language, context: context, threshold: threshold)
        return page + "</div></body></html>\n"
    }

    private func header(_ definition: ReportDefinition, language: ReportLanguage, context: ReportContext) -> String {
        var html =
            "<header class=\"report-header\"><p class=\"kicker\">\(Markup.escape(language.pick(ReportText.platform)))</p>"
            + "<h1>\(Markup.escape(language.pick(definition.title)))</h1>"
        if let institution = context.institutionName {
            html += "<p class=\"subtitle\">\(Markup.escape(institution))</p>"
        }
        html += "<p class=\"intro\">\(Markup.escape(language.pick(definition.intro)))</p><dl class=\"report-meta\">"
        let filters = context.filters.map { filter in
            ReportFilterText.describe(filter, institutionName: context.institutionName, language: language)
        }
        let filterText = filters.isEmpty ? language.pick(ReportText.noFilters) : filters.joined(separator: " · ")
        html +=
            "<div><dt>\(Markup.escape(language.pick(ReportText.filters)))</dt><dd>\(Markup.escape(filterText))</dd></div>"
            + "<div><dt>\(Markup.escape(language.pick(ReportText.dataVersion)))</dt><dd>\(context.dataVersion)</dd></div>"
            + "<div><dt>\(Markup.escape(language.pick(ReportText.generatedOn)))</dt>"
            + "<dd>\(Markup.escape(ReportDate.format(context.generatedAt, language: language)))</dd></div>"
        return html + "</dl></header>"
    }

    private func contents(_ sections: [SectionRenderer], language: ReportLanguage) -> String {
        var html = "<nav class=\"contents\" aria-label=\"\(Markup.escape(language.pick(ReportText.contents)))\"><ol>"
        for section in sections {
            html += "<li><a href=\"#\(section.anchor)\">\(Markup.escape(section.heading))</a></li>"
        }
        return html + "</ol></nav>"
    }

    /// The source line, and what the reader must know about disclosure: public figures are perturbed and hide small
    /// cells (so they may not add up), figures for cleared users are exact and must not be passed on.
    private func footer(language: ReportLanguage, context: ReportContext, threshold: Int?) -> String {
        let disclosure = threshold.map { ReportText.suppressionNote(threshold: $0) } ?? ReportText.unsuppressed
        return "<footer class=\"report-footer\"><p>\(Markup.escape(language.pick(ReportText.source))), "
            + "\(Markup.escape(language.pick(ReportText.dataVersion).lowercased())) \(context.dataVersion), "
            + "\(Markup.escape(ReportDate.format(context.generatedAt, language: language))).</p>"
            + "<p>\(Markup.escape(language.pick(disclosure)))</p></footer>"
    }
}
