/// The renderer's own words, in both languages, in one place so that a translation can be checked at a glance.
enum ReportText {
    static let platform = (ms: "DataRaya TVET · Laporan dasar", en: "DataRaya TVET · Policy report")
    static let filters = (ms: "Penapis", en: "Filters")
    static let noFilters = (ms: "Semua data, tiada penapis", en: "All data, no filters")
    static let dataVersion = (ms: "Versi data", en: "Data version")
    static let generatedOn = (ms: "Dijana pada", en: "Generated on")
    static let institution = (ms: "Institusi", en: "Institution")
    static let method = (ms: "Kaedah dan kaveat", en: "Method and caveats")
    static let dataTable = (ms: "Jadual data", en: "Data table")
    static let downloadCSV = (ms: "Muat turun CSV", en: "Download CSV")
    static let liveCSV = (ms: "CSV terkini melalui API", en: "Live CSV from the API")
    static let national = (ms: "Nasional", en: "National")
    static let selection = (ms: "Pilihan", en: "Selection")
    static let notAvailable = (ms: "tiada", en: "n/a")
    static let withheld = (ms: "disembunyikan", en: "withheld")
    static let source = (ms: "Sumber: DataRaya TVET", en: "Source: DataRaya TVET")
    static let noData = (ms: "Tiada data", en: "No data")
    static let contents = (ms: "Kandungan", en: "Contents")
    static let unsuppressed = (
        ms: "Angka ini tepat, tidak dianjak atau disembunyikan, dan hanya untuk pengguna yang dibenarkan; jangan diedarkan semula.",
        en: "These figures are exact, neither moved nor withheld, and are for cleared users only; do not pass them on."
    )

    /// The footnote under every figure with withheld cells, and in the page's notes.
    static func suppressionNote(threshold: Int?) -> (ms: String, en: String) {
        let limit = threshold.map(String.init) ?? "5"
        return (
            ms: "— Nilai disembunyikan untuk melindungi privasi: kiraan di bawah \(limit), serta kadar dan median yang "
                + "berasaskannya, tidak diterbitkan; setiap kiraan awam yang lain dianjak sedikit (paling banyak 2, sama "
                + "bagi sel yang sama dalam setiap jadual), jadi jadual awam mungkin tidak menjumlah dengan tepat.",
            en: "— Withheld to protect privacy: counts under \(limit), and the rates and medians resting on them, are "
                + "not published; every other public count is moved slightly (by at most 2, the same way for the same "
                + "cell in every table), so public tables may not add up exactly."
        )
    }
}

extension ReportLanguage {
    /// Picks one of a pair of renderer texts.
    func pick(_ pair: (ms: String, en: String)) -> String { text(ms: pair.ms, en: pair.en) }
}
