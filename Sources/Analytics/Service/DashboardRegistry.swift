import Dispatch
import Synchronization
import TVET

/// The dashboards of CONTRACT 3.7, by name, each a function from a context to its unsuppressed figure drafts.
enum DashboardRegistry {
    struct Entry: Sendable {
        let name: String
        let title: BilingualText
        let drafts: @Sendable (FigureContext) throws(AnalyticsError) -> [FigureDraft]
    }

    static let entries: [Entry] = [
        Entry(name: OverviewDashboard.name, title: OverviewDashboard.title, drafts: OverviewDashboard.drafts),
        Entry(name: GraduatesDashboard.name, title: GraduatesDashboard.title, drafts: GraduatesDashboard.drafts),
        Entry(name: CertificatesDashboard.name, title: CertificatesDashboard.title, drafts: CertificatesDashboard.drafts),
        Entry(name: InstructorsDashboard.name, title: InstructorsDashboard.title, drafts: InstructorsDashboard.drafts),
        Entry(name: ApplicationsDashboard.name, title: ApplicationsDashboard.title, drafts: ApplicationsDashboard.drafts),
        Entry(name: VacanciesDashboard.name, title: VacanciesDashboard.title, drafts: VacanciesDashboard.drafts),
        Entry(name: SupplyDemandDashboard.name, title: SupplyDemandDashboard.title, drafts: SupplyDemandDashboard.drafts),
    ]

    static var names: [String] { entries.map(\.name) }

    /// Every dashboard's drafts, in `entries` order, computed side by side: they only read the snapshot.
    static func allDrafts(_ context: FigureContext) throws(AnalyticsError) -> [[FigureDraft]] {
        let results = Mutex([Result<[FigureDraft], AnalyticsError>?](repeating: nil, count: entries.count))
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let result = Result { () throws(AnalyticsError) -> [FigureDraft] in try entries[index].drafts(context) }
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
