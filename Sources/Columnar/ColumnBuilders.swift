/// Appends the values of one column, row by row, then freezes them into a `Column`.
///
/// Builders are single-threaded and meant for decoders: appending a number, a date or an already-seen
/// string allocates nothing. Every `appendParsing(utf8:)` treats an empty field as null and returns false
/// (appending nothing) when the text is not a valid value of the column's type.
public protocol ColumnBuilder: AnyObject {
    var name: String { get }
    var type: ColumnType { get }
    /// Rows appended so far.
    var count: Int { get }
    func appendNull()
    /// Parses one text field (CSV conventions: empty = null) and appends it; false when the text is invalid.
    func appendParsing(utf8: UnsafeBufferPointer<UInt8>) -> Bool
    /// Freezes the values appended so far.
    func finish() -> Column
}

extension ColumnBuilder {
    /// Parses a `String` field; see `appendParsing(utf8:)`.
    public func appendParsing(_ text: String) -> Bool {
        var s = text
        return s.withUTF8 { appendParsing(utf8: $0) }
    }
}

/// Builders that can copy rows out of an existing column (row -1 = null); used for merging and gathering.
protocol RowCopyingBuilder: ColumnBuilder {
    func appendRows(of column: Column, rows: UnsafeBufferPointer<Int32>)
}

func makeBuilder(name: String, type: ColumnType) -> any RowCopyingBuilder {
    switch type {
    case .int32: Int32ColumnBuilder(name: name)
    case .int64: Int64ColumnBuilder(name: name)
    case .double: DoubleColumnBuilder(name: name)
    case .bool: BoolColumnBuilder(name: name)
    case .date: DateColumnBuilder(name: name)
    case .string: StringColumnBuilder(name: name)
    case .list: ListColumnBuilder(name: name)
    }
}

/// Shared body of the fixed-width builders.
/// Makes room for `additional` more elements without giving up geometric growth: `reserveCapacity(count + n)` on
/// every call would reallocate and copy the whole array each time (quadratic over many small appends).
@inline(__always)
func reserveGrowing<T>(_ array: inout [T], by additional: Int) {
    let needed = array.count + additional
    if needed > array.capacity { array.reserveCapacity(Swift.max(needed, array.capacity * 2)) }
}

@inline(__always)
func copyFixedRows<T>(
    _ source: [T], _ validity: Bitmap?, rows: UnsafeBufferPointer<Int32>, zero: T,
    into values: inout [T], _ bits: inout ValidityBuilder
) {
    reserveGrowing(&values, by: rows.count)
    source.withUnsafeBufferPointer { src in
        withValidity(validity) { v in
            for r in rows {
                if r < 0 || !isValid(v, Int(r)) {
                    values.append(zero)
                    bits.appendNull()
                } else {
                    values.append(src[Int(r)])
                    bits.appendValid()
                }
            }
        }
    }
}

/// Parses an optionally signed decimal integer.
func parseInteger(_ s: UnsafeBufferPointer<UInt8>) -> Int64? {
    var i = 0
    var negative = false
    if s.count > 0, s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") {
        negative = s[0] == UInt8(ascii: "-")
        i = 1
    }
    guard i < s.count else { return nil }
    var v: Int64 = 0
    while i < s.count {
        let d = Int64(s[i]) - 48
        guard d >= 0, d <= 9 else { return nil }
        let (m, o1) = v.multipliedReportingOverflow(by: 10)
        let (a, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
        guard !o1, !o2 else { return nil }
        v = a
        i += 1
    }
    return v
}

/// Parses a decimal number. Plain decimals with up to 15 significant digits take an exact fast path
/// (an integer mantissa divided by an exact power of ten is correctly rounded); anything else goes through
/// the standard library's parser.
func parseDouble(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    var negative = false
    if s.count > 0, s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") {
        negative = s[0] == UInt8(ascii: "-")
        i = 1
    }
    var mantissa: Int64 = 0
    var digits = 0, fraction = 0
    var seenPoint = false, plain = i < s.count
    while i < s.count, plain {
        let c = s[i]
        if c == UInt8(ascii: ".") && !seenPoint {
            seenPoint = true
        } else if c >= 48 && c <= 57 {
            mantissa = mantissa &* 10 &+ Int64(c - 48)
            digits += 1
            if seenPoint { fraction += 1 }
        } else {
            plain = false
        }
        i += 1
    }
    if plain, digits > 0, digits <= 15 {
        let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
        let v = Double(mantissa) / powers[fraction]
        return negative ? -v : v
    }
    guard let v = Double(String(decoding: s, as: UTF8.self)), v.isFinite else { return nil }
    return v
}

