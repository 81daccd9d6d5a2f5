import Dispatch
import Synchronization
import TVET

/// The dashboards of CONTRACT 3.7, by name, each a function from a context to its unsuppressed figure drafts.
enum DashboardRegistry {
    struct Entry: Sendable {
        let name: String
        let title: BilingualText
        let drafts: @Sendable (FigureContext) throws(AnalyticsError) -> [FigureDraft]
        /// The columns its figures read; its drafts are computed with a context that allows only these.
        let reads: FigureReads

        init<Definition: DashboardDefinition>(_ definition: Definition.Type) {
            name = definition.name
            title = definition.title
            drafts = { context throws(AnalyticsError) in try definition.drafts(context) }
            reads = definition.reads
        }
    }

    static let entries: [Entry] = [
        Entry(OverviewDashboard.self),
        Entry(GraduatesDashboard.self),
        Entry(CertificatesDashboard.self),
        Entry(InstructorsDashboard.self),
        Entry(ApplicationsDashboard.self),
        Entry(VacanciesDashboard.self),
        Entry(SupplyDemandDashboard.self),
    ]

    static var names: [String] { entries.map(\.name) }

    /// Every dashboard's drafts, in `entries` order, computed side by side: they only read the snapshot.
    static func allDrafts(_ context: FigureContext) throws(AnalyticsError) -> [[FigureDraft]] {
        let results = Mutex([Result<[FigureDraft], AnalyticsError>?](repeating: nil, count: entries.count))
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let entry = entries[index]
            let result = Result { () throws(AnalyticsError) -> [FigureDraft] in try entry.drafts(context.reading(entry.reads)) }
            results.withLock { $0[index] = result }
        }
        return try results.withLock { $0 }.map { result throws(AnalyticsError) in try result!.get() }
    }

    static func entry(_ name: String) throws(AnalyticsError) -> Entry {
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw AnalyticsError.unknownName(kind: "dashboard", name: name, known: names + [Forecasts.dashboard])
        }
        return entry
    }
}
