/// The answer to a query: output column names (group_by paths, then measure names) and rows of values.
public struct QueryResult: Sendable, Equatable, Encodable {
    public let columns: [String]
    public let rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    /// `{"columns": [...], "rows": [[...], ...]}` with dates as `"YYYY-MM-DD"` and non-finite numbers as null.
    public func jsonString() -> String {
        var out = "{\"columns\":["
        for (i, c) in columns.enumerated() {
            if i > 0 { out += "," }
            appendJSONString(c, to: &out)
        }
        out += "],\"rows\":["
        for (i, row) in rows.enumerated() {
            out += i > 0 ? ",[" : "["
            for (j, value) in row.enumerated() {
                if j > 0 { out += "," }
                appendJSON(value, to: &out)
            }
            out += "]"
        }
        out += "]}"
        return out
    }
}

func appendJSON(_ value: Value, to out: inout String) {
    switch value {
    case .null: out += "null"
    case .int(let v): out += String(v)
    case .double(let v): out += v.isFinite ? String(v) : "null"
    case .string(let s): appendJSONString(s, to: &out)
    case .bool(let b): out += b ? "true" : "false"
    case .date(let d): out += "\"" + EpochDays.format(days: d) + "\""
    }
}

func appendJSONString(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    out += "\""
}
