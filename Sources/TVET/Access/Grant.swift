import Columnar

/// What a grant key reads (CONTRACT 3.11): the datasets, columns and rows of one ACTIVE data-sharing request, only
/// between `from` and `to`, and nothing once revoked — whatever roles the key's owner holds.
///
/// Built with the principal from the key's stored grant; `today` is the day of the call in Malaysia time.
public struct Grant: Hashable, Sendable {
    /// One granted dataset: its columns and the row filters every read of it takes.
    public struct Scope: Equatable, Sendable {
        public let columns: [String]
        public let filters: [Filter]

        public init(columns: [String], filters: [Filter]) {
            self.columns = columns
            self.filters = filters
        }
    }

    public let id: Int64
    public let datasets: [String: Scope]
    public let from: CivilDate
    public let to: CivilDate
    public let revoked: Bool
    public let today: CivilDate

    public init(id: Int64, datasets: [String: Scope], from: CivilDate, to: CivilDate, revoked: Bool, today: CivilDate) {
        self.id = id
        self.datasets = datasets
        self.from = from
        self.to = to
        self.revoked = revoked
        self.today = today
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// How refusals name it.
    public var name: String { "grant \(id)" }

    /// Why the grant reads nothing today, or nil while it is in force.
    public var refusalToday: Refusal? {
        if revoked { return Refusal(.forbidden, "This key's \(name) has been revoked: it reads nothing.") }
        if today < from { return Refusal(.forbidden, "This key's \(name) opens on \(from); it reads nothing before then.") }
        if to < today { return Refusal(.forbidden, "This key's \(name) ended on \(to): it reads nothing after its period.") }
        return nil
    }

    /// The scope of a dataset, or why the grant does not read it.
    public func scope(of dataset: DatasetSchema) -> Result<Scope, Refusal> {
        if let refusal = refusalToday { return .failure(refusal) }
        guard let scope = datasets[dataset.name] else {
            return .failure(Refusal(.forbidden, "This key reads only what \(name) covers, and it does not cover \(dataset.name)."))
        }
        return .success(scope)
    }
}
