import TVET
/// What `dataraya generate` wrote, with the headline figures a user checks against docs/DATA.md.
public struct GenerationSummary: Sendable, CustomStringConvertible {
    public struct File: Sendable {
        public let name: String
        public let rows: Int
        public let injectedErrors: Int
        public let bytes: Int
    }

    public let files: [File]
    public let institutions: Int
    public let ministries: Int
    /// Employability rate (CONTRACT section 2) by graduation year.
    public let employabilityByYear: [(year: Int, rate: Double)]
    /// Median monthly salary of employed and self-employed graduates of the latest year, by level 1...5.
    public let medianSalaryByLevel: [(level: Int, median: Double)]
    public let latestYear: Int
    public let openVacancyShare: Double

    init(dataset: NationalDataset, files: [File], options: GeneratorOptions) {
        self.files = files
        institutions = dataset.institutions.count
        ministries = Set(dataset.institutions.map(\.type.ministry)).count
        let employable: Set<String> = ["EMPLOYED", "SELF_EMPLOYED", "FURTHER_STUDY", "UPSKILLING", "AWAITING_PLACEMENT"]
        var byYear: [Int: (employable: Int, all: Int)] = [:]
        var salaries: [[Double]] = Array(repeating: [], count: 6)
        latestYear = options.graduationYears.upperBound
        for graduate in dataset.graduates {
            byYear[graduate.year, default: (0, 0)].all += 1
            if employable.contains(graduate.status) { byYear[graduate.year, default: (0, 0)].employable += 1 }
            if graduate.year == latestYear, let salary = graduate.salary {
                salaries[dataset.programmes[graduate.programme].level].append(salary)
            }
        }
        employabilityByYear = byYear.keys.sorted().map { ($0, Double(byYear[$0]!.employable) / Double(byYear[$0]!.all)) }
        medianSalaryByLevel = (1...5).compactMap { level in Self.median(salaries[level]).map { (level, $0) } }
        let open = dataset.vacancies.filter { $0.closesOn >= options.asOf }.count
        openVacancyShare = dataset.vacancies.isEmpty ? 0 : Double(open) / Double(dataset.vacancies.count)
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    public var description: String {
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        func percent(_ rate: Double) -> String { String(Double(Int((rate * 1000).rounded())) / 10) + "%" }
        var lines = ["file                  rows        bytes"]
        for file in files {
            let injected = file.injectedErrors > 0 ? "  (+\(file.injectedErrors) bad rows)" : ""
            lines.append(pad(file.name, 22) + pad(String(file.rows), 12) + String(file.bytes) + injected)
        }
        lines.append("")
        lines.append("\(institutions) institutions under \(ministries) ministries and agencies")
        lines.append("employability rate by graduation year: "
            + employabilityByYear.map { "\($0.year) \(percent($0.rate))" }.joined(separator: ", "))
        lines.append("median starting salary, \(latestYear) graduates, by level: "
            + medianSalaryByLevel.map { "L\($0.level) RM\(Int($0.median))" }.joined(separator: ", "))
        lines.append("vacancies still open: \(percent(openVacancyShare))")
        return lines.joined(separator: "\n")
    }
}
