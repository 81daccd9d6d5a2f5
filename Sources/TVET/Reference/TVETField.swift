/// A TVET field of study and work: the `field` of programmes, instructors, certificates, vacancies and skills.
public enum TVETField: String, CaseIterable, Sendable {
    case electrical = "ELECTRICAL"
    case electronics = "ELECTRONICS"
    case mechanical = "MECHANICAL"
    case manufacturing = "MANUFACTURING"
    case ict = "ICT"
    case automotive = "AUTOMOTIVE"
    case hospitality = "HOSPITALITY"
    case culinary = "CULINARY"
    case agriculture = "AGRICULTURE"
    case construction = "CONSTRUCTION"
    case welding = "WELDING"
    case oilGas = "OIL_GAS"
    case aviation = "AVIATION"
    case marine = "MARINE"
    case fashion = "FASHION"
    case beauty = "BEAUTY"
    case healthcare = "HEALTHCARE"
    case creativeMedia = "CREATIVE_MEDIA"
    case business = "BUSINESS"
    case rac = "RAC"

    /// The field of skills that every field shares (`models/skills.csv`); not a field of study.
    public static let transversal = "TRANSVERSAL"

    public var label: BilingualText {
        switch self {
        case .electrical: BilingualText(ms: "Elektrik", en: "Electrical")
        case .electronics: BilingualText(ms: "Elektronik", en: "Electronics")
        case .mechanical: BilingualText(ms: "Mekanikal", en: "Mechanical")
        case .manufacturing: BilingualText(ms: "Pembuatan dan pemesinan", en: "Manufacturing and machining")
        case .ict: BilingualText(ms: "Teknologi maklumat dan komunikasi", en: "Information and communication technology")
        case .automotive: BilingualText(ms: "Automotif", en: "Automotive")
        case .hospitality: BilingualText(ms: "Hospitaliti dan pelancongan", en: "Hospitality and tourism")
        case .culinary: BilingualText(ms: "Kulinari dan pemprosesan makanan", en: "Culinary and food processing")
        case .agriculture: BilingualText(ms: "Pertanian dan agroteknologi", en: "Agriculture and agrotechnology")
        case .construction: BilingualText(ms: "Pembinaan dan perkhidmatan bangunan", en: "Construction and building services")
        case .welding: BilingualText(ms: "Kimpalan dan fabrikasi", en: "Welding and fabrication")
        case .oilGas: BilingualText(ms: "Minyak, gas dan petrokimia", en: "Oil, gas and petrochemical")
        case .aviation: BilingualText(ms: "Penerbangan dan penyenggaraan pesawat", en: "Aviation and aircraft maintenance")
        case .marine: BilingualText(ms: "Marin dan pembinaan kapal", en: "Marine and shipbuilding")
        case .fashion: BilingualText(ms: "Fesyen dan pakaian", en: "Fashion and apparel")
        case .beauty: BilingualText(ms: "Kecantikan dan kesejahteraan", en: "Beauty and wellness")
        case .healthcare: BilingualText(ms: "Sokongan penjagaan kesihatan", en: "Healthcare support")
        case .creativeMedia: BilingualText(ms: "Multimedia kreatif", en: "Creative multimedia")
        case .business: BilingualText(ms: "Pentadbiran perniagaan dan perakaunan", en: "Business administration and accounting")
        case .rac: BilingualText(ms: "Penyejukan dan penyamanan udara", en: "Refrigeration and air-conditioning")
        }
    }
}
