import TVET

/// How many records holding personal data (MyKad numbers, names, birth dates) one caller may read in an hour before
/// the server slows them, and before it refuses them (seed 3.1.1: data-loss prevention). A caller with several roles
/// gets the most generous of their roles' limits; a grant key gets `grant`, whatever its owner's roles.
public struct PersonalReadLimits: Sendable {
    /// One role's limits, in records an hour.
    public struct Limit: Sendable, Equatable {
        /// Above this many, every further read waits `slowDelay` first.
        public var slowAfter: Int
        /// Above this many, reads are refused until the hour has room again.
        public var refuseAfter: Int

        public init(slowAfter: Int, refuseAfter: Int) {
            self.slowAfter = slowAfter
            self.refuseAfter = max(slowAfter, refuseAfter)
        }
    }

    /// Limits by role; a role not listed gets `other`.
    public var byRole: [Role: Limit] = [
        // Agency systems keep their own copies in step, whole datasets at a time.
        .agencySystem: Limit(slowAfter: 200_000, refuseAfter: 500_000),
        // A data controller looks records up and checks batches, not whole registers.
        .dataController: Limit(slowAfter: 5_000, refuseAfter: 20_000),
        .admin: Limit(slowAfter: 1_000, refuseAfter: 5_000),
        // A graduate or applicant reads their own records only.
        .graduate: Limit(slowAfter: 50, refuseAfter: 200),
    ]
    /// A grant key: a periodic grant is read through the API, a whole granted dataset at a time.
    public var grant = Limit(slowAfter: 200_000, refuseAfter: 500_000)
    /// Every other caller (the other roles read no personal data, so this binds only if that changes).
    public var other = Limit(slowAfter: 50, refuseAfter: 200)
    /// The window the counts cover, in seconds.
    public var window = 3600
    /// How long a read waits once its caller is above `slowAfter`.
    public var slowDelay: Duration = .seconds(2)

    public init() {}

    /// The limit that applies to a caller holding `roles`, or bound to a grant.
    func limit(roles: Set<Role>, grant isGrant: Bool) -> Limit {
        if isGrant { return grant }
        let limits = roles.compactMap { byRole[$0] }
        guard let first = limits.first else { return other }
        return limits.dropFirst().reduce(first) { best, next in next.refuseAfter > best.refuseAfter ? next : best }
    }
}
