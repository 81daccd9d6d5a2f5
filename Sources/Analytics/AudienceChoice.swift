import TVET

/// Which audience each dashboard's figures are computed for, so that one request (a report page mixes dashboards)
/// gives every figure exactly as the JSON API gives it to the same caller.
///
///     let choice = AudienceChoice.caller(principal, threshold: 5)
///     let audience = choice.audience(forDashboard: "graduates")  // .public for a researcher: it reads salaries
public enum AudienceChoice: Sendable, Hashable {
    /// The same audience for every figure: the command line's public or unsuppressed reports.
    case every(Audience)
    /// Per dashboard, for a caller: unsuppressed when the access policy clears them for every column the dashboard
    /// reads (`AccessAction.readUnsuppressedFigures`), else the public figures with `threshold`.
    case caller(Principal, threshold: Int)

    /// The audience of `name`'s figures (a dashboard, `forecasts` or `diagnostics`); an unknown name gets the public
    /// figures, which it has none of.
    public func audience(forDashboard name: String) -> Audience {
        switch self {
        case .every(let audience): return audience
        case .caller(let principal, let threshold):
            guard let reads = try? DashboardService.reads(of: name),
                AccessPolicy.decide(principal, .readUnsuppressedFigures(columns: reads.columns.map(ColumnReference.init))).isAllowed
            else { return .public(threshold: threshold) }
            return .cleared
        }
    }

    /// The audience of a figure by reference (`graduates/by-state`): its dashboard's.
    public func audience(forReference reference: String) -> Audience {
        audience(forDashboard: String(reference.prefix { $0 != "/" }))
    }

    /// What `name`'s figures release, for the audit trail: TERBUKA for public figures, else the most sensitive
    /// classification among the columns they read.
    public func released(forDashboard name: String) -> Classification {
        guard audience(forDashboard: name) == .cleared, let reads = try? DashboardService.reads(of: name) else {
            return .terbuka
        }
        return reads.classification
    }
}
