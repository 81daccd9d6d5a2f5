import TVET

/// Reader-facing names for the codes in dimension columns (`ELECTRICAL` is "Elektrik" in Malay, level 4 is "DKM").
///
/// The code stays in the table's `data-value`; only the text shown changes.
enum DimensionLabels {
    static func label(column: String, code: String, language: ReportLanguage) -> String {
        guard let text = bilingual(column: column, code: code) else { return code }
        return language.pick(text)
    }

    private static func bilingual(column: String, code: String) -> BilingualText? {
        switch column {
        case "state": ValueSet.state.label(of: code)
        case "field": ValueSet.field.label(of: code)
        case "ministry": ValueSet.ministry.label(of: code)
        case "institution_type": ValueSet.institutionType.label(of: code)
        case "gender": ValueSet.gender.label(of: code)
        case "type": ValueSet.certificateType.label(of: code)
        case "level", "qualification_level", "min_level": level(code)
        default: nil
        }
    }

    /// Levels 1-5 are the Malaysian Skills Certificate ladder; 6-8 are the academic degrees of instructors.
    private static func level(_ code: String) -> BilingualText? {
        switch code {
        case "1", "2", "3": BilingualText(ms: "SKM \(code)", en: "SKM \(code)")
        case "4": BilingualText(ms: "DKM", en: "DKM")
        case "5": BilingualText(ms: "DLKM", en: "DLKM")
        case "6": BilingualText(ms: "Ijazah", en: "Degree")
        case "7": BilingualText(ms: "Sarjana", en: "Master's")
        case "8": BilingualText(ms: "Doktor falsafah", en: "Doctorate")
        default: nil
        }
    }

    /// The short code printed on a state's tile (the abbreviations of Malaysian official statistics).
    static func stateAbbreviation(_ state: MalaysianState) -> String {
        switch state {
        case .johor: "JHR"
        case .kedah: "KDH"
        case .kelantan: "KTN"
        case .melaka: "MLK"
        case .negeriSembilan: "NSN"
        case .pahang: "PHG"
        case .pulauPinang: "PNG"
        case .perak: "PRK"
        case .perlis: "PLS"
        case .selangor: "SGR"
        case .terengganu: "TRG"
        case .sabah: "SBH"
        case .sarawak: "SWK"
        case .kualaLumpur: "KUL"
        case .labuan: "LBN"
        case .putrajaya: "PJY"
        }
    }
}
