import TVET

/// What is shown of an anonymous candidate besides the match (`CandidateDisclosure` chooses how precisely); nil is
/// withheld. JSON: `{"level", "field", "graduation_years", "state", "region"}`.
public struct CandidateProfile: Codable, Sendable, Hashable {
    /// The programme level, `"1"` to `"5"`.
    public var level: String?
    /// The field code of the programme.
    public var field: String?
    /// The graduation year (`"2024"`) or a three-year range (`"2024-2026"`).
    public var graduationYears: String?
    /// The state of origin, when shown precisely.
    public var state: String?
    /// The region of the state of origin, when the state is not shown.
    public var region: String?

    /// Three-year ranges start at 2000: 2000-2002, 2003-2005, …
    static let rangeLength = 3

    /// Nothing shown.
    public static let withheld = CandidateProfile()

    private init() {}

    init(_ person: CandidateDisclosure.Person, step: CandidateDisclosure.Step) {
        level = step.level ? person.level : nil
        field = step.field ? person.field : nil
        if let year = person.year {
            switch step.year {
            case .exact: graduationYears = String(year)
            case .range:
                let start = year - (year - 2000) % Self.rangeLength
                graduationYears = "\(start)-\(start + Self.rangeLength - 1)"
            case .withheld: graduationYears = nil
            }
        }
        switch step.place {
        case .state: state = person.state
        case .region: region = person.state.flatMap(Self.region(of:))
        case .withheld: break
        }
    }

    /// The region of a state, by the usual division of Malaysia: north, centre, south and east coast of the
    /// peninsula, Sabah with Labuan, and Sarawak.
    public static func region(of state: String) -> String? {
        regions.first { $0.states.contains(state) }?.name
    }

    public static let regions: [(name: String, label: BilingualText, states: Set<String>)] = [
        ("NORTH", BilingualText(ms: "Utara", en: "North"), ["Perlis", "Kedah", "Pulau Pinang", "Perak"]),
        (
            "CENTRAL", BilingualText(ms: "Tengah", en: "Central"),
            ["Selangor", "W.P. Kuala Lumpur", "W.P. Putrajaya", "Negeri Sembilan"]
        ),
        ("SOUTH", BilingualText(ms: "Selatan", en: "South"), ["Melaka", "Johor"]),
        ("EAST_COAST", BilingualText(ms: "Pantai Timur", en: "East coast"), ["Kelantan", "Terengganu", "Pahang"]),
        ("SABAH_LABUAN", BilingualText(ms: "Sabah dan Labuan", en: "Sabah and Labuan"), ["Sabah", "W.P. Labuan"]),
        ("SARAWAK", BilingualText(ms: "Sarawak", en: "Sarawak"), ["Sarawak"]),
    ]

    enum CodingKeys: String, CodingKey {
        case level, field, state, region
        case graduationYears = "graduation_years"
    }
}
