/// The ministries (and the private sector) that run TVET institutions.
public enum Ministry: String, CaseIterable, Sendable {
    case kpt = "KPT"
    case kpm = "KPM"
    case kesuma = "KESUMA"
    case kkdw = "KKDW"
    case kbs = "KBS"
    case kpkm = "KPKM"
    case kkr = "KKR"
    case kkm = "KKM"
    case kpwkm = "KPWKM"
    case mindef = "MINDEF"
    case kdn = "KDN"
    case kuskop = "KUSKOP"
    /// Private training centres accredited by the Department of Skills Development (JPK).
    case swasta = "SWASTA"

    public var label: BilingualText {
        switch self {
        case .kpt: BilingualText(ms: "Kementerian Pendidikan Tinggi", en: "Ministry of Higher Education")
        case .kpm: BilingualText(ms: "Kementerian Pendidikan", en: "Ministry of Education")
        case .kesuma: BilingualText(ms: "Kementerian Sumber Manusia", en: "Ministry of Human Resources")
        case .kkdw: BilingualText(ms: "Kementerian Kemajuan Desa dan Wilayah", en: "Ministry of Rural and Regional Development")
        case .kbs: BilingualText(ms: "Kementerian Belia dan Sukan", en: "Ministry of Youth and Sports")
        case .kpkm:
            BilingualText(ms: "Kementerian Pertanian dan Keterjaminan Makanan", en: "Ministry of Agriculture and Food Security")
        case .kkr: BilingualText(ms: "Kementerian Kerja Raya", en: "Ministry of Works")
        case .kkm: BilingualText(ms: "Kementerian Kesihatan", en: "Ministry of Health")
        case .kpwkm:
            BilingualText(
                ms: "Kementerian Pembangunan Wanita, Keluarga dan Masyarakat",
                en: "Ministry of Women, Family and Community Development")
        case .mindef: BilingualText(ms: "Kementerian Pertahanan", en: "Ministry of Defence")
        case .kdn: BilingualText(ms: "Kementerian Dalam Negeri", en: "Ministry of Home Affairs")
        case .kuskop:
            BilingualText(
                ms: "Kementerian Pembangunan Usahawan dan Koperasi", en: "Ministry of Entrepreneur and Cooperatives Development")
        case .swasta: BilingualText(ms: "Pusat bertauliah swasta", en: "Private accredited centres")
        }
    }
}
