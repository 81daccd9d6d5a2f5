#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the Float32 matrices that `NpyWriter` writes (and `numpy.save` of a C-order little-endian `float32`
/// array): format 1.0, `descr` `<f4`, `fortran_order` False, a shape of one or two dimensions.
///
/// The values are read straight into the returned array, with no second copy of the file in memory, so a
/// 192 MB matrix costs 192 MB.
///
///     let (shape, values) = try NpyReader.floats(path: "out/vectors/graduates.npy")   // shape [rows, 48]
public enum NpyReader {
    public static func floats(path: String) throws(MatchingError) -> (shape: [Int], values: [Float]) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadableArray(path: path, reason: "cannot open it") }
        defer { close(fd) }
        var prefix = [UInt8](repeating: 0, count: 10)
        guard readFully(fd, &prefix, count: 10), prefix[0] == 0x93, Array(prefix[1..<6]) == Array("NUMPY".utf8) else {
            throw .unreadableArray(path: path, reason: "not a .npy file")
        }
        guard prefix[6] == 1 else { throw .unreadableArray(path: path, reason: "format version \(prefix[6]) (only 1.0 is read)") }
        let headerLength = Int(prefix[8]) | Int(prefix[9]) << 8
        var headerBytes = [UInt8](repeating: 0, count: headerLength)
        guard readFully(fd, &headerBytes, count: headerLength) else { throw .unreadableArray(path: path, reason: "truncated header") }
        let shape = try parseHeader(String(decoding: headerBytes, as: UTF8.self), path: path)
        let count = shape.reduce(1, *)
        guard count > 0 else { return (shape, []) }
        var failed = false
        let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.withMemoryRebound(to: UInt8.self) { bytes in
                failed = !readFully(fd, bytes.baseAddress!, count: count * MemoryLayout<Float>.size)
            }
            initialized = failed ? 0 : count
        }
        if failed { throw .unreadableArray(path: path, reason: "holds fewer than the \(count) values of its shape \(shape)") }
        var extra: UInt8 = 0
        if read(fd, &extra, 1) != 0 { throw .unreadableArray(path: path, reason: "holds more than the \(count) values of its shape \(shape)") }
        #if _endian(big)
            return (shape, values.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) })
        #else
            return (shape, values)
        #endif
    }

    /// The shape from the header's dict literal, after checking its `descr` and `fortran_order`.
    static func parseHeader(_ header: String, path: String) throws(MatchingError) -> [Int] {
        let text = header.filter { !$0.isWhitespace }
        guard text.contains("'descr':'<f4'") else { throw .unreadableArray(path: path, reason: "not little-endian float32 ('<f4')") }
        guard text.contains("'fortran_order':False") else { throw .unreadableArray(path: path, reason: "not in C order") }
        guard let open = text.firstRange(of: "'shape':("), let close = text[open.upperBound...].firstIndex(of: ")") else {
            throw .unreadableArray(path: path, reason: "no shape in the header")
        }
        let parts = text[open.upperBound..<close].split(separator: ",")
        var shape: [Int] = []
        for part in parts {
            guard let n = Int(part), n >= 0 else { throw .unreadableArray(path: path, reason: "bad shape '\(part)'") }
            shape.append(n)
        }
        guard (1...2).contains(shape.count) else { throw .unreadableArray(path: path, reason: "shape \(shape) is not 1-D or 2-D") }
        return shape
    }

    private static func readFully(_ fd: Int32, _ base: UnsafeMutableRawPointer, count: Int) -> Bool {
        var done = 0
        while done < count {
            let n = read(fd, base + done, count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    private static func readFully(_ fd: Int32, _ bytes: inout [UInt8], count: Int) -> Bool {
        bytes.withUnsafeMutableBytes { readFully(fd, $0.baseAddress!, count: count) }
    }
}
