import TVET
import Testing

@testable import Analytics

@Suite struct ForecastTests {
    @Test func leastSquaresRecoversAnExactLinearTrend() throws {
        let times = (2016...2025).map(Double.init)
        let trend = try LinearTrend(times: times, values: times.map { 120 + 7.5 * ($0 - 2016) })
        #expect(abs(trend.slope - 7.5) < 1e-9)
        #expect(abs(trend.intercept - (120 - 7.5 * 2016)) < 1e-6)
        #expect(abs(trend.predict(2028) - (120 + 7.5 * 12)) < 1e-9)
        #expect(trend.fit.residualSumOfSquares < 1e-12)
        let sum = trend.predictSum([2026, 2027])
        #expect(abs(sum.mean - (120 + 75 + 120 + 82.5)) < 1e-9)
        #expect(abs(sum.high - sum.low) < 1e-6)
        let checked = try SeriesForecast(times: times, values: times.map { 50 + 3 * $0 }, holdOut: 2)
        #expect(checked.heldOutError.map { $0 < 1e-12 } == true)
    }

    @Test func leastSquaresSolvesAGeneralDesignAndItsInverseGram() throws {
        // y = 2 - x + 0.5 x² exactly, through dgels; (X'X)⁻¹ through dpotrf/dpotri checked against X'X.
        let xs: [Double] = [-2, -1, 0, 1, 2, 3]
        let design = xs.map { [1, $0, $0 * $0] }
        let fit = try LeastSquares(design: design, response: xs.map { 2 - $0 + 0.5 * $0 * $0 })
        for (found, truth) in zip(fit.coefficients, [2.0, -1.0, 0.5]) { #expect(abs(found - truth) < 1e-9) }
        var gram = [[Double]](repeating: [0, 0, 0], count: 3)
        for row in design { for i in 0..<3 { for j in 0..<3 { gram[i][j] += row[i] * row[j] } } }
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + gram[i][$1] * fit.inverseGram[$1 * 3 + j] }
                #expect(abs(product - (i == j ? 1 : 0)) < 1e-9)
            }
        }
    }

    @Test func predictionIntervalsContainTheTruthInASimpleCase() throws {
        let times = (0..<12).map(Double.init)
        let noise: [Double] = [1.5, -1, 0.5, -2, 1, -0.5, 2, -1.5, 0.5, -1, 1, -0.5]
        let trend = try LinearTrend(times: times, values: zip(times, noise).map { 40 + 3 * $0 + $1 })
        for future in 12..<15 {
            let (mean, low, high) = trend.predictSum([Double(future)])
            let truth = 40 + 3 * Double(future)
            #expect(low < truth && truth < high)
            #expect(low < mean && mean < high)
            #expect(high - low < 10)
        }
        let year = trend.predictSum([12, 13, 14])
        #expect(year.low < 3 * 40 + 3 * 39 && 3 * 40 + 3 * 39 < year.high)
        #expect(LinearTrend.studentT975(degreesOfFreedom: 10) == 2.228)
    }

    @Test func tooShortASeriesIsRefused() {
        #expect(throws: AnalyticsError.self) { try LinearTrend(times: [1, 2], values: [3, 4]) }
    }

    @Test func forecastsOnGeneratedData() throws {
        let fixture = try AnalyticsFixture.load()
        let dashboard = try fixture.service().forecasts(filters: DashboardFilters(state: "Selangor"), audience: .cleared)
        #expect(dashboard.name == "forecasts")
        let forecast = try #require(dashboard.figure("supply-demand"))
        #expect(
            forecast.columns.map(\.name) == [
                "field", "year", "supply", "supply_low", "supply_high", "demand", "demand_low", "demand_high", "gap",
            ])
        let lastYear = fixture.options.graduationYears.upperBound
        #expect(Set(forecast.cells("year")) == Set((1...3).map { FigureCell.integer(Int64(lastYear + $0)) }))
        #expect(forecast.method.en.contains("MAPE") && forecast.method.ms.contains("MAPE"))
        for row in forecast.rows.indices {
            guard let supply = forecast.cell(row, "supply").integerValue else { continue }
            #expect(forecast.cell(row, "supply_low").integerValue! <= supply)
            #expect(supply <= forecast.cell(row, "supply_high").integerValue!)
            if let demand = forecast.cell(row, "demand").integerValue {
                #expect(forecast.cell(row, "gap") == .integer(demand - supply))
            }
        }
        let recommendations = try #require(dashboard.figure("intake-recommendations"))
        #expect(
            recommendations.columns.map(\.name) == [
                "field", "state", "seats", "forecast_gap", "recommended_change", "recommended_seats",
            ])
        for row in recommendations.rows.indices {
            let seats = recommendations.cell(row, "seats").integerValue!
            guard let change = recommendations.cell(row, "recommended_change").integerValue else { continue }
            #expect(abs(Double(change)) <= 0.25 * Double(seats) + 0.5)
            #expect(recommendations.cell(row, "recommended_seats") == .integer(seats + change))
            #expect(recommendations.cell(row, "state") == .text("Selangor"))
        }
    }

    @Test func intakeRuleFollowsTheGapAndItsUncertainty() {
        var point = SupplyDemandForecast.Point(
            field: "ICT", year: 2026, supply: (100, 90, 110), demand: (300, 250, 350), supplySupport: 100)
        let input = IntakeRecommendations.FieldInput(
            seatsByState: ["Johor": 100, "Selangor": 300], latestGraduates: 200, point: point)
        // Shortage of 200 graduates; yield 200/400 = 0.5 graduates a seat, so 400 seats, shared 1:3, capped at 25%.
        #expect(IntakeRecommendations.change(input, state: "Johor")! == (50, 25))
        #expect(IntakeRecommendations.change(input, state: "Selangor")! == (150, 75))
        point.demand = (120, 80, 160)
        let unclear = IntakeRecommendations.FieldInput(seatsByState: input.seatsByState, latestGraduates: 200, point: point)
        #expect(IntakeRecommendations.change(unclear, state: "Johor")!.1 == 0)
        point.demand = (60, 50, 70)
        let surplus = IntakeRecommendations.FieldInput(seatsByState: ["Johor": 1_000], latestGraduates: 500, point: point)
        // 40 graduates too many at 0.5 a seat: 80 seats fewer, within the cap.
        #expect(IntakeRecommendations.change(surplus, state: "Johor")! == (-40, -80))
    }
}
