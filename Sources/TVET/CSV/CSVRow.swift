/// One CSV record being built: field bytes in one buffer, already quoted where RFC 4180 needs it.
///
/// The generator encodes each record into a reused row, so writing a million records allocates nothing per field.
public struct CSVRow: Sendable {
    /// The record as written: fields quoted where needed, comma-separated, no line end.
    public private(set) var bytes: [UInt8] = []
    /// Start offset of each field in `bytes`; field `i` ends where field `i + 1` starts (minus the comma).
    private var starts: [Int] = []

    public init() {
        bytes.reserveCapacity(512)
        starts.reserveCapacity(16)
    }

    public var count: Int { starts.count }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
    }

    /// Appends a text field, quoting it when it holds a comma, a quote, CR or LF.
    public mutating func append(_ text: some StringProtocol) {
        beginField()
        var needsQuotes = false
        for byte in text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13 {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a whole number without going through `String`.
    public mutating func append(_ value: Int) {
        beginField()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude)
    }

    /// Appends a decimal with a fixed number of fraction digits (`1234.5` with 2 → `1234.50`).
    public mutating func append(_ value: Double, fractionDigits: Int) {
        let scale = (0..<fractionDigits).reduce(1) { acc, _ in acc * 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        beginField()
        if value < 0 && scaled != 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt(scaled / scale))
        if fractionDigits > 0 {
            bytes.append(UInt8(ascii: "."))
            let fraction = String(scaled % scale)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: fractionDigits - fraction.utf8.count))
            bytes.append(contentsOf: fraction.utf8)
        }
    }

    public mutating func append(_ value: Bool) { append(value ? "true" : "false") }

    public mutating func append(_ date: CivilDate) { append(date.description) }

    /// Appends a `;`-separated list.
    public mutating func append(list: [String]) { append(list.joined(separator: ";")) }

    /// Appends an empty field (null).
    public mutating func appendNull() { beginField() }

    /// Replaces field `index` with raw bytes written as they are (no quoting): used to write deliberately bad records.
    public mutating func replaceRaw(_ index: Int, with raw: String) {
        let start = starts[index]
        let end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count
        let delta = raw.utf8.count - (end - start)
        bytes.replaceSubrange(start..<end, with: raw.utf8)
        for i in (index + 1)..<starts.count { starts[i] += delta }
    }

    /// Replaces field `index` with a text value, quoted as needed.
    public mutating func replace(_ index: Int, with text: String) {
        var single = CSVRow()
        single.append(text)
        replaceRaw(index, with: String(decoding: single.bytes, as: UTF8.self))
    }

    /// The field's bytes as written (quotes included).
    public func rawField(_ index: Int) -> String {
        let start = starts[index]
        let end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private mutating func beginField() {
        if !starts.isEmpty { bytes.append(UInt8(ascii: ",")) }
        starts.append(bytes.count)
    }

    private mutating func appendDigits(_ value: UInt) {
        if value >= 10 { appendDigits(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