public final class Int32ColumnBuilder: RowCopyingBuilder {
    public let name: String
    public var type: ColumnType { .int32 }
    var values: [Int32] = []
    var bits = ValidityBuilder()

    public init(name: String) { self.name = name }
    public var count: Int { values.count }
    public func append(_ value: Int32) { values.append(value); bits.appendValid() }
    public func append(_ value: Int32?) { if let value { append(value) } else { appendNull() } }
    public func appendNull() { values.append(0); bits.appendNull() }
    public func appendParsing(utf8 s: UnsafeBufferPointer<UInt8>) -> Bool {
        if s.isEmpty { appendNull(); return true }
        guard let v = parseInteger(s), let w = Int32(exactly: v) else { return false }
        append(w)
        return true
    }
    public func finish() -> Column { Column(name: name, storage: .int32(values), validity: bits.finish()) }
    func appendRows(of column: Column, rows: UnsafeBufferPointer<Int32>) {
        guard case .int32(let src) = column.storage else { preconditionFailure("type mismatch") }
        copyFixedRows(src, column.validity, rows: rows, zero: 0, into: &values, &bits)
    }
}

public final class Int64ColumnBuilder: RowCopyingBuilder {
    public let name: String
    public var type: ColumnType { .int64 }
    var values: [Int64] = []
    var bits = ValidityBuilder()

    public init(name: String) { self.name = name }
    public var count: Int { values.count }
    public func append(_ value: Int64) { values.append(value); bits.appendValid() }
    public func append(_ value: Int64?) { if let value { append(value) } else { appendNull() } }
    public func appendNull() { values.append(0); bits.appendNull() }
    public func appendParsing(utf8 s: UnsafeBufferPointer<UInt8>) -> Bool {
        if s.isEmpty { appendNull(); return true }
        guard let v = parseInteger(s) else { return false }
        append(v)
        return true
    }
    public func finish() -> Column { Column(name: name, storage: .int64(values), validity: bits.finish()) }
    func appendRows(of column: Column, rows: UnsafeBufferPointer<Int32>) {
        guard case .int64(let src) = column.storage else { preconditionFailure("type mismatch") }
        copyFixedRows(src, column.validity, rows: rows, zero: 0, into: &values, &bits)
    }
}

public final class DoubleColumnBuilder: RowCopyingBuilder {
    public let name: String
    public var type: ColumnType { .double }
    var values: [Double] = []
    var bits = ValidityBuilder()

    public init(name: String) { self.name = name }
    public var count: Int { values.count }
    /// Appends a value; NaN is stored as null so that every stored number is comparable.
    public func append(_ value: Double) {
        if value.isNaN { appendNull(); return }
        values.append(value)
        bits.appendValid()
    }
    public func append(_ value: Double?) { if let value { append(value) } else { appendNull() } }
    public func appendNull() { values.append(0); bits.appendNull() }
    public func appendParsing(utf8 s: UnsafeBufferPointer<UInt8>) -> Bool {
        if s.isEmpty { appendNull(); return true }
        guard let v = parseDouble(s) else { return false }
        append(v)
        return true
    }
    public func finish() -> Column { Column(name: name, storage: .double(values), validity: bits.finish()) }
    func appendRows(of column: Column, rows: UnsafeBufferPointer<Int32>) {
        guard case .double(let src) = column.storage else { preconditionFailure("type mismatch") }
        copyFixedRows(src, column.validity, rows: rows, zero: 0, into: &values, &bits)
    }
}

public final class BoolColumnBuilder: RowCopyingBuilder {
    public let name: String
    public var type: ColumnType { .bool }
    var values: [Bool] = []
    var bits = ValidityBuilder()

