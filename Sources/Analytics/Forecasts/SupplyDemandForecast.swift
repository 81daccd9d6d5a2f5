import Foundation
import TVET

/// `forecasts/supply-demand`: graduates (supply) and openings (demand) per field for the next three years, each
/// from a linear trend with a 95% prediction interval.
enum SupplyDemandForecast {
    static let id = "supply-demand"
    static let horizon = 3
    /// Final points each trend is first checked on.
    static let supplyHoldOut = 2
    static let demandHoldOut = 3

    /// One field's forecast for one year.
    struct Point: Sendable {
        var field: String
        var year: Int
        var supply: (mean: Double, low: Double, high: Double)?
        var demand: (mean: Double, low: Double, high: Double)?
        /// The mean yearly graduates the supply trend rests on.
        var supplySupport: Double
    }

    struct Result: Sendable {
        var points: [Point]
        var supplyError: Double?
        var demandError: Double?
        var years: [Int]
    }

    static func forecast(_ series: ForecastSeries) -> Result {
        guard let lastYear = series.years.last else { return Result(points: [], supplyError: nil, demandError: nil, years: []) }
        let years = Array((lastYear + 1)...(lastYear + horizon))
        var points: [Point] = []
        var supplyErrors: [Double] = []
        var demandErrors: [Double] = []
        for field in series.fields {
            let supply = try? SeriesForecast(
                times: series.years.map(Double.init), values: series.supplyValues(field), holdOut: supplyHoldOut)
            let demand = try? SeriesForecast(
                times: series.months.map(Double.init), values: series.demandValues(field), holdOut: demandHoldOut)
            if let error = supply?.heldOutError { supplyErrors.append(error) }
            if let error = demand?.heldOutError { demandErrors.append(error) }
            for year in years {
                let months = (0..<12).map { Double(year * 12 + $0) }
                points.append(
                    Point(
                        field: field, year: year, supply: supply.map { $0.trend.predictSum([Double(year)]) },
                        demand: demand.map { $0.trend.predictSum(months) }, supplySupport: supply?.mean ?? 0))
            }
        }
        let mean = { (values: [Double]) in values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        return Result(points: points, supplyError: mean(supplyErrors), demandError: mean(demandErrors), years: years)
    }

    static let columns: [FigureColumn] = [
        Columns.field, Columns.year,
        Columns.measure("supply", "Penawaran ramalan", "Forecast supply", unit: .count),
        Columns.measure("supply_low", "Penawaran (had bawah 95%)", "Supply (95% low)", unit: .count),
        Columns.measure("supply_high", "Penawaran (had atas 95%)", "Supply (95% high)", unit: .count),
        Columns.measure("demand", "Permintaan ramalan", "Forecast demand", unit: .count),
        Columns.measure("demand_low", "Permintaan (had bawah 95%)", "Demand (95% low)", unit: .count),
        Columns.measure("demand_high", "Permintaan (had atas 95%)", "Demand (95% high)", unit: .count),
        Columns.measure("gap", "Jurang ramalan", "Forecast gap", unit: .count),
    ]

    static func draft(_ result: Result, context: FigureContext) -> FigureDraft {
        let rows: [[FigureCell]] = result.points.map { point in
            let rounded = { (value: Double) in FigureCell.integer(Int64(max(0, value).rounded())) }
            let supply = point.supply.map { [rounded($0.mean), rounded($0.low), rounded($0.high)] } ?? [.null, .null, .null]
            let demand = point.demand.map { [rounded($0.mean), rounded($0.low), rounded($0.high)] } ?? [.null, .null, .null]
            let gap: FigureCell =
                if let s = supply[0].integerValue, let d = demand[0].integerValue { .integer(d - s) } else { .null }
            return [.text(point.field), .integer(Int64(point.year))] + supply + demand + [gap]
        }
        var draft = FigureDraft(
            figure: context.figure(
                Forecasts.dashboard, id,
                title: BilingualText(ms: "Ramalan penawaran dan permintaan", en: "Supply and demand forecast"),
                method: method(result), scope: .graduates, columns: columns, rows: rows),
            sensitiveCounts: [])
        let support = result.points.map { Int64($0.supplySupport.rounded()) }
        for column in ["supply", "supply_low", "supply_high"] { draft.support[column] = support }
        draft.dependencies["gap"] = ["supply"]
        return draft
    }

    static func method(_ result: Result) -> BilingualText {
        let percent = { (error: Double?) in error.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a" }
        return BilingualText(
            ms: "Penawaran: graduan setahun bagi setiap bidang, garis arah aliran linear (kuasa dua terkecil melalui "
                + "LAPACKE dgels) atas semua tahun tamat. Permintaan: jawatan diiklankan sebulan bagi setiap bidang, garis "
                + "linear atas bulan lengkap, dijumlahkan kepada 12 bulan setiap tahun. Selang ramalan 95% daripada varians "
                + "baki dan (X'X)⁻¹ (taburan t). Ralat ujian (MAPE) apabila tahun atau bulan terakhir disembunyikan "
                + "daripada padanan: penawaran \(percent(result.supplyError)) (\(supplyHoldOut) tahun terakhir), permintaan "
                + "\(percent(result.demandError)) (\(demandHoldOut) bulan terakhir). Jurang = permintaan − penawaran. "
                + "Aliran linear tidak menangkap kejutan; iklan jawatan hanya sebahagian daripada permintaan sebenar.",
            en: "Supply: graduates a year per field, a linear trend (least squares through LAPACKE dgels) over every "
                + "graduation year. Demand: openings posted a month per field, a linear trend over complete months, summed "
                + "over the 12 months of each year. 95% prediction intervals from the residual variance and (X'X)⁻¹ "
                + "(t distribution). Held-out error (MAPE) when the final years or months are left out of the fit: supply "
                + "\(percent(result.supplyError)) (last \(supplyHoldOut) years), demand \(percent(result.demandError)) "
                + "(last \(demandHoldOut) months). Gap = demand − supply. A linear trend does not foresee shocks; job "
                + "adverts are only part of the real demand.")
    }
}
