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
        ms: "Angka ini tidak melalui kawalan sel kecil dan hanya untuk pengguna yang dibenarkan; jangan diedarkan semula.",
        en: "These figures are not protected by small-cell suppression and are for cleared users only; do not pass them on."
    )

    /// The footnote under every figure with withheld cells, and in the page's notes.
    static func suppressionNote(threshold: Int?) -> (ms: String, en: String) {
        let limit = threshold.map(String.init) ?? "5"
        return (
            ms: "— Nilai disembunyikan untuk melindungi privasi (kawalan sel kecil): kiraan di bawah \(limit), kadar dan "
                + "median yang berasaskan kurang daripada \(limit) rekod, serta sel lain yang boleh digunakan untuk "
                + "mengira semula nilai tersebut daripada jumlah, tidak diterbitkan.",
            en: "— Withheld to protect privacy (small-cell suppression): counts under \(limit), rates and medians "
                + "resting on fewer than \(limit) records, and any other cell from which such a value could be "
                + "recalculated out of a total, are not published."
        )
    }
}

extension ReportLanguage {
    /// Picks one of a pair of renderer texts.
    func pick(_ pair: (ms: String, en: String)) -> String { text(ms: pair.ms, en: pair.en) }
}
