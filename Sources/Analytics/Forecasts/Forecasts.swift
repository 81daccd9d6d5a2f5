import TVET

/// The forecasts dashboard (`forecasts`): supply and demand forecasts and the intake recommendations built on them.
enum Forecasts {
    static let dashboard = "forecasts"
    static let title = BilingualText(ms: "Ramalan dan cadangan", en: "Forecasts and recommendations")
    static let names = [SupplyDemandForecast.id, IntakeRecommendations.id]

    /// Graduates by field and year, openings by field and posting date, seats by field and state.
    static let reads = FigureReads(
        [
            .graduates: ["programme.field", "graduation_year"], .vacancies: ["field", "posted_on", "openings"],
            .programmes: ["field", "institution.state", "seats"],
        ],
        scopes: [.graduates, .vacancies, .programmes])

    static func drafts(_ context: FigureContext) throws(AnalyticsError) -> [FigureDraft] {
        let series = try ForecastSeries(context)
        let result = SupplyDemandForecast.forecast(series)
        return [
            SupplyDemandForecast.draft(result, context: context),
            try IntakeRecommendations.draft(result, series: series, context: context),
        ]
    }
}
