/// The page at `GET /reports`: every report with its title and introduction in both languages, and links to the
/// page in each language and to the PDF. Reports that need a filter (an institution) say which.
public enum ReportIndex {
    public static func html(library: ReportLibrary) -> String {
        var items = ""
        for name in library.names {
            guard let definition = library.definition(named: name) else { continue }
            let link = Markup.escape(name)
            let needs = definition.requiredFilters.map { "?\($0)=…" }.joined()
            let note = definition.requiredFilters.isEmpty
                ? ""
                : "<p class=\"needs\">Perlu / needs: <code>\(Markup.escape(definition.requiredFilters.joined(separator: ", ")))</code></p>"
            let hint = needs.isEmpty ? "" : " <span class=\"needs\">(\(Markup.escape(needs)))</span>"
            items += """
                <li><h2 lang="ms">\(Markup.escape(definition.title.ms))</h2>
                <p class="en" lang="en">\(Markup.escape(definition.title.en))</p>
                <p lang="ms">\(Markup.escape(definition.intro.ms))</p>\(note)
                <p class="links"><a href="/reports/\(link).html?lang=ms">Bahasa Melayu</a> ·
                <a href="/reports/\(link).html?lang=en">English</a> · <a href="/reports/\(link).pdf">PDF</a>\(hint)</p></li>

                """
        }
        return """
            <!DOCTYPE html>
            <html lang="ms"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Laporan Data Raya TVET / TVET reports</title>
            <style>
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 52rem;
                   margin: 2rem auto; padding: 0 1rem; color: #1f2933; line-height: 1.5; }
            h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.15rem; margin: 0; }
            ul { list-style: none; padding: 0; } li { border-top: 1px solid #d9e2ec; padding: 1rem 0; }
            .en, .sub { color: #52606d; margin: 0.1rem 0 0.4rem; } .needs { color: #7b8794; font-size: 0.9rem; }
            a { color: #0b5394; }
            </style></head>
            <body><h1>Laporan Data Raya TVET</h1>
            <p class="sub">Angka awam dianjak sedikit dan sel kecil disembunyikan, jadi jadual awam mungkin tidak menjumlah
            dengan tepat.</p>
            <p class="sub" lang="en">Data Raya TVET reports: figures for policymakers, in Bahasa Melayu and English,
            with public figures perturbed slightly and small cells withheld, so public tables may not add up exactly.</p>
            <ul>
            \(items)</ul></body></html>
            """
    }
}
