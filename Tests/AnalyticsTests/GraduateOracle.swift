import Foundation
import TVET

@testable import Analytics

/// Graduate figures computed row by row from the generated CSV files, as the independent oracle of the dashboards.
struct GraduateOracle {
    struct Graduate {
        let year: Int
        let status: String
        let salary: Double?
        let attributes: [String: String]
    }

    static let employable: Set<String> = ["EMPLOYED", "SELF_EMPLOYED", "FURTHER_STUDY", "UPSKILLING", "AWAITING_PLACEMENT"]
    static let employed: Set<String> = ["EMPLOYED", "SELF_EMPLOYED"]

    let graduates: [Graduate]

    init(_ fixture: AnalyticsFixture) {
        let programmes = fixture.byId("programmes", key: "programme_id")
        let institutions = fixture.byId("institutions", key: "institution_id")
        let students = fixture.byId("students", key: "student_id")
        graduates = fixture.rows("graduates").map { row in
            let programme = programmes[row["programme_id"]!]!
            let institution = institutions[programme["institution_id"]!]!
            let attributes = [
                "state": institution["state"]!, "field": programme["field"]!, "level": programme["level"]!,
                "ministry": institution["ministry"]!, "institution_type": institution["type"]!,
                "institution_id": institution["institution_id"]!, "gender": students[row["student_id"]!]?["gender"] ?? "",
                "year": row["graduation_year"]!,
            ]
            return Graduate(
                year: Int(row["graduation_year"]!)!, status: row["status"]!,
                salary: row["monthly_salary"].flatMap { $0.isEmpty ? nil : Double($0) }, attributes: attributes)
        }
    }

    /// The graduates passing the dashboard filters.
    func matching(_ filters: DashboardFilters) -> [Graduate] {
        graduates.filter { graduate in
            let checks: [(String, String?)] = [
                ("state", filters.state), ("field", filters.field), ("ministry", filters.ministry),
                ("institution_type", filters.institutionType), ("institution_id", filters.institutionId),
                ("level", filters.level.map(String.init)), ("year", filters.year.map(String.init)),
            ]
            return checks.allSatisfy { name, value in value == nil || graduate.attributes[name] == value }
        }
    }

    struct Figures: Equatable {
        var graduates: Int
        var employabilityRate: Double?
        var employmentRate: Double?
        var medianSalary: Double?
        var salaried: Int
    }

    static func figures(_ group: [Graduate]) -> Figures {
        let n = group.count
        let employableCount = group.count { employable.contains($0.status) }
        let employedCount = group.count { employed.contains($0.status) }
        let salaries = group.filter { employed.contains($0.status) }.compactMap(\.salary).sorted()
        return Figures(
            graduates: n, employabilityRate: n > 0 ? Double(employableCount) / Double(n) : nil,
            employmentRate: n > 0 ? Double(employedCount) / Double(n) : nil, medianSalary: median(salaries),
            salaried: salaries.count)
    }

    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Figures per value of `dimension` among the graduates passing `filters`.
    func breakdown(_ dimension: String, filters: DashboardFilters) -> [String: Figures] {
        Dictionary(grouping: matching(filters)) { $0.attributes[dimension]! }.mapValues(Self.figures)
    }
}

/// Reading figure cells by column name.
extension Figure {
    func cell(_ row: Int, _ column: String) -> FigureCell { rows[row].cells[columnIndex(column)!] }

    /// The rows keyed by the text of their first (dimension) cell.
    func rowsByKey() -> [String: Int] {
        var keys: [String: Int] = [:]
        for (index, row) in rows.enumerated() {
            switch row.cells[0] {
            case .text(let text): keys[text] = index
            case .integer(let value): keys[String(value)] = index
            default: keys[""] = index
            }
        }
        return keys
    }
}

func close(_ cell: FigureCell, _ expected: Double?, tolerance: Double = 1e-9) -> Bool {
    guard let expected else { return cell == .null }
    guard let value = cell.doubleValue else { return false }
    return abs(value - expected) <= tolerance * max(1, abs(expected))
}
