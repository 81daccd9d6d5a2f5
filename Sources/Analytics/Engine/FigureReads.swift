import Columnar
import TVET

/// The dataset columns a dashboard's figures read, declared beside the dashboard as query paths from each dataset
/// it queries.
///
/// Every query a figure runs goes through `FigureContext.run`, which refuses a path that is not declared here, so
/// the declaration cannot fall behind the code. Who gets the figures unsuppressed is decided on `columns`
/// (the access policy's `readUnsuppressedFigures`): a dashboard cannot read a column that decision did not see.
///
///     static let reads = FigureReads([.vacancies: ["masco_code", "openings"]], scopes: [.vacancies])
public struct FigureReads: Sendable {
    /// One column read, with the dataset it belongs to.
    public struct Read: Sendable, Hashable {
        public let dataset: DatasetSchema
        public let column: ColumnSchema

        /// `dataset.column`, as the docs and error messages name it.
        public var name: String { dataset.name + "." + column.name }
    }

    /// The declared paths, by the name of the dataset they start from.
    private let paths: [String: Set<String>]
    /// Every column the paths read, in schema order: each dataset's primary key (counting its rows reads the
    /// dataset), the link columns followed, and the columns reached.
    public let reads: [Read]

    /// Declares `paths` from each dataset, and every path the dashboard filters reach through `scopes`.
    init(_ paths: [DatasetSchema: [String]], scopes: [DatasetScope] = []) {
        var declared: [String: Set<String>] = [:]
        for (dataset, list) in paths { declared[dataset.name, default: []].formUnion(list) }
        for scope in scopes { declared[scope.dataset, default: []].formUnion(scope.paths) }
        self.init(declared: declared)
    }

    private init(declared: [String: Set<String>]) {
        paths = declared
        var found = Set<Read>()
        for (name, list) in declared {
            guard let dataset = TVETSchema.dataset(named: name) else { preconditionFailure("no dataset '\(name)'") }
            found.insert(Read(dataset: dataset, column: dataset.primaryKey))
            for path in list {
                guard let along = TVETSchema.columns(along: path, from: dataset) else {
                    preconditionFailure("'\(path)' names no column of \(name)")
                }
                found.formUnion(along.map { Read(dataset: $0.dataset, column: $0.column) })
            }
        }
        let order = Dictionary(uniqueKeysWithValues: TVETSchema.datasets.enumerated().map { ($1.name, $0) })
        reads = found.sorted { a, b in
            guard a.dataset == b.dataset else { return order[a.dataset.name]! < order[b.dataset.name]! }
            return a.dataset.columns.firstIndex(of: a.column)! < b.dataset.columns.firstIndex(of: b.column)!
        }
    }

    /// The columns read, for the clearance decision.
    public var columns: [ColumnSchema] { reads.map(\.column) }

    /// The most sensitive classification among the columns read.
    public var classification: Classification { columns.map(\.classification).max() ?? .terbuka }

    /// Both declarations together.
    func merging(_ other: FigureReads) -> FigureReads {
        FigureReads(declared: paths.merging(other.paths) { $0.union($1) })
    }

    /// The first thing `query` reads that is not declared (`graduates.monthly_salary`, or a dataset's name), nil when
    /// everything is.
    func undeclared(in query: Query) -> String? {
        guard let declared = paths[query.dataset] else { return query.dataset }
        return query.columnPaths.first { !declared.contains($0) }.map { query.dataset + "." + $0 }
    }
}
