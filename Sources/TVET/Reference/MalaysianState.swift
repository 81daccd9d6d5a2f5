/// The 16 states and federal territories, with the MyKad place-of-birth codes that name them.
public enum MalaysianState: Int, CaseIterable, Sendable {
    case johor = 1, kedah, kelantan, melaka, negeriSembilan, pahang, pulauPinang, perak, perlis, selangor,
        terengganu, sabah, sarawak, kualaLumpur, labuan, putrajaya

    /// The name used in every dataset's `state` column (CONTRACT section 2).
    public var name: String {
        switch self {
        case .johor: "Johor"
        case .kedah: "Kedah"
        case .kelantan: "Kelantan"
        case .melaka: "Melaka"
        case .negeriSembilan: "Negeri Sembilan"
        case .pahang: "Pahang"
        case .pulauPinang: "Pulau Pinang"
        case .perak: "Perak"
        case .perlis: "Perlis"
        case .selangor: "Selangor"
        case .terengganu: "Terengganu"
        case .sabah: "Sabah"
        case .sarawak: "Sarawak"
        case .kualaLumpur: "W.P. Kuala Lumpur"
        case .labuan: "W.P. Labuan"
        case .putrajaya: "W.P. Putrajaya"
        }
    }

    public var label: BilingualText {
        switch self {
        case .pulauPinang: BilingualText(ms: "Pulau Pinang", en: "Penang")
        case .melaka: BilingualText(ms: "Melaka", en: "Malacca")
        default: BilingualText(ms: name, en: name)
        }
    }

    /// MyKad place-of-birth codes for births in this state: the primary code 01-16 and the later series 21-59
    /// (National Registration Department, JPN).
    public var birthPlaceCodes: [Int] {
        switch self {
        case .johor: [1, 21, 22, 23, 24]
        case .kedah: [2, 25, 26, 27]
        case .kelantan: [3, 28, 29]
        case .melaka: [4, 30]
        case .negeriSembilan: [5, 31, 59]
        case .pahang: [6, 32, 33]
        case .pulauPinang: [7, 34, 35]
        case .perak: [8, 36, 37, 38, 39]
        case .perlis: [9, 40]
        case .selangor: [10, 41, 42, 43, 44]
        case .terengganu: [11, 45, 46]
        case .sabah: [12, 47, 48, 49]
        case .sarawak: [13, 50, 51, 52, 53]
        case .kualaLumpur: [14, 54, 55, 56, 57]
        case .labuan: [15, 58]
        case .putrajaya: [16]
        }
    }

    /// Population at the 2020 Population and Housing Census (DOSM), used to weight where people come from.
    public var census2020Population: Int {
        switch self {
        case .johor: 4_009_670
        case .kedah: 2_131_427
        case .kelantan: 1_792_501
        case .melaka: 998_428
        case .negeriSembilan: 1_199_974
        case .pahang: 1_591_295
        case .pulauPinang: 1_740_405
        case .perak: 2_496_041
        case .perlis: 284_885
        case .selangor: 6_994_423
        case .terengganu: 1_149_440
        case .sabah: 3_418_785
        case .sarawak: 2_453_677
        case .kualaLumpur: 1_982_112
        case .labuan: 95_120
        case .putrajaya: 109_202
        }
    }

    public init?(name: some StringProtocol) {
        guard let state = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = state
    }

    /// The state a MyKad place-of-birth code names, or nil for births abroad (60-93) and codes 98-99.
    public init?(birthPlaceCode: Int) {
        guard let state = Self.allCases.first(where: { $0.birthPlaceCodes.contains(birthPlaceCode) }) else { return nil }
        self = state
    }
}
