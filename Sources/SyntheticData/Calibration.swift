import TVET
/// The published figures the synthetic dataset is calibrated on. docs/DATA.md names the source of each.
enum Calibration {
    /// National graduate employability rate by graduation year (tracer-study definition, CONTRACT section 2).
    static func employability(year: Int) -> Double {
        let table: [Int: Double] = [
            2016: 0.848, 2017: 0.857, 2018: 0.868, 2019: 0.879, 2020: 0.815,
            2021: 0.852, 2022: 0.884, 2023: 0.902, 2024: 0.912, 2025: 0.921,
        ]
        if let rate = table[year] { return rate }
        return year < 2016 ? max(0.75, 0.848 - 0.01 * Double(2016 - year)) : 0.921
    }

    /// Differences from the national rate; the generator re-centres them so the national rate holds.
    static func employabilityShift(level: Int, field: TVETField, state: MalaysianState, year: Int) -> Double {
        let byLevel = [-0.04, -0.02, 0.0, 0.015, 0.025][level - 1]
        var byField: Double
        switch field {
        case .healthcare: byField = 0.03
        case .electrical, .electronics, .welding, .rac: byField = 0.02
        case .manufacturing, .ict: byField = 0.015
        case .mechanical, .automotive, .oilGas: byField = 0.01
        case .construction, .marine: byField = 0.005
        case .culinary, .business, .aviation: byField = -0.01
        case .agriculture: byField = -0.015
        case .hospitality: byField = -0.02
        case .beauty, .creativeMedia: byField = -0.03
        case .fashion: byField = -0.04
        }
        // Tourism and air travel stopped in 2020 (Movement Control Order); their graduates were hit hardest.
        if year == 2020, [.hospitality, .culinary, .aviation].contains(field) { byField -= 0.07 }
        let byState: Double
        switch state {
        case .selangor, .kualaLumpur, .pulauPinang: byState = 0.015
        case .johor, .putrajaya: byState = 0.01
        case .kedah, .terengganu: byState = -0.015
        case .perlis: byState = -0.02
        case .sabah: byState = -0.025
        case .kelantan: byState = -0.03
        default: byState = 0
        }
        return byLevel + byField + byState
    }

    /// How employable graduates split over the five employable statuses (shares sum to 1).
    static let employableStatuses: [(String, Double)] = [
        ("EMPLOYED", 0.72), ("SELF_EMPLOYED", 0.08), ("FURTHER_STUDY", 0.13), ("UPSKILLING", 0.03),
        ("AWAITING_PLACEMENT", 0.04),
    ]

    /// Median starting salary (RM a month) by level 1...5 for the latest graduation year.
    static let medianSalaryByLevel: [Double] = [1_500, 1_580, 1_680, 1_860, 2_150]
    /// Log-scale spread of salaries: a long right tail.
    static let salarySigma = 0.30
    /// Yearly nominal growth of starting salaries; earlier cohorts started lower.
    static let salaryGrowth = 1.025

    static func salaryFactor(state: MalaysianState) -> Double {
        switch state {
        case .kualaLumpur: 1.15
        case .selangor: 1.10
        case .putrajaya: 1.08
        case .pulauPinang: 1.06
        case .johor: 1.04
        case .labuan: 1.03
        case .melaka, .negeriSembilan: 0.98
        case .sarawak: 0.96
        case .pahang: 0.95
        case .perak: 0.94
        case .sabah, .terengganu: 0.93
        case .kedah: 0.92
        case .perlis: 0.90
        case .kelantan: 0.88
        }
    }

    static func salaryFactor(field: TVETField) -> Double {
        switch field {
        case .oilGas: 1.15
        case .aviation: 1.10
        case .marine: 1.08
        case .ict: 1.05
        case .electrical, .electronics: 1.03
        case .mechanical, .manufacturing, .welding, .rac: 1.02
        case .automotive, .construction, .healthcare, .business: 1.0
        case .creativeMedia: 0.97
        case .hospitality, .culinary: 0.95
        case .agriculture: 0.93
        case .beauty: 0.92
        case .fashion: 0.90
        }
    }

    /// Share of women among students, by field (field-specific gender mixes of TVET enrolment).
    static func femaleShare(field: TVETField) -> Double {
        switch field {
        case .beauty: 0.92
        case .fashion: 0.85
        case .healthcare: 0.78
        case .business: 0.70
        case .hospitality: 0.55
        case .culinary: 0.50
        case .creativeMedia: 0.48
        case .ict: 0.40
        case .agriculture: 0.35
        case .electronics: 0.28
        case .oilGas: 0.18
        case .manufacturing: 0.18
        case .aviation: 0.15
        case .construction: 0.12
        case .rac: 0.08
        case .electrical: 0.08
        case .mechanical: 0.07
        case .marine: 0.06
        case .automotive: 0.05
        case .welding: 0.03
        }
    }

    /// Where employers (and so vacancies) are: industry is concentrated in the Klang Valley, Johor and Penang.
    static func employerWeight(state: MalaysianState) -> Double {
        switch state {
        case .selangor: 27
        case .kualaLumpur: 14
        case .johor: 13
        case .pulauPinang: 9
        case .perak: 6
        case .sarawak: 5
        case .sabah: 4.5
        case .kedah, .negeriSembilan: 3.5
        case .melaka, .pahang: 3
        case .terengganu: 2
        case .kelantan: 1.8
        case .putrajaya: 0.8
        case .labuan: 0.6
        case .perlis: 0.5
        }
    }

