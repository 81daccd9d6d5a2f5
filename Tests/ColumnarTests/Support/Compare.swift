import Columnar
import Foundation

/// An engine value in the reference evaluator's terms.
func plain(_ v: Value) -> OValue {
    switch v {
    case .null: .null
    case .int(let i): .int(i)
    case .double(let d): .double(d)
    case .string(let s): .string(s)
    case .bool(let b): .bool(b)
    case .date(let d): .date(EpochDays.format(days: d))
    }
}

/// Equal, with doubles compared to a relative tolerance of 1e-9.
func same(_ a: OValue, _ b: OValue) -> Bool {
    if case .double(let x) = a, case .double(let y) = b {
        return x == y || abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
    }
    return a == b
}

/// Nil when equal, else a description of the first difference.
func difference(engine: QueryResult, oracle: (columns: [String], rows: [[OValue]])) -> String? {
    if engine.columns != oracle.columns { return "columns \(engine.columns) != \(oracle.columns)" }
    if engine.rows.count != oracle.rows.count {
        return "row count \(engine.rows.count) != \(oracle.rows.count)\nengine: \(engine.rows.map { $0.map(plain) })\noracle: \(oracle.rows)"
    }
    for (i, (e, o)) in zip(engine.rows, oracle.rows).enumerated() {
        let row = e.map(plain)
        if row.count != o.count || !zip(row, o).allSatisfy(same) {
            return "row \(i): engine \(row) != oracle \(o)"
        }
    }
    return nil
}

func json(_ q: Query) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? String(decoding: encoder.encode(q), as: UTF8.self)) ?? "\(q)"
}
