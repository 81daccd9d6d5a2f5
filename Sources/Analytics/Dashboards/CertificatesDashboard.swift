import Columnar
import TVET

/// The certificates dashboard: certificates issued by type, level, field and year.
enum CertificatesDashboard: DashboardDefinition {
    static let name = "certificates"
    static let title = BilingualText(ms: "Persijilan", en: "Certificates")

    static let method = BilingualText(
        ms: "Bilangan sijil yang dikeluarkan. Bidang dan tahap ialah bidang dan tahap sijil itu sendiri; negeri, "
            + "kementerian dan jenis institusi ialah institusi program pelajar; penapis tahun memilih tahun sijil "
            + "dikeluarkan. Sijil tanpa tahap (seperti PROFESSIONAL) berada dalam kumpulan kosong.",
        en: "The number of certificates issued. Field and level are the certificate's own; state, ministry and "
            + "institution type are those of the student's programme's institution; the year filter selects the year of "
            + "issue. Certificates without a level (such as PROFESSIONAL) form an empty group.")

    static let certificatesColumn = Columns.measure("certificates", "Sijil", "Certificates", unit: .count)

    /// Each breakdown: figure id, the certificates column grouped by, the dimension column shown, and the title.
    static let breakdowns: [(id: String, path: String, column: FigureColumn, title: BilingualText)] = [
        ("by-type", "type", Columns.certificateType, .init(ms: "Sijil mengikut jenis", en: "Certificates by type")),
        ("by-level", "level", Columns.level, .init(ms: "Sijil mengikut tahap", en: "Certificates by level")),
        ("by-field", "field", Columns.field, .init(ms: "Sijil mengikut bidang", en: "Certificates by field")),
        ("by-year", "issued_on", Columns.year, .init(ms: "Sijil mengikut tahun", en: "Certificates by year")),
    ]

    static let reads = FigureReads([.certificates: breakdowns.map(\.path)], scopes: [.certificates])

    /// Issue dates folded into years of issue (a certificate without a date stays in the null group).
    static func yearOfIssue(_ keys: [Value]) -> [Value] {
        guard case .date(let days) = keys[0] else { return [.null] }
        return [.int(Int64(CivilDate(daysSinceEpoch: Int(days)).year))]
    }

    /// Years in order; certificates without a date of issue are left out of the years.
    static func chronological(_ rows: [[FigureCell]]) -> [[FigureCell]] {
        rows.filter { $0[0] != .null }.sorted { ($0[0].doubleValue ?? 0) < ($1[0].doubleValue ?? 0) }
    }

    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft] {
        let filters = DatasetScope.certificates.engineFilters(context.filters)
        var drafts: [FigureDraft] = []
        for (id, path, column, title) in breakdowns {
            let query = Query(
                dataset: DatasetSchema.certificates.name, filters: filters, groupBy: [path], measures: [Measure(fn: .count, as: "n")])
            let byYear = id == "by-year"
            let fold: (([Value]) -> [Value])? = byYear ? { Self.yearOfIssue($0) } : nil
            let result = try context.run(query, for: "certificates/" + id, folding: fold)
            var rows: [[FigureCell]] = (0..<result.count).map { row in
                [FigureCell(key: result.value(row, path)), .integer(result.integer(row, "n"))]
            }
            if byYear { rows = Self.chronological(rows) }
            let draft = FigureDraft(
                figure: context.figure(
                    name, id, title: title, method: method, scope: .certificates, columns: [column, certificatesColumn],
                    rows: rows))
            drafts.append(draft)
        }
        return drafts
    }
}