    /// Share of employers in each MSIC section, among employers that hire TVET graduates.
    static func employerWeight(section: MSICSection) -> Double {
        switch section {
        case .c: 24
        case .g: 17
        case .f: 12
        case .i: 10
        case .a, .h: 6
        case .j, .m, .n, .s: 4
        case .q: 3
        case .b, .k: 2
        case .d, .e, .l: 1.5
        case .p, .r: 1
        case .o: 0.5
        case .t: 0.2
        case .u: 0.1
        }
    }

    /// The fields an industry recruits from, with weights.
    static func fields(of section: MSICSection) -> [(TVETField, Double)] {
        switch section {
        case .a: [(.agriculture, 8), (.mechanical, 1)]
        case .b: [(.oilGas, 6), (.mechanical, 2), (.welding, 2), (.electrical, 1)]
        case .c: [(.manufacturing, 5), (.electronics, 4), (.mechanical, 3), (.electrical, 2), (.welding, 2), (.fashion, 1),
                  (.culinary, 1), (.automotive, 1)]
        case .d: [(.electrical, 6), (.mechanical, 2)]
        case .e: [(.mechanical, 2), (.construction, 2), (.electrical, 1)]
        case .f: [(.construction, 6), (.electrical, 3), (.welding, 2), (.rac, 2)]
        case .g: [(.business, 4), (.automotive, 3), (.ict, 1), (.fashion, 1), (.rac, 1)]
        case .h: [(.automotive, 3), (.marine, 3), (.aviation, 2), (.business, 1)]
        case .i: [(.hospitality, 5), (.culinary, 5)]
        case .j: [(.ict, 6), (.creativeMedia, 3)]
        case .k: [(.business, 5), (.ict, 2)]
        case .l: [(.business, 3), (.construction, 1)]
        case .m: [(.ict, 2), (.creativeMedia, 2), (.business, 2), (.electrical, 1), (.mechanical, 1)]
        case .n: [(.business, 3), (.hospitality, 1), (.rac, 1), (.electrical, 1)]
        case .o: [(.business, 2), (.ict, 1)]
        case .p: [(.business, 1), (.ict, 1)]
        case .q: [(.healthcare, 8), (.beauty, 1)]
        case .r: [(.creativeMedia, 3), (.hospitality, 2)]
        case .s: [(.beauty, 5), (.fashion, 2), (.automotive, 1)]
        case .t: [(.healthcare, 1), (.culinary, 1)]
        case .u: [(.business, 1)]
        }
    }

    /// Fields whose skills a graduate of `field` often also has (electives, related modules).
    static func neighbours(of field: TVETField) -> [TVETField] {
        switch field {
        case .electrical: [.electronics, .rac, .construction]
        case .electronics: [.electrical, .ict, .manufacturing]
        case .mechanical: [.manufacturing, .welding, .automotive]
        case .manufacturing: [.mechanical, .electronics, .welding]
        case .ict: [.electronics, .creativeMedia, .business]
        case .automotive: [.mechanical, .electrical]
        case .hospitality: [.culinary, .business]
        case .culinary: [.hospitality, .agriculture]
        case .agriculture: [.culinary, .mechanical]
        case .construction: [.welding, .electrical]
        case .welding: [.mechanical, .oilGas, .marine, .construction]
        case .oilGas: [.welding, .mechanical, .marine]
        case .aviation: [.mechanical, .electronics]
        case .marine: [.mechanical, .welding]
        case .fashion: [.creativeMedia, .business]
        case .beauty: [.healthcare, .business]
        case .healthcare: [.beauty]
        case .creativeMedia: [.ict, .fashion]
        case .business: [.ict, .hospitality]
        case .rac: [.electrical, .mechanical]
        }
    }

    /// How many people apply per seat, relative to the average, by field (UP_TVET demand).
    static func applicationPopularity(field: TVETField) -> Double {
        switch field {
        case .ict, .culinary, .beauty, .aviation: 2.2
        case .electrical, .automotive, .business, .healthcare: 1.6
        case .creativeMedia, .hospitality, .oilGas, .electronics: 1.2
        case .mechanical, .rac, .fashion, .marine: 0.9
        case .manufacturing, .construction, .welding: 0.7
        case .agriculture: 0.5
        }
    }

    /// Two-letter NOSS sector codes used in the synthetic NOSS codes of each field.
    static func nossArea(_ field: TVETField) -> String {
        switch field {
        case .electrical: "EE"
        case .electronics: "EL"
        case .mechanical: "MC"
        case .manufacturing: "MF"
        case .ict: "IT"
        case .automotive: "AU"
        case .hospitality: "HT"
        case .culinary: "CU"
        case .agriculture: "AG"
        case .construction: "CB"
        case .welding: "WD"
        case .oilGas: "PG"
        case .aviation: "AV"
        case .marine: "MR"
        case .fashion: "FA"
        case .beauty: "BC"
        case .healthcare: "HS"
        case .creativeMedia: "CM"
        case .business: "BA"
        case .rac: "AC"
        }
    }
}
