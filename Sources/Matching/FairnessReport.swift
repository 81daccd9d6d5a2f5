/// How one attribute's groups are represented in the top-k candidate lists against the eligible pool.
public struct GroupComparison: Codable, Sendable, Equatable {
    public struct Share: Codable, Sendable, Equatable {
        public var group: String
        /// Eligible graduates of the group, summed over the sampled vacancies.
        public var poolCount: Int
        public var topKCount: Int
        public var poolShare: Double
        public var topKShare: Double
        /// `topKShare − poolShare`.
        public var difference: Double
        /// `topKShare / poolShare` (nil when the group has no one in the pool).
        public var ratio: Double?

        enum CodingKeys: String, CodingKey {
            case group
            case poolCount = "pool_count"
            case topKCount = "top_k_count"
            case poolShare = "pool_share"
            case topKShare = "top_k_share"
            case difference, ratio
        }
    }

    public var attribute: String
    /// By group name.
    public var groups: [Share]
    public var maxAbsoluteDifference: Double
    /// The smallest ratio over groups with at least `minimumPoolShare` of the pool (the "four-fifths rule" reads it:
    /// below 0.8 a group is markedly under-represented).
    public var minRatio: Double?

    enum CodingKeys: String, CodingKey {
        case attribute, groups
        case maxAbsoluteDifference = "max_absolute_difference"
        case minRatio = "min_ratio"
    }

    /// Groups below this share of the pool are left out of `minRatio`, where a handful of people would swing it.
    public static let minimumPoolShare = 0.01

    init(attribute: String, names: [String], pool: [Int], topK: [Int]) {
        let poolTotal = pool.reduce(0, +)
        let topTotal = topK.reduce(0, +)
        var shares: [Share] = []
        for (i, name) in names.enumerated() where pool[i] > 0 || topK[i] > 0 {
            let p = poolTotal > 0 ? Double(pool[i]) / Double(poolTotal) : 0
            let t = topTotal > 0 ? Double(topK[i]) / Double(topTotal) : 0
            shares.append(
                Share(
                    group: name, poolCount: pool[i], topKCount: topK[i], poolShare: p, topKShare: t, difference: t - p,
                    ratio: p > 0 ? t / p : nil))
        }
        shares.sort { $0.group < $1.group }
        self.attribute = attribute
        groups = shares
        maxAbsoluteDifference = shares.map { abs($0.difference) }.max() ?? 0
        minRatio = shares.filter { $0.poolShare >= Self.minimumPoolShare }.compactMap(\.ratio).min()
    }
}

/// The fairness audit's result (docs/MATCHING.md, "Fairness audit").
public struct FairnessReport: Codable, Sendable, Equatable {
    public var vacanciesSampled: Int
    public var k: Int
    public var mode: MatchMode
    public var today: String
    public var gender: GroupComparison
    public var state: GroupComparison

    enum CodingKeys: String, CodingKey {
        case vacanciesSampled = "vacancies_sampled"
        case k, mode, today, gender, state
    }
}
