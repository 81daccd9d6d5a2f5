/// The page's only stylesheet, inline: local system fonts, a screen layout, and a print layout for A4 with a page
/// break before every section but the first. It holds no `<` or `&`, so the page stays well-formed XML.
enum ReportStyle {
    static let css = #"""
        :root{--ink:#1d2733;--muted:#5b6773;--accent:#1f5fa6;--navy:#0b2545;--line:#dde3ea;--wash:#eef1f5;--gold:#f2b705}
        *{box-sizing:border-box}
        html{background:var(--wash)}
        body{margin:0;font-family:"Noto Sans","Liberation Sans","DejaVu Sans",Arial,Helvetica,sans-serif;color:var(--ink);font-size:15px;line-height:1.5}
        .page{max-width:920px;margin:24px auto;background:#fff;padding:0 0 24px;box-shadow:0 1px 6px rgba(11,37,69,.12)}
        .report-header{background:var(--navy);color:#fff;padding:28px 40px 22px;border-bottom:5px solid var(--gold)}
        .kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:#c9d6e8;margin:0 0 6px}
        h1{font-size:28px;margin:0 0 4px;line-height:1.2}
        .subtitle{font-size:19px;color:#f7d774;margin:0 0 6px;font-weight:600}
        .intro{max-width:75ch;color:#e6edf6;margin:10px 0 16px}
        .report-meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0;font-size:13px}
        .report-meta div{display:flex;gap:6px}
        .report-meta dt{color:#9fb3cc}
        .report-meta dd{margin:0}
        .contents{padding:14px 40px;border-bottom:1px solid var(--line);font-size:14px;background:#f8fafc}
        .contents ol{margin:0;padding-left:22px;columns:2;column-gap:32px}
        .contents a{color:var(--accent);text-decoration:none}
        main{padding:0 40px}
        .report-section{padding:26px 0 18px;border-bottom:1px solid var(--line)}
        .report-section:last-child{border-bottom:none}
        h2{font-size:20px;color:var(--navy);margin:0 0 6px;line-height:1.3}
        .section-number{display:inline-block;min-width:28px;height:28px;border-radius:14px;background:var(--accent);color:#fff;
        text-align:center;font-size:15px;line-height:28px;margin-right:6px;vertical-align:2px}
        .section-text{margin:0 0 14px;max-width:78ch}
        .chart-block{margin:8px 0 14px}
        \#(ChartStyle.rules)
        .headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px}
        .headline-card{border:1px solid var(--line);border-top:4px solid var(--accent);border-radius:6px;padding:14px 16px;
        background:#fafbfd;display:flex;flex-direction:column}
        .headline-value{font-size:28px;font-weight:700;color:var(--navy);line-height:1.15}
        .headline-label{font-size:13px;color:var(--muted);margin-top:4px}
        .headline-national{font-size:13px;margin-top:8px;padding-top:6px;border-top:1px dashed var(--line)}
        .method{background:#f6f8fb;border-left:4px solid #9fb3cc;padding:8px 14px;margin:10px 0;font-size:13px}
        .method h3{font-size:11.5px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0 0 2px}
        .method p{margin:0;white-space:pre-line}
        details.data-table summary{cursor:pointer;color:var(--accent);font-size:14px;padding:4px 0}
        table.data{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 12px}
        table.data caption{text-align:left;font-weight:600;padding:4px 0;color:var(--navy)}
        table.data th,table.data td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
        table.data thead th{background:#eef2f7;font-weight:600;border-bottom:2px solid #c9d3df}
        table.data tbody th{font-weight:500}
        table.data .num,table.data td.withheld{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        table.data tbody tr:nth-child(even){background:#fafbfd}
        .muted,td.withheld{color:var(--muted)}
        .downloads{font-size:13px;margin:6px 0}
        .downloads a{color:var(--accent);margin-right:16px}
        .footnote{font-size:12.5px;color:var(--muted);margin:4px 0;max-width:90ch}
        .report-footer{padding:16px 40px 0;font-size:12.5px;color:var(--muted)}
        @page{size:A4;margin:14mm 12mm 16mm}
        @media print{
        html,body{background:#fff;font-size:10.5pt}
        .page{box-shadow:none;margin:0;max-width:none;padding:0}
        .report-header,.section-number,.headline-card,svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}
        .report-header{padding:18px 22px}
        main,.contents,.report-footer{padding-left:0;padding-right:0}
        .contents{background:none}
        .report-section+.report-section{break-before:page}
        .chart-block,.headline,.method,table.data tr,h2,.section-text,.panels svg{break-inside:avoid}
        h2,.section-text,.legend-html{break-after:avoid}
        .chart-block:has(.panels),.table-block{break-inside:auto}
        details.data-table,a.download{display:none}
        a.live-csv::after{content:" (" attr(href) ")";word-break:break-all}
        }
        """#
}
