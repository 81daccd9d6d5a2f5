/// The kinds of TVET institution, each run by one ministry.
public enum InstitutionType: String, CaseIterable, Sendable {
    case politeknik = "POLITEKNIK"
    case kolejKomuniti = "KOLEJ_KOMUNITI"
    case kolejVokasional = "KOLEJ_VOKASIONAL"
    case ilp = "ILP"
    case adtec = "ADTEC"
    case jmti = "JMTI"
    case ciast = "CIAST"
    case ikm = "IKM"
    case kktm = "KKTM"
    case giatmara = "GIATMARA"
    case ikbn = "IKBN"
    case institutPertanian = "INSTITUT_PERTANIAN"
    case abm = "ABM"
    case kolejKesihatan = "KOLEJ_KESIHATAN"
    case plpp = "PLPP"
    case perhebat = "PERHEBAT"
    case pusatLatihanPenjara = "PUSAT_LATIHAN_PENJARA"
    case insken = "INSKEN"
    case pusatBertauliah = "PUSAT_BERTAULIAH"

    public var ministry: Ministry {
        switch self {
        case .politeknik, .kolejKomuniti: .kpt
        case .kolejVokasional: .kpm
        case .ilp, .adtec, .jmti, .ciast: .kesuma
        case .ikm, .kktm, .giatmara: .kkdw
        case .ikbn: .kbs
        case .institutPertanian: .kpkm
        case .abm: .kkr
        case .kolejKesihatan: .kkm
        case .plpp: .kpwkm
        case .perhebat: .mindef
        case .pusatLatihanPenjara: .kdn
        case .insken: .kuskop
        case .pusatBertauliah: .swasta
        }
    }

    public var label: BilingualText {
        switch self {
        case .politeknik: BilingualText(ms: "Politeknik", en: "Polytechnic")
        case .kolejKomuniti: BilingualText(ms: "Kolej Komuniti", en: "Community college")
        case .kolejVokasional: BilingualText(ms: "Kolej Vokasional", en: "Vocational college")
        case .ilp: BilingualText(ms: "Institut Latihan Perindustrian", en: "Industrial Training Institute")
        case .adtec: BilingualText(ms: "Pusat Latihan Teknologi Tinggi (ADTEC)", en: "Advanced Technology Training Centre")
        case .jmti: BilingualText(ms: "Institut Teknikal Jepun-Malaysia", en: "Japan-Malaysia Technical Institute")
        case .ciast:
            BilingualText(ms: "Pusat Latihan Pengajar dan Kemahiran Lanjutan", en: "Centre for Instructor and Advanced Skill Training")
        case .ikm: BilingualText(ms: "Institut Kemahiran MARA", en: "MARA Skills Institute")
        case .kktm: BilingualText(ms: "Kolej Kemahiran Tinggi MARA", en: "MARA Advanced Skills College")
        case .giatmara: BilingualText(ms: "Pusat GIATMARA", en: "GIATMARA centre")
        case .ikbn: BilingualText(ms: "Institut Kemahiran Belia Negara", en: "National Youth Skills Institute")
        case .institutPertanian: BilingualText(ms: "Institut Pertanian", en: "Agricultural institute")
        case .abm: BilingualText(ms: "Akademi Binaan Malaysia", en: "Malaysian Construction Academy")
        case .kolejKesihatan: BilingualText(ms: "Kolej Sains Kesihatan Bersekutu", en: "Allied health sciences college")
        case .plpp:
            BilingualText(ms: "Pusat Latihan Perindustrian dan Pemulihan", en: "Industrial Training and Rehabilitation Centre")
        case .perhebat: BilingualText(ms: "Institut Latihan PERHEBAT", en: "PERHEBAT veterans' training institute")
        case .pusatLatihanPenjara: BilingualText(ms: "Pusat Latihan Kemahiran Penjara", en: "Prison skills training centre")
        case .insken: BilingualText(ms: "Institut Keusahawanan Negara", en: "National Entrepreneurship Institute")
        case .pusatBertauliah: BilingualText(ms: "Pusat Bertauliah JPK", en: "JPK-accredited centre")
        }
    }
}
