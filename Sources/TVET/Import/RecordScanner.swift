/// Splits a whole CSV buffer into records and fields without copying: a field is a byte range of the buffer, except a
/// quoted field holding doubled quotes, which is unescaped into a side buffer.
///
/// RFC 4180: quoted fields, doubled quotes, embedded newlines, CRLF or LF. Blank lines between records are skipped.
/// A malformed record (a quote inside an unquoted field, text after a closing quote, a quote never closed) is reported
/// with the line it starts on, and scanning goes on at the next line, so one bad record costs one record.
///
/// The scanner owns a manually allocated side buffer: call `deallocate()` when done.
struct RecordScanner {
    enum Outcome {
        case record(line: Int)
        case malformed(line: Int, reason: String)
        case end
    }

    /// Where a field's bytes are: `start` is an offset into the input, or into the side buffer when `unescaped`.
    struct FieldRef {
        var start: Int
        var count: Int
        var unescaped: Bool
    }

    static let strayQuote = "a double quote inside an unquoted field (quote the whole field)"
    static let textAfterQuote = "text after the closing quote of a quoted field"
    static let unclosedQuote = "a quoted field is not closed before the end of the file"

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private(set) var position: Int
    private(set) var line = 1
    private var refs: UnsafeMutablePointer<FieldRef>
    private var refCapacity = 64
    /// Fields of the last record.
    private(set) var fieldCount = 0
    private var side: UnsafeMutablePointer<UInt8>
    private var sideCount = 0
    private var sideCapacity = 4096

    /// Starts after a UTF-8 byte-order mark, if any.
    init(_ bytes: UnsafeRawBufferPointer) {
        let typed = bytes.bindMemory(to: UInt8.self)
        side = .allocate(capacity: sideCapacity)
        // An empty buffer may have no address; `end` is then 0 and `base` is never read.
        base = typed.baseAddress.map { UnsafePointer($0) } ?? UnsafePointer(side)
        end = typed.count
        position = typed.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        refs = .allocate(capacity: refCapacity)
    }

    func deallocate() {
        side.deallocate()
        refs.deallocate()
    }

    var totalBytes: Int { end }
    var isAtEnd: Bool { position >= end }

    /// The bytes of field `index` of the last record; valid until the next call to `next()`.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let ref = refs[index]
        return UnsafeBufferPointer(start: (ref.unescaped ? UnsafePointer(side) : base) + ref.start, count: ref.count)
    }

    /// Reads the next record's fields (see `fieldCount`, `field(_:)`).
    mutating func next() -> Outcome {
        fieldCount = 0
        sideCount = 0
        var p = position
        // Blank lines carry no record.
        while p < end {
            if base[p] == 10 {
                p &+= 1
                line &+= 1
            } else if base[p] == 13 && p &+ 1 < end && base[p &+ 1] == 10 {
                p &+= 2
                line &+= 1
            } else {
                break
            }
        }
        position = p
        guard p < end else { return .end }
        let recordLine = line
        while true {
            if p < end && base[p] == UInt8(ascii: "\"") {
                switch scanQuoted(&p, recordLine: recordLine) {
                case .field: break
                case .malformed(let outcome): return outcome
                }
                guard p < end else {
                    position = p
                    return .record(line: recordLine)
                }
                let byte = base[p]
                if byte == UInt8(ascii: ",") {
                    p &+= 1
                    continue
                }
                if byte == 10 || (byte == 13 && p &+ 1 < end && base[p &+ 1] == 10) {
                    return endRecord(at: p, recordLine)
                }
                return skipLine(from: p, recordLine, Self.textAfterQuote)
            }
            let start = p
            while p < end {
                let byte = base[p]
                // Every byte that ends an unquoted field is at most ',' (0x2C): letters and digits pass one compare.
                if byte <= UInt8(ascii: ",") {
                    if byte == UInt8(ascii: ",") || byte == 10 || byte == UInt8(ascii: "\"") { break }
                    if byte == 13 && p &+ 1 < end && base[p &+ 1] == 10 { break }
                }
                p &+= 1
            }
            appendField(FieldRef(start: start, count: p &- start, unescaped: false))
            guard p < end else {
                position = p
                return .record(line: recordLine)
            }
            switch base[p] {
            case UInt8(ascii: ","): p &+= 1
            case UInt8(ascii: "\""): return skipLine(from: p, recordLine, Self.strayQuote)
            default: return endRecord(at: p, recordLine)
            }
        }
    }

    private enum QuotedResult {
        case field
        case malformed(Outcome)
    }

    /// Reads a quoted field starting at the opening quote; leaves `p` just after the closing quote.
    private mutating func scanQuoted(_ p: inout Int, recordLine: Int) -> QuotedResult {
        let openingLine = line
        let opening = p
        p &+= 1
        let contentStart = p
        var segmentStart = p
        var sideStart = -1
        while true {
            guard p < end else {
                // Resume after the line holding the opening quote: the rest of the file is read again as records.
                var q = opening
                while q < end && base[q] != 10 { q &+= 1 }
                line = openingLine
                if q < end {
                    q &+= 1
                    line &+= 1
                }
                position = q
                return .malformed(.malformed(line: recordLine, reason: Self.unclosedQuote))
            }
            let byte = base[p]
            if byte == UInt8(ascii: "\"") {
                if p &+ 1 < end && base[p &+ 1] == UInt8(ascii: "\"") {
                    if sideStart < 0 { sideStart = sideCount }
                    appendSide(from: segmentStart, to: p &+ 1)  // the segment and one quote
                    p &+= 2
                    segmentStart = p
                    continue
                }
                if sideStart >= 0 {
                    appendSide(from: segmentStart, to: p)
                    appendField(FieldRef(start: sideStart, count: sideCount &- sideStart, unescaped: true))
                } else {
                    appendField(FieldRef(start: contentStart, count: p &- contentStart, unescaped: false))
                }
                p &+= 1
                return .field
            }
            if byte == 10 { line &+= 1 }
            p &+= 1
        }
    }

    @inline(__always)
    private mutating func appendField(_ ref: FieldRef) {
        if fieldCount == refCapacity {
            let grown = UnsafeMutablePointer<FieldRef>.allocate(capacity: refCapacity * 2)
            grown.initialize(from: refs, count: fieldCount)
            refs.deallocate()
            refs = grown
            refCapacity *= 2
        }
        (refs + fieldCount).initialize(to: ref)
        fieldCount &+= 1
    }

    private mutating func appendSide(from start: Int, to stop: Int) {
        let n = stop &- start
        if sideCount &+ n > sideCapacity {
            var capacity = sideCapacity * 2
            while capacity < sideCount &+ n { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: side, count: sideCount)
            side.deallocate()
            side = grown
            sideCapacity = capacity
        }
        (side + sideCount).update(from: base + start, count: n)
        sideCount &+= n
    }

    /// `p` is at the LF or CRLF that ends the record.
    private mutating func endRecord(at p: Int, _ recordLine: Int) -> Outcome {
        position = p &+ (base[p] == 10 ? 1 : 2)
        line &+= 1
        return .record(line: recordLine)
    }

    /// Moves past the rest of the physical line and reports the record as malformed.
    private mutating func skipLine(from start: Int, _ recordLine: Int, _ reason: String) -> Outcome {
        var p = start
        while p < end && base[p] != 10 { p &+= 1 }
        if p < end {
            p &+= 1
            line &+= 1
        }
        position = p
        return .malformed(line: recordLine, reason: reason)
    }
}
