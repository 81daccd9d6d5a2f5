import Analytics
import Reports
import TVET

/// Hand-built figures with the columns the dashboards publish, for every figure the report definitions name:
/// deterministic values, some cells withheld as disclosure control would, and hostile text where a name can go.
enum FigureFixtures {
    static let hostile = "<script>alert('x')</script> & \"Bestari\""
    static let threshold = 5

    static func column(_ name: String, _ unit: FigureColumn.Unit, dimension: Bool = false, basis: String? = nil)
        -> FigureColumn
    {
        let words = name.replacingOccurrences(of: "_", with: " ")
        return FigureColumn(
            name: name, label: BilingualText(ms: "ms " + words, en: "en " + words), role: dimension ? .dimension : .measure,
            unit: unit, basis: basis)
    }

    static let graduateMeasures = [
        column("graduates", .count), column("employability_rate", .rate, basis: "graduates"),
        column("employment_rate", .rate, basis: "graduates"), column("median_salary", .ringgit, basis: "graduates"),
    ]

    /// The four graduate measures for a group of `size` graduates, withheld when the group is under the threshold.
    static func graduateCells(size: Int, seed: Int, scope: FigureRequest.Scope = .selection) -> [FigureCell] {
        guard size >= threshold else { return [.suppressed, .suppressed, .suppressed, .suppressed] }
        let employability = 0.78 + Double(seed % 7) * 0.025 + (scope == .national ? 0.012 : 0)
        return [
            .integer(Int64(size)), .number(employability), .number(employability - 0.13),
            seed % 5 == 3 ? .null : .number(Double(1_650 + seed * 45)),
        ]
    }

    static func figure(_ reference: String, columns: [FigureColumn], rows: [[FigureCell]], scope: FigureRequest.Scope)
        -> Figure
    {
        let parts = reference.split(separator: "/").map(String.init)
        let withheld = rows.contains { $0.contains(.suppressed) }
        return Figure(
            id: parts[1], dashboard: parts[0],
            title: BilingualText(ms: "Tajuk \(reference)", en: "Title \(reference)"),
            method: BilingualText(ms: "Kaedah \(reference) \(hostile)", en: "Method \(reference) \(hostile)"),
            columns: columns, rows: rows.map { FigureRow(cells: $0) }, suppressed: withheld, threshold: threshold,
            dataVersion: scope == .national ? 41 : 42)
    }

    /// Every figure the reports reference, for both scopes (the national one larger).
    static func figure(_ request: FigureRequest) throws -> Figure {
        let scale = request.scope == .national ? 40 : 1
        switch request.reference {
        case "graduates/summary":
            return graduates(request, dimension: nil, groups: [(.null, 1_234 * scale, 2)])
        case "graduates/by-state":
            let groups = MalaysianState.allCases.enumerated().map { index, state in
                (FigureCell.text(state.name), state == .putrajaya ? 3 : (index + 1) * 37 * scale, index)
            }
            return graduates(request, dimension: column("state", .text, dimension: true), groups: groups)
        case "graduates/by-field":
            let national = request.scope == .national
            let fields = national ? TVETField.allCases.map(\.rawValue) : ["ELECTRICAL", "ICT", "WELDING", "BEAUTY"]
            var groups = fields.enumerated().map { index, field in (FigureCell.text(field), (index + 2) * 29 * scale, index + 3) }
            if !national { groups.append((.text(hostile), 2, 0)) }
            return graduates(request, dimension: column("field", .text, dimension: true), groups: groups)
        case "overview/employability-trend", "graduates/by-year":
            let groups = (2019...2024).map { year in (FigureCell.integer(Int64(year)), (year - 2010) * 91 * scale, year - 2016) }
            return graduates(request, dimension: column("year", .year, dimension: true), groups: groups)
        case "graduates/by-level":
            let groups = (1...5).map { level in (FigureCell.integer(Int64(level)), level * 150, level) }
            return graduates(request, dimension: column("level", .number, dimension: true), groups: groups)
        case "graduates/by-ministry":
            let groups = Ministry.allCases.enumerated().map { index, ministry in
                (FigureCell.text(ministry.rawValue), index == 3 ? 4 : 60 + index * 211, index)
            }
            return graduates(request, dimension: column("ministry", .text, dimension: true), groups: groups)
        case "supply-demand/by-field", "supply-demand/by-state":
            return supplyDemand(request)
        case "forecasts/supply-demand":
            return forecast(request)
        case "forecasts/intake-recommendations":
            return recommendations(request)
        default:
            throw FixtureError.unknownFigure(request.reference)
        }
    }

