import TVET

/// What a descriptive dashboard is made of: its name and title, the columns its figures read, and the function
/// from a context to its unsuppressed figure drafts. Conforming is how a dashboard joins `DashboardRegistry`, so no
/// dashboard can be published without saying what it reads.
protocol DashboardDefinition: Sendable {
    static var name: String { get }
    static var title: BilingualText { get }
    /// Every column its figures read, as `FigureContext.run` enforces and the clearance decision uses.
    static var reads: FigureReads { get }
    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft]
}
