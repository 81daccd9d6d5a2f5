import TVET

/// The source statement that every publication or report using shared data must carry (seed 2.4.4 iv: "hendaklah
/// dinyatakan sumbernya"), in both languages, with the duties the requester accepted (seed 2.4.4 i-vi).
public struct Citation: Encodable, Sendable, Equatable {
    public let ms: String
    public let en: String

    /// The citation for one dataset; `year` is the year the data was taken (the catalogue's or the delivery's).
    public init(dataset: DatasetSchema, year: Int) {
        ms = "Sumber: Pangkalan Data Raya TVET, \(dataset.label.ms) (\(dataset.name)), \(year)."
        en = "Source: Data Raya TVET national database, \(dataset.label.en) (\(dataset.name)), \(year)."
    }

    /// The requester's duties in seed 2.4.4, in one sentence per language.
    public static let duties = BilingualText(
        ms: "Data hanya untuk tujuan yang diluluskan; jaga kerahsiaan dan integritinya; jangan sebarkan kepada pihak lain; "
            + "nyatakan sumbernya dalam setiap terbitan; jangan ubah maklumat asal; pemohon bertanggungjawab atas tafsirannya.",
        en: "Use the data only for the approved purpose; keep it confidential and intact; do not pass it on; cite the source "
            + "in every publication; do not alter the original information; the requester answers for its interpretation.")
}
