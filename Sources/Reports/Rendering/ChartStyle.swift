/// The style of the SVG charts, shared by report pages and the dashboard pages (which add it to their stylesheet).
/// It expects the page to define `--ink`, `--muted` and `--navy`.
public enum ChartStyle {
    public static let rules = """
        svg.chart{display:block;max-width:100%;height:auto;font-size:12px}
        svg .tick{fill:var(--muted);font-size:11px}
        svg .category{fill:var(--ink);font-size:12px}
        svg .value{fill:var(--ink);font-size:11.5px;font-weight:600}
        svg .muted{fill:var(--muted);font-style:italic;font-weight:400}
        svg .legend-text{fill:var(--ink);font-size:12px}
        svg .legend-title{font-weight:700;font-size:12px;fill:var(--ink)}
        svg .tile-code{font-weight:700;font-size:14px}
        svg .tile-value{font-size:12px}
        svg .region{fill:var(--muted);font-size:12px;font-style:italic}
        svg .panel-title{font-weight:700;font-size:12.5px;fill:var(--navy)}
        svg .point-label{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
        .panels{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:4px 20px}
        .legend-html{display:flex;flex-wrap:wrap;gap:18px;font-size:13px;margin-bottom:6px}
        .swatch{display:inline-block;width:16px;height:10px;border-radius:2px;margin-right:6px}
        """
}
