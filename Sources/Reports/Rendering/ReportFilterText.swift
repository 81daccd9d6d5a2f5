/// A filter as the page shows it: "Negeri: Johor", "Tahap: DKM", "Institusi: Politeknik Ungku Omar".
enum ReportFilterText {
    static func describe(_ filter: ReportFilter, institutionName: String?, language: ReportLanguage) -> String {
        let value: String
        if filter.parameter == "institution_id" {
            value = institutionName.map { "\($0) (\(filter.value))" } ?? filter.value
        } else {
            value = DimensionLabels.label(column: filter.parameter, code: filter.value, language: language)
        }
        return "\(label(filter.parameter, language: language)): \(value)"
    }

    private static func label(_ parameter: String, language: ReportLanguage) -> String {
        switch parameter {
        case "year": language.text(ms: "Tahun", en: "Year")
        case "state": language.text(ms: "Negeri", en: "State")
        case "field": language.text(ms: "Bidang", en: "Field")
        case "level": language.text(ms: "Tahap", en: "Level")
        case "ministry": language.text(ms: "Kementerian", en: "Ministry")
        case "institution_type": language.text(ms: "Jenis institusi", en: "Institution type")
        case "institution_id": language.pick(ReportText.institution)
        default: parameter
        }
    }
}
