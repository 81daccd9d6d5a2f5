import Columnar
import TVET

/// The derived graduate figures of CONTRACT 2, computed on the engine for any grouping.
enum GraduateMeasures {
    /// Statuses counted as employable by the national tracer-study definition.
    static let employable: [Literal] = ["EMPLOYED", "SELF_EMPLOYED", "FURTHER_STUDY", "UPSKILLING", "AWAITING_PLACEMENT"]
    /// Statuses counted as employed.
    static let employed: [Literal] = ["EMPLOYED", "SELF_EMPLOYED"]

    /// One group's figures: graduates, the two rates, the median salary and the salaried graduates behind it.
    struct Group: Sendable {
        var key: Value
        var graduates: Int64
        var employabilityRate: Double?
        var employmentRate: Double?
        var medianSalary: Double?
        var salaried: Int64
    }

    /// What the measures read from graduates: the status, and the salary unless only rates are wanted.
    static let reads = FigureReads([.graduates: ["status", "monthly_salary"]])
    static let rateReads = FigureReads([.graduates: ["status"]])

    /// Graduates matching `filters`, grouped by `groupBy` (nil for one national group), in the engine's key order.
    /// Without `salary` the median salary is not computed (nil, no salaried graduates), so the salary is not read.
    static func groups(
        _ context: FigureContext, filters: [Filter], groupBy: String?, figure: String, salary: Bool = true
    ) throws(AnalyticsError) -> [Group] {
        let keys = groupBy.map { [$0] } ?? []
        let main = try context.run(
            Query(
                dataset: DatasetSchema.graduates.name, filters: filters, groupBy: keys,
                measures: [
                    Measure(fn: .count, as: "graduates"),
                    Measure(fn: .rate, where: Filter(column: "status", op: .in, values: employable), as: "employability"),
                    Measure(fn: .rate, where: Filter(column: "status", op: .in, values: employed), as: "employment"),
                ]), for: figure)
        let salaryByKey = salary ? try salaries(context, filters: filters, groupBy: groupBy, figure: figure) : [:]
        return (0..<main.count).compactMap { row in
            let key = groupBy.map { main.value(row, $0) } ?? .null
            let graduates = main.integer(row, "graduates")
            let salary = salaryByKey[key]
            return Group(
                key: key, graduates: graduates,
                employabilityRate: graduates > 0 ? main.double(row, "employability") : nil,
                employmentRate: graduates > 0 ? main.double(row, "employment") : nil,
                medianSalary: salary?.1, salaried: salary?.0 ?? 0)
        }
    }

    /// The salaried graduates and their median salary by group key.
    private static func salaries(_ context: FigureContext, filters: [Filter], groupBy: String?, figure: String)
        throws(AnalyticsError) -> [Value: (Int64, Double?)]
    {
        let salaried = try context.run(
            Query(
                dataset: DatasetSchema.graduates.name,
                filters: filters + [
                    Filter(column: "status", op: .in, values: employed), Filter(column: "monthly_salary", op: .notNull),
                ],
                groupBy: groupBy.map { [$0] } ?? [],
                measures: [Measure(fn: .count, as: "salaried"), Measure(fn: .median, column: "monthly_salary", as: "median")]),
            for: figure)
        var salaryByKey: [Value: (Int64, Double?)] = [:]
        for row in 0..<salaried.count {
            let key = groupBy.map { salaried.value(row, $0) } ?? .null
            salaryByKey[key] = (salaried.integer(row, "salaried"), salaried.double(row, "median"))
        }
        return salaryByKey
    }

    /// The four measure cells of a group, in the order of `columns`.
    static func cells(_ group: Group) -> [FigureCell] {
        [
            .integer(group.graduates), group.employabilityRate.map(FigureCell.number) ?? .null,
            group.employmentRate.map(FigureCell.number) ?? .null, group.medianSalary.map(FigureCell.number) ?? .null,
        ]
    }

    static let columns = [Columns.graduates, Columns.employabilityRate, Columns.employmentRate, Columns.medianSalary]
}
