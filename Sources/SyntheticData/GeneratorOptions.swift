import TVET
/// What `dataraya generate` was asked for.
public struct GeneratorOptions: Sendable {
    /// Graduates over the ten graduation years; every other dataset scales with it.
    public var graduates: Int
    public var seed: UInt64
    /// The day the dataset describes: vacancies close relative to it, and the last graduation year is the year before.
    public var asOf: CivilDate
    /// Share of extra, deliberately bad records written into every file (0 = none).
    public var injectErrors: Double

    public static let defaultAsOf = CivilDate(year: 2026, month: 11, day: 30)!

    public init(graduates: Int = 100_000, seed: UInt64 = 1, asOf: CivilDate = defaultAsOf, injectErrors: Double = 0) {
        self.graduates = graduates
        self.seed = seed
        self.asOf = asOf
        self.injectErrors = injectErrors
    }

    /// The ten graduation years covered: the ten full years before `asOf`.
    public var graduationYears: ClosedRange<Int> { (asOf.year - 10)...(asOf.year - 1) }

    /// Institutions are the national set at 100,000 graduates and above, and shrink in proportion below it
    /// (every type keeps at least one), so small test datasets stay dense.
    var institutionScale: Double { min(1, Double(graduates) / 100_000) }
    /// Seats are national intakes at 1,000,000 graduates (about 100,000 a year) and shrink in proportion below it,
    /// so that the smaller default dataset is a consistent sample: popular programmes stay oversubscribed.
    var seatScale: Double { min(1, Double(graduates) / 1_000_000) }
    var employerCount: Int { max(20, graduates / 20) }
    var vacancyCount: Int { max(50, graduates / 4) }
    var withdrawnStudents: Int { graduates * 11 / 100 }
    var activeStudents: Int { graduates * 24 / 100 }
    /// Applicants who were not placed, per placed applicant.
    var unplacedApplicantsPerPlaced: Double { 1.2 }
    /// Applicants for the coming intake, whose applications are still being processed.
    var pendingApplicants: Int { graduates * 3 / 100 }
}
