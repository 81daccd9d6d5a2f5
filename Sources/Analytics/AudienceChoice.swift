import TVET

/// Which audience each dashboard's figures are computed for, so that one request (a report page mixes dashboards)
/// gives every figure exactly as the JSON API gives it to the same caller.
///
///     let choice = AudienceChoice.caller(access, threshold: 5)
///     let audience = choice.audience(forDashboard: "graduates")  // .public for a researcher: it reads salaries
public enum AudienceChoice: Sendable, Hashable {
    /// The same audience for every figure: the command line's public or unsuppressed reports.
    case every(Audience)
    /// Per dashboard, for a caller: unsuppressed when `FigureClearance` clears them for every column the dashboard
    /// reads, else the public figures with `threshold`.
    case caller(AccessProfile, threshold: Int)

    /// The audience of `name`'s figures (a dashboard, `forecasts` or `diagnostics`); an unknown name gets the public
    /// figures, which it has none of.
    public func audience(forDashboard name: String) -> Audience {
        switch self {
        case .every(let audience): return audience
        case .caller(let access, let threshold):
            guard let reads = try? DashboardService.reads(of: name),
                FigureClearance.audienceIsCleared(access: access, reads: reads.columns)
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
