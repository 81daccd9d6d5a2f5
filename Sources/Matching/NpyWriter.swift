#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// NumPy `.npy` files, format version 1.0, C order, little-endian: readable by `numpy.load` with no other library.
///
/// The header is the magic `\x93NUMPY`, version 1.0, a little-endian `UInt16` header length, then a Python dict
/// literal padded with spaces and ended by a newline so that the data starts at a multiple of 64 bytes.
public enum NpyWriter {
    /// An element type and its NumPy `descr`.
    public protocol Element {
        static var descr: String { get }
        func appendLittleEndian(to bytes: inout [UInt8])
    }

    public static func header(descr: String, shape: [Int]) -> [UInt8] {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var dict = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shapeText), }"
        let unpadded = 10 + dict.utf8.count + 1
        dict += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        let length = UInt16(dict.utf8.count)
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xff), UInt8(length >> 8)] + Array(dict.utf8)
    }

    /// The bytes of a `.npy` file holding `values` with `shape` (their product must be `values.count`).
    public static func encode<T: Element>(_ values: [T], shape: [Int]) -> [UInt8] {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) does not hold \(values.count) values")
        var bytes = header(descr: T.descr, shape: shape)
        bytes.reserveCapacity(bytes.count + values.count * MemoryLayout<T>.size)
        #if _endian(little)
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            for v in values { v.appendLittleEndian(to: &bytes) }
        #endif
        return bytes
    }

    public static func write<T: Element>(_ values: [T], shape: [Int], to path: String) throws(MatchingError) {
        do {
            try Data(encode(values, shape: shape)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: "\(error)")
        }
    }
}

extension Float: NpyWriter.Element {
    public static var descr: String { "<f4" }
    public func appendLittleEndian(to bytes: inout [UInt8]) {
        withUnsafeBytes(of: bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

extension Int32: NpyWriter.Element {
    public static var descr: String { "<i4" }
    public func appendLittleEndian(to bytes: inout [UInt8]) { withUnsafeBytes(of: littleEndian) { bytes.append(contentsOf: $0) } }
}

extension UInt16: NpyWriter.Element {
    public static var descr: String { "<u2" }
    public func appendLittleEndian(to bytes: inout [UInt8]) { withUnsafeBytes(of: littleEndian) { bytes.append(contentsOf: $0) } }
}

extension UInt8: NpyWriter.Element {
    public static var descr: String { "|u1" }
    public func appendLittleEndian(to bytes: inout [UInt8]) { bytes.append(self) }
}