    /// A graduates figure: one row per group (its dimension value, size and seed), or a single row without dimension.
    static func graduates(_ request: FigureRequest, dimension: FigureColumn?, groups: [(FigureCell, Int, Int)]) -> Figure {
        let rows = groups.map { value, size, seed in
            (dimension == nil ? [] : [value]) + graduateCells(size: size, seed: seed, scope: request.scope)
        }
        let columns = (dimension.map { [$0] } ?? []) + graduateMeasures
        return figure(request.reference, columns: columns, rows: rows, scope: request.scope)
    }

    static let supplyDemandMeasures = [
        column("supply", .count), column("demand", .count), column("gap", .count), column("ratio", .ratio),
    ]

    static func supplyDemand(_ request: FigureRequest) -> Figure {
        let byState = request.reference.hasSuffix("by-state")
        let names = byState ? MalaysianState.allCases.map(\.name) : TVETField.allCases.map(\.rawValue)
        let rows = names.enumerated().map { index, name -> [FigureCell] in
            let supply = Int64(120 + index * 53)
            let demand = Int64(index == 6 ? 3 : 90 + (index * 71) % 400)
            let withheld = demand < threshold
            return [
                .text(name), .integer(supply), withheld ? .suppressed : .integer(demand),
                withheld ? .suppressed : .integer(demand - supply),
                withheld ? .suppressed : .number(Double(demand) / Double(supply)),
            ]
        }
        let dimension = column(byState ? "state" : "field", .text, dimension: true)
        return figure(request.reference, columns: [dimension] + supplyDemandMeasures, rows: rows, scope: request.scope)
    }

    static func forecast(_ request: FigureRequest) -> Figure {
        let columns = [
            column("field", .text, dimension: true), column("year", .year, dimension: true), column("supply", .count),
            column("supply_low", .count), column("supply_high", .count), column("demand", .count),
            column("demand_low", .count), column("demand_high", .count), column("gap", .count),
        ]
        var rows: [[FigureCell]] = []
        for (index, field) in TVETField.allCases.prefix(6).enumerated() {
            for (step, year) in (2025...2027).enumerated() {
                let supply = Double(800 + index * 150 + step * 40)
                let demand = Double(700 + index * 170 + step * 65)
                let spread = Double(30 + step * 25)
                rows.append([
                    .text(field.rawValue), .integer(Int64(year)), .number(supply), .number(supply - spread),
                    .number(supply + spread), .number(demand), .number(demand - spread * 1.5), .number(demand + spread * 1.5),
                    .number(supply - demand),
                ])
            }
        }
        return figure(request.reference, columns: columns, rows: rows, scope: request.scope)
    }

    static func recommendations(_ request: FigureRequest) -> Figure {
        let columns = [
            column("field", .text, dimension: true), column("state", .text, dimension: true), column("seats", .count),
            column("forecast_gap", .number), column("recommended_change", .number), column("recommended_seats", .count),
        ]
        let rows: [[FigureCell]] = TVETField.allCases.prefix(5).enumerated().map { index, field in
            let seats = Int64(200 + index * 35)
            let change = Int64(index % 2 == 0 ? -(10 + index * 4) : 15 + index * 3)
            return [
                .text(field.rawValue), .text(MalaysianState.allCases[index].name), .integer(seats),
                .number(Double(change) * 2.5), .integer(change), .integer(seats + change),
            ]
        }
        return figure(request.reference, columns: columns, rows: rows, scope: request.scope)
    }

    static var source: FigureSource { FigureSource { try figure($0) } }

    enum FixtureError: Error {
        case unknownFigure(String)
    }
}
