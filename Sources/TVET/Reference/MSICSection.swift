/// The 21 sections of the Malaysia Standard Industrial Classification (MSIC 2008).
public enum MSICSection: String, CaseIterable, Sendable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F", g = "G", h = "H", i = "I", j = "J", k = "K"
    case l = "L", m = "M", n = "N", o = "O", p = "P", q = "Q", r = "R", s = "S", t = "T", u = "U"

    public var label: BilingualText {
        switch self {
        case .a: BilingualText(ms: "Pertanian, perhutanan dan perikanan", en: "Agriculture, forestry and fishing")
        case .b: BilingualText(ms: "Perlombongan dan pengkuarian", en: "Mining and quarrying")
        case .c: BilingualText(ms: "Pembuatan", en: "Manufacturing")
        case .d: BilingualText(ms: "Bekalan elektrik, gas, wap dan pendingin udara", en: "Electricity, gas, steam and air conditioning supply")
        case .e: BilingualText(ms: "Bekalan air; pembetungan, pengurusan sisa dan aktiviti pemulihan", en: "Water supply; sewerage, waste management and remediation")
        case .f: BilingualText(ms: "Pembinaan", en: "Construction")
        case .g: BilingualText(ms: "Perdagangan borong dan runcit; pembaikan kenderaan bermotor", en: "Wholesale and retail trade; repair of motor vehicles")
        case .h: BilingualText(ms: "Pengangkutan dan penyimpanan", en: "Transportation and storage")
        case .i: BilingualText(ms: "Penginapan dan aktiviti perkhidmatan makanan dan minuman", en: "Accommodation and food service activities")
        case .j: BilingualText(ms: "Maklumat dan komunikasi", en: "Information and communication")
        case .k: BilingualText(ms: "Aktiviti kewangan dan insurans", en: "Financial and insurance activities")
        case .l: BilingualText(ms: "Aktiviti hartanah", en: "Real estate activities")
        case .m: BilingualText(ms: "Aktiviti profesional, saintifik dan teknikal", en: "Professional, scientific and technical activities")
        case .n: BilingualText(ms: "Aktiviti pentadbiran dan khidmat sokongan", en: "Administrative and support service activities")
        case .o: BilingualText(ms: "Pentadbiran awam dan pertahanan", en: "Public administration and defence")
        case .p: BilingualText(ms: "Pendidikan", en: "Education")
        case .q: BilingualText(ms: "Aktiviti kesihatan kemanusiaan dan kerja sosial", en: "Human health and social work activities")
        case .r: BilingualText(ms: "Kesenian, hiburan dan rekreasi", en: "Arts, entertainment and recreation")
        case .s: BilingualText(ms: "Aktiviti perkhidmatan lain", en: "Other service activities")
        case .t: BilingualText(ms: "Aktiviti isi rumah sebagai majikan", en: "Activities of households as employers")
        case .u: BilingualText(ms: "Aktiviti badan dan pertubuhan luar wilayah", en: "Activities of extraterritorial organizations")
        }
    }
}
