/// Shift-share decomposition of the change in an overall rate between two periods into a mix effect (groups'
/// shares changed) and a rate effect (groups' own rates changed).
///
/// With shares s and rates r of each group g in the two periods, the change Σ s₁r₁ − Σ s₀r₀ splits exactly into
/// mix_g = (s₁ − s₀)·r₀ and rate_g = s₁·(r₁ − r₀). A group absent from the first period takes r₀ = r₁ (all of its
/// contribution is mix); absent from the second, its s₁ = 0.
public struct ShiftShare: Sendable {
    /// One group's counts and rates in the two periods (rate nil when the group has no graduates then).
    public struct Group: Sendable, Equatable {
        public var key: String
        public var countFrom: Int64
        public var countTo: Int64
        public var rateFrom: Double?
        public var rateTo: Double?

        public init(key: String, countFrom: Int64, countTo: Int64, rateFrom: Double?, rateTo: Double?) {
            self.key = key
            self.countFrom = countFrom
            self.countTo = countTo
            self.rateFrom = rateFrom
            self.rateTo = rateTo
        }
    }

    public struct Effect: Sendable, Equatable {
        public var key: String
        public var mix: Double
        public var rate: Double
        public var total: Double { mix + rate }
    }

    public let effects: [Effect]
    public let rateFrom: Double
    public let rateTo: Double

    /// The observed change of the overall rate.
    public var change: Double { rateTo - rateFrom }

    public init(groups: [Group]) {
        let totalFrom = Double(groups.reduce(0) { $0 + $1.countFrom })
        let totalTo = Double(groups.reduce(0) { $0 + $1.countTo })
        var from = 0.0
        var to = 0.0
        effects = groups.map { group in
            let shareFrom = totalFrom > 0 ? Double(group.countFrom) / totalFrom : 0
            let shareTo = totalTo > 0 ? Double(group.countTo) / totalTo : 0
            let rateTo = group.rateTo ?? 0
            let rateFrom = group.rateFrom ?? rateTo
            from += shareFrom * (group.rateFrom ?? 0)
            to += shareTo * rateTo
            return Effect(key: group.key, mix: (shareTo - shareFrom) * rateFrom, rate: shareTo * (rateTo - rateFrom))
        }
        rateFrom = from
        rateTo = to
    }
}
