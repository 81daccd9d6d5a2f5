import Columnar

/// A query result read by column name: one entry per group, in the engine's order.
struct GroupedResult: Sendable {
    let result: QueryResult
    private let positions: [String: Int]

    init(_ result: QueryResult) {
        self.result = result
        positions = Dictionary(uniqueKeysWithValues: result.columns.enumerated().map { ($1, $0) })
    }

    var count: Int { result.rows.count }

    func value(_ row: Int, _ column: String) -> Value { result.rows[row][positions[column]!] }

    func integer(_ row: Int, _ column: String) -> Int64 {
        switch value(row, column) {
        case .int(let value): value
        case .double(let value): Int64(value.rounded())
        default: 0
        }
    }

    func double(_ row: Int, _ column: String) -> Double? {
        switch value(row, column) {
        case .int(let value): Double(value)
        case .double(let value): value.isFinite ? value : nil
        default: nil
        }
    }

    /// The group key as text (numbers and dates in their usual spelling), nil for the null group.
    func key(_ row: Int, _ column: String) -> String? {
        let value = value(row, column)
        return value == .null ? nil : value.description
    }
}
