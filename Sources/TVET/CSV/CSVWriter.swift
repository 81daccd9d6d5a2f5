#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes CSV records to a file through a large buffer, counting lines so callers can name them.
public final class CSVWriter {
    public struct OpenError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 20
    /// The number of the last line written (the header is line 1).
    public private(set) var lineNumber = 0
    public private(set) var bytesWritten = 0

    public init(path: String) throws(OpenError) {
        guard let file = fopen(path, "wb") else {
            throw OpenError(path: path, reason: String(cString: strerror(errno)))
        }
        self.file = file
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    deinit { fclose(file) }

    public func writeHeader(_ names: [String]) {
        var row = CSVRow()
        for name in names { row.append(name) }
        write(row)
    }

    /// Writes one record and a newline; returns its line number.
    @discardableResult
    public func write(_ row: CSVRow) -> Int {
        buffer.append(contentsOf: row.bytes)
        buffer.append(10)
        lineNumber += 1
        if buffer.count >= flushThreshold { flush() }
        return lineNumber
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    public func close() {
        flush()
        fflush(file)
    }
}