    public init(name: String) { self.name = name }
    public var count: Int { values.count }
    public func append(_ value: Bool) { values.append(value); bits.appendValid() }
    public func append(_ value: Bool?) { if let value { append(value) } else { appendNull() } }
    public func appendNull() { values.append(false); bits.appendNull() }
    /// Accepts `true` / `false` (and `TRUE` / `FALSE`, `1` / `0`).
    public func appendParsing(utf8 s: UnsafeBufferPointer<UInt8>) -> Bool {
        if s.isEmpty { appendNull(); return true }
        let text = String(decoding: s, as: UTF8.self)
        switch text {
        case "true", "TRUE", "True", "1": append(true)
        case "false", "FALSE", "False", "0": append(false)
        default: return false
        }
        return true
    }
    public func finish() -> Column { Column(name: name, storage: .bool(values), validity: bits.finish()) }
    func appendRows(of column: Column, rows: UnsafeBufferPointer<Int32>) {
        guard case .bool(let src) = column.storage else { preconditionFailure("type mismatch") }
        copyFixedRows(src, column.validity, rows: rows, zero: false, into: &values, &bits)
    }
}

public final class DateColumnBuilder: RowCopyingBuilder {
    public let name: String
    public var type: ColumnType { .date }
    var values: [Int32] = []
    var bits = ValidityBuilder()

    public init(name: String) { self.name = name }
    public var count: Int { values.count }
    /// Appends days since 1970-01-01.
    public func append(days: Int32) { values.append(days); bits.appendValid() }
    /// Appends a civil date; false (nothing appended) when it does not exist.
    public func append(year: Int, month: Int, day: Int) -> Bool {
        guard let d = EpochDays.days(year: year, month: month, day: day) else { return false }
        append(days: d)
        return true
    }
    public func appendNull() { values.append(0); bits.appendNull() }
    /// Accepts exactly `YYYY-MM-DD`.
    public func appendParsing(utf8 s: UnsafeBufferPointer<UInt8>) -> Bool {
        if s.isEmpty { appendNull(); return true }
        guard let d = EpochDays.parse(utf8: s) else { return false }
        append(days: d)
        return true
    }
    public func finish() -> Column { Column(name: name, storage: .date(values), validity: bits.finish()) }
    func appendRows(of column: Column, rows: UnsafeBufferPointer<Int32>) {
        guard case .date(let src) = column.storage else { preconditionFailure("type mismatch") }
        copyFixedRows(src, column.validity, rows: rows, zero: 0, into: &values, &bits)
    }
}

/// Dictionary-encodes strings as they arrive.
public final class StringColumnBuilder: RowCopyingBuilder {
    public let name: String
    public var type: ColumnType { .string }
    var codes: [UInt32] = []
    var interner = StringInterner()
    var bits = ValidityBuilder()
    var remapper = CodeRemapper()

    public init(name: String) { self.name = name }
    public var count: Int { codes.count }
    public func append(_ value: String) { codes.append(interner.intern(value)); bits.appendValid() }
    public func append(_ value: Substring) { codes.append(interner.intern(value)); bits.appendValid() }
    public func append(_ value: String?) { if let value { append(value) } else { appendNull() } }
    /// Appends a UTF-8 byte range (e.g. a field inside a CSV read buffer); it is copied only the first time it is seen.
    public func append(utf8: UnsafeBufferPointer<UInt8>) { codes.append(interner.intern(utf8: utf8)); bits.appendValid() }
    public func appendNull() { codes.append(0); bits.appendNull() }
    /// An empty field is null; any other bytes are the string.
    public func appendParsing(utf8 s: UnsafeBufferPointer<UInt8>) -> Bool {
        if s.isEmpty { appendNull() } else { append(utf8: s) }
        return true
    }
    public func finish() -> Column {
        Column(name: name, storage: .string(codes: codes, dictionary: StringDictionary(interner)), validity: bits.finish())
    }
    func appendRows(of column: Column, rows: UnsafeBufferPointer<Int32>) {
        guard case .string(let src, let dictionary) = column.storage else { preconditionFailure("type mismatch") }
        // Work on locals: per-row access to class properties would pay an exclusivity check each time.
        var map = remapper, table = interner, out = codes, valid = bits
        codes = []
        map.reset(for: dictionary)
        reserveGrowing(&out, by: rows.count)
        src.withUnsafeBufferPointer { s in
            withValidity(column.validity) { v in
                for r in rows {
                    if r < 0 || !isValid(v, Int(r)) {
                        out.append(0)
                        valid.appendNull()
                    } else {
                        out.append(map.map(s[Int(r)], into: &table))
                        valid.appendValid()
                    }
                }
            }
        }
        remapper = map
        interner = table
        codes = out
        bits = valid
    }

