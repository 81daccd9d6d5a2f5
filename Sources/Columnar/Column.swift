/// The physical type of a column.
public enum ColumnType: String, Sendable, Codable, CaseIterable {
    case int32, int64, double, bool, date, string, list

    var isInteger: Bool { self == .int32 || self == .int64 }
    var isNumeric: Bool { self == .int32 || self == .int64 || self == .double }
}

/// The values of a column: one contiguous buffer per type.
///
/// `date` holds days since 1970-01-01. `string` holds dictionary codes; `list` holds, for row `i`, the codes
/// `codes[offsets[i] ..< offsets[i + 1]]` (so `offsets.count == rowCount + 1`).
/// The value stored at a null row is unspecified (zero / code 0 / empty list) and never read as a value.
public enum ColumnStorage: Sendable {
    case int32([Int32])
    case int64([Int64])
    case double([Double])
    case bool([Bool])
    case date([Int32])
    case string(codes: [UInt32], dictionary: StringDictionary)
    case list(offsets: [Int32], codes: [UInt32], dictionary: StringDictionary)
}

/// A named, immutable column: typed values plus a validity bitmap that is present only when the column has nulls.
public struct Column: Sendable {
    public let name: String
    public let storage: ColumnStorage
    /// Bit set = value present. `nil` means no nulls.
    public let validity: Bitmap?
    public let count: Int

    public init(name: String, storage: ColumnStorage, validity: Bitmap? = nil) {
        self.name = name
        self.storage = storage
        switch storage {
        case .int32(let v): count = v.count
        case .int64(let v): count = v.count
        case .double(let v): count = v.count
        case .bool(let v): count = v.count
        case .date(let v): count = v.count
        case .string(let codes, _): count = codes.count
        case .list(let offsets, _, _): count = offsets.count - 1
        }
        if let validity {
            precondition(validity.count == count, "Column '\(name)': validity has \(validity.count) bits for \(count) rows")
            self.validity = validity.popcount == count ? nil : validity
        } else {
            self.validity = nil
        }
    }

    public var type: ColumnType {
        switch storage {
        case .int32: .int32
        case .int64: .int64
        case .double: .double
        case .bool: .bool
        case .date: .date
        case .string: .string
        case .list: .list
        }
    }

    public var nullCount: Int { validity.map { count - $0.popcount } ?? 0 }

    public func isNull(_ row: Int) -> Bool { validity.map { !$0[row] } ?? false }

    /// The dictionary of a string or list column.
    public var dictionary: StringDictionary? {
        switch storage {
        case .string(_, let d), .list(_, _, let d): d
        default: nil
        }
    }

    /// The value at `row`, for display and tests (not for scans). A list reads as its items joined by ";".
    public func value(at row: Int) -> Value {
        if isNull(row) { return .null }
        switch storage {
        case .int32(let v): return .int(Int64(v[row]))
        case .int64(let v): return .int(v[row])
        case .double(let v): return .double(v[row])
        case .bool(let v): return .bool(v[row])
        case .date(let v): return .date(v[row])
        case .string(let codes, let d): return .string(d[codes[row]])
        case .list(let offsets, let codes, let d):
            return .string((Int(offsets[row])..<Int(offsets[row + 1])).map { d[codes[$0]] }.joined(separator: ";"))
        }
    }

    /// The items of a list column at `row` (empty for a null row).
    public func listItems(at row: Int) -> [String] {
        guard case .list(let offsets, let codes, let d) = storage, !isNull(row) else { return [] }
        return (Int(offsets[row])..<Int(offsets[row + 1])).map { d[codes[$0]] }
    }
}
