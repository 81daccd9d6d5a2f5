import Columnar
import Crypto
import Foundation
import Synchronization
import TVET

/// The entry point of the Analytics module: dashboards, diagnostics and forecasts for an audience, cached per data
/// version.
///
///     let analytics = DashboardService(store: engine, cellKeySecret: dataStore.cellKeySecret)
///     let dashboard = try analytics.dashboard(name: "graduates", filters: filters, audience: .standardPublic)
///
/// Public output is computed by the cell-key method (`CellKeyPerturbation`) with the threshold rule, for all
/// descriptive dashboards of the same filters at once.
public final class DashboardService: Sendable {
    private let catalog: @Sendable () -> Catalog
    private let asOf: @Sendable () -> CivilDate
    private let dashboards: FigureCache<Dashboard>
    private let figures: FigureCache<Figure>
    /// Dashboards answered from the cache rather than computed.
    var dashboardCacheHits: Int { dashboards.hits }
    private let recordKeys: RecordKeys
    /// The latest snapshot with record keys, by the version it was built from: building it hashes every record.
    private let keyedSnapshot = Mutex<(version: UInt64, catalog: Catalog)?>(nil)

    /// - Parameters:
    ///   - catalog: the current data snapshot, read once per request.
    ///   - cellKeySecret: the key records' keys are derived under for public figures (the store's `cellKeySecret`).
    ///   - asOf: the day open vacancies are judged against; today by default.
    ///   - cacheCapacity: the most dashboards (and, separately, figures) kept.
    public init(
        catalog: @escaping @Sendable () -> Catalog, cellKeySecret: SymmetricKey,
        asOf: @escaping @Sendable () -> CivilDate = CivilDate.today, cacheCapacity: Int = 512
    ) {
        self.catalog = catalog
        self.asOf = asOf
        recordKeys = RecordKeys(secret: cellKeySecret)
        dashboards = FigureCache(capacity: cacheCapacity)
        figures = FigureCache(capacity: cacheCapacity)
    }

    /// Reads the current snapshot of `store` on each request.
    public convenience init(
        store: CatalogStore, cellKeySecret: SymmetricKey, asOf: @escaping @Sendable () -> CivilDate = CivilDate.today,
        cacheCapacity: Int = 512
    ) {
        self.init(catalog: { store.snapshot }, cellKeySecret: cellKeySecret, asOf: asOf, cacheCapacity: cacheCapacity)
    }

    /// The names of the descriptive dashboards (`forecasts` aside), diagnostics and forecasts.
    public static var dashboardNames: [String] { DashboardRegistry.names }
    public static var diagnosticNames: [String] { Diagnostics.names }
    /// The name the diagnostics are published under, as figures (`diagnostics/compare`) and for their audience.
    public static var diagnosticsDashboard: String { Diagnostics.dashboard }
    public static var forecastNames: [String] { Forecasts.names }

    /// The columns read by the figures published under `name`: a dashboard, `forecasts` or `diagnostics`.
    public static func reads(of name: String) throws(AnalyticsError) -> FigureReads {
        switch name {
        case Forecasts.dashboard: Forecasts.reads
        case Diagnostics.dashboard: Diagnostics.reads
        default: try DashboardRegistry.entry(name).reads
        }
    }

    /// A dashboard (`overview`, `graduates`, `certificates`, `instructors`, `applications`, `vacancies`,
    /// `supply-demand`, or `forecasts`) for the filters and audience.
    public func dashboard(name: String, filters: DashboardFilters, audience: Audience) throws(AnalyticsError)
        -> Dashboard
    {
        if name == Forecasts.dashboard { return try forecasts(filters: filters, audience: audience) }
        let entry = try DashboardRegistry.entry(name)
        let snapshot = try snapshot(checking: filters)
        let key = FigureCache<Dashboard>.Key(version: snapshot.version, name: name, filters: filters, audience: audience)
        if let cached = dashboards.value(key) { return cached }
        let context = try context(snapshot, filters: filters, reads: entry.reads, audience: audience)
        switch audience {
        case .cleared:
            let dashboard = Dashboard(
                name: name, title: entry.title, filters: filters, figures: try entry.drafts(context).map(\.figure),
                dataVersion: snapshot.version)
            dashboards.store(dashboard, for: key)
            return dashboard
        case .public(let threshold):
            let all = try publicDashboards(context, threshold: threshold)
            for dashboard in all {
                dashboards.store(
                    dashboard, for: .init(version: snapshot.version, name: dashboard.name, filters: filters, audience: audience))
            }
            return all.first { $0.name == name }!
        }
    }