    /// Starts from an existing dictionary: its codes stay valid, so rows copied from a column using it keep
    /// their codes without re-interning (used when merging).
    init(name: String, seed dictionary: StringDictionary) {
        self.name = name
        interner = StringInterner(copying: dictionary)
        remapper = CodeRemapper(identity: dictionary)
    }
}

/// Translates codes of another dictionary into a builder's codes, interning each distinct string once.
/// Keeps one table per source dictionary, so copying a column in many alternating runs stays linear.
struct CodeRemapper {
    private var source: StringDictionary?
    private var table: [UInt32] = []
    private var saved: [ObjectIdentifier: (StringDictionary, [UInt32])] = [:]
    private var identity: StringDictionary?

    init() {}

    /// Codes of `dictionary` map to themselves (the builder's interner starts as a copy of it).
    init(identity dictionary: StringDictionary) {
        self.identity = dictionary
    }

    mutating func reset(for dictionary: StringDictionary) {
        if source === dictionary { return }
        if let current = source {
            saved[ObjectIdentifier(current)] = (current, table)
            table = []
        }
        source = dictionary
        if let (_, kept) = saved.removeValue(forKey: ObjectIdentifier(dictionary)) {
            table = kept
        } else if dictionary === identity {
            table = Array(0..<UInt32(dictionary.count))
        } else {
            table = [UInt32](repeating: .max, count: dictionary.count)
        }
    }

    mutating func map(_ code: UInt32, into interner: inout StringInterner) -> UInt32 {
        let known = table[Int(code)]
        if known != .max { return known }
        guard let dictionary = source else { preconditionFailure("CodeRemapper used before reset") }
        let start = dictionary.offsets[Int(code)], end = dictionary.offsets[Int(code) + 1]
        let mapped = dictionary.bytes.withUnsafeBufferPointer { interner.intern(utf8: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        table[Int(code)] = mapped
        return mapped
    }
}

/// Lists of strings (e.g. skill ids written `ELE001;ELE014`): per row a run of dictionary codes.
/// A null row and an empty list are distinct; a CSV empty field is null.
public final class ListColumnBuilder: RowCopyingBuilder {
    public let name: String
    public var type: ColumnType { .list }
    var offsets: [Int32] = [0]
    var codes: [UInt32] = []
    var interner = StringInterner()
    var bits = ValidityBuilder()
    private var remapper = CodeRemapper()

    public init(name: String) { self.name = name }
    public var count: Int { offsets.count - 1 }

    /// Appends a whole row.
    public func append(_ items: [String]) {
        for item in items { codes.append(interner.intern(item)) }
        endRow()
    }
    /// Adds one item to the row being built; close it with `endRow()`.
    public func appendItem(utf8: UnsafeBufferPointer<UInt8>) { codes.append(interner.intern(utf8: utf8)) }
    public func appendItem(_ item: Substring) { codes.append(interner.intern(item)) }
    public func endRow() { offsets.append(Int32(codes.count)); bits.appendValid() }
    public func appendNull() { offsets.append(Int32(codes.count)); bits.appendNull() }
    /// Splits a field on `separator` (default `;`); empty items are skipped, an empty field is null.
    public func append(splitting s: UnsafeBufferPointer<UInt8>, separator: UInt8 = UInt8(ascii: ";")) {
        if s.isEmpty { appendNull(); return }
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == separator {
            if i > start { appendItem(utf8: UnsafeBufferPointer(rebasing: s[start..<i])) }
            start = i + 1
        }
        endRow()
    }
    public func appendParsing(utf8 s: UnsafeBufferPointer<UInt8>) -> Bool {
        append(splitting: s)
        return true
    }
    public func finish() -> Column {
        Column(
            name: name, storage: .list(offsets: offsets, codes: codes, dictionary: StringDictionary(interner)),
            validity: bits.finish())
    }
    func appendRows(of column: Column, rows: UnsafeBufferPointer<Int32>) {
        guard case .list(let srcOffsets, let src, let dictionary) = column.storage else { preconditionFailure("type mismatch") }
        remapper.reset(for: dictionary)
        for r in rows {
            if r < 0 || column.isNull(Int(r)) { appendNull(); continue }
            for k in Int(srcOffsets[Int(r)])..<Int(srcOffsets[Int(r) + 1]) {
                codes.append(remapper.map(src[k], into: &interner))
            }
            endRow()
        }
    }
}