    /// One figure by its reference (`graduates/by-state`, `diagnostics/compare`, `forecasts/supply-demand`).
    public func figure(
        reference: String, filters: DashboardFilters, audience: Audience, parameters: [String: String] = [:]
    ) throws(AnalyticsError) -> Figure {
        let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw AnalyticsError.badParameter(name: "figure", reason: "expected <dashboard>/<figure>")
        }
        if parts[0] == Diagnostics.dashboard {
            return try diagnostic(name: parts[1], parameters: parameters, filters: filters, audience: audience)
        }
        if let parameter = parameters.keys.sorted().first {
            throw AnalyticsError.badParameter(name: parameter, reason: "only diagnostics take it")
        }
        let dashboard = try dashboard(name: parts[0], filters: filters, audience: audience)
        guard let found = dashboard.figure(parts[1]) else {
            throw AnalyticsError.unknownName(kind: "figure", name: reference, known: dashboard.figures.map(\.reference))
        }
        return found
    }

    /// A diagnostic figure (`employability-change`, `compare`) with its parameters (see `DiagnosticParameters`).
    public func diagnostic(
        name: String, parameters: [String: String], filters: DashboardFilters, audience: Audience
    ) throws(AnalyticsError) -> Figure {
        try Diagnostics.checkUse(name: name, parameters: parameters, filters: filters)
        let checked = try DiagnosticParameters(query: parameters)
        let snapshot = try snapshot(checking: filters)
        let key = FigureCache<Figure>.Key(
            version: snapshot.version, name: Diagnostics.dashboard + "/" + name, filters: filters, audience: audience,
            parameters: checked.query)
        if let cached = figures.value(key) { return cached }
        let context = try context(snapshot, filters: filters, reads: Diagnostics.reads, audience: audience)
        let draft = try Diagnostics.draft(name: name, parameters: checked, context: context)
        let figure: Figure
        if let threshold = audience.threshold {
            var withheld: [CellReference] = []
            for mirror in draft.mirrors {
                let published = try self.figure(reference: mirror.reference, filters: mirror.filters, audience: audience)
                withheld += mirror.withheldCells(in: draft, index: 0, published: published)
            }
            figure = DisclosureControl.apply([draft], threshold: threshold, withheld: withheld)[0]
        } else {
            figure = draft.figure
        }
        figures.store(figure, for: key)
        return figure
    }

    /// The forecasts dashboard: `supply-demand` and `intake-recommendations`.
    public func forecasts(filters: DashboardFilters, audience: Audience) throws(AnalyticsError) -> Dashboard {
        let snapshot = try snapshot(checking: filters)
        let key = FigureCache<Dashboard>.Key(
            version: snapshot.version, name: Forecasts.dashboard, filters: filters, audience: audience)
        if let cached = dashboards.value(key) { return cached }
        let context = try context(snapshot, filters: filters, reads: Forecasts.reads, audience: audience)
        let dashboard = Dashboard(
            name: Forecasts.dashboard, title: Forecasts.title, filters: filters,
            figures: Self.publish(try Forecasts.drafts(context), audience: audience), dataVersion: snapshot.version)
        dashboards.store(dashboard, for: key)
        return dashboard
    }

    /// The current snapshot, once `filters` are known to name an institution it holds: an unknown one would answer
    /// with empty figures that look like an institution without graduates.
    private func snapshot(checking filters: DashboardFilters) throws(AnalyticsError) -> Catalog {
        let snapshot = catalog()
        if let id = filters.institutionId, snapshot.table(DatasetSchema.institutions.name)?.row(forKey: id) == nil {
            throw AnalyticsError.badParameter(
                name: "institution_id", reason: "no institution has the id '\(id)'; the institutions dataset lists them")
        }
        return snapshot
    }

    /// What figures for `audience` are computed from: public ones from perturbed counts.
    private func context(_ snapshot: Catalog, filters: DashboardFilters, reads: FigureReads, audience: Audience)
        throws(AnalyticsError) -> FigureContext
    {
        let perturbation = audience.threshold == nil ? nil : CellKeyPerturbation(keyed: try keyed(snapshot))
        return FigureContext(catalog: snapshot, filters: filters, asOf: asOf(), reads: reads, perturbation: perturbation)
    }

    /// `snapshot` with its record keys, built once per data version, reusing the keys of datasets it did not change.
    private func keyed(_ snapshot: Catalog) throws(AnalyticsError) -> Catalog {
        let cached = keyedSnapshot.withLock { $0 }
        if let cached, cached.version == snapshot.version { return cached.catalog }
        let keyed = try recordKeys.keyed(snapshot, reusing: cached?.catalog).catalog
        keyedSnapshot.withLock { current in
            if (current?.version ?? 0) <= snapshot.version { current = (snapshot.version, keyed) }
        }
        return keyed
    }

    /// Every descriptive dashboard for the filters, suppressed together.
    private func publicDashboards(_ context: FigureContext, threshold: Int) throws(AnalyticsError) -> [Dashboard] {
        var drafts: [FigureDraft] = []
        var ranges: [(DashboardRegistry.Entry, Range<Int>)] = []
        for (entry, own) in zip(DashboardRegistry.entries, try DashboardRegistry.allDrafts(context)) {
            ranges.append((entry, drafts.count..<(drafts.count + own.count)))
            drafts += own
        }
        let published = DisclosureControl.apply(drafts, threshold: threshold)
        return ranges.map { entry, range in
            Dashboard(
                name: entry.name, title: entry.title, filters: context.filters, figures: Array(published[range]),
                dataVersion: context.dataVersion)
        }
    }

    private static func publish(_ drafts: [FigureDraft], audience: Audience) -> [Figure] {
        guard let threshold = audience.threshold else { return drafts.map(\.figure) }
        return DisclosureControl.apply(drafts, threshold: threshold)
    }
}
