import Synchronization

/// The distinct strings of a column, addressed by dense `UInt32` codes in first-seen order.
///
/// Strings live as UTF-8 in one contiguous byte buffer; an open-addressing hash table maps bytes back to a code,
/// so a filter literal is translated to a code once and scans compare integers only.
/// Immutable once built; the byte-order rank of every code is computed on first use and cached.
public final class StringDictionary: Sendable {
    let bytes: [UInt8]
    /// `offsets[code] ..< offsets[code + 1]` is the code's UTF-8 range in `bytes`.
    let offsets: [Int]
    /// Slots hold `code + 1`, 0 = empty; the size is a power of two.
    let slots: [UInt32]
    private let rankCache = Mutex<[UInt32]?>(nil)

    init(bytes: [UInt8], offsets: [Int], slots: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
    }

    /// A dictionary holding `strings` in order (duplicates collapse to their first code).
    public convenience init(_ strings: [String]) {
        var interner = StringInterner()
        for s in strings { _ = interner.intern(s) }
        self.init(interner)
    }

    convenience init(_ interner: StringInterner) {
        self.init(bytes: interner.bytes, offsets: interner.offsets, slots: interner.slots)
    }

    /// Number of distinct strings.
    public var count: Int { offsets.count - 1 }

    /// The string of `code`.
    public subscript(code: UInt32) -> String {
        let start = offsets[Int(code)], end = offsets[Int(code) + 1]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The code of `string`, or nil when it is not in the dictionary.
    public func code(of string: String) -> UInt32? {
        var s = string
        return s.withUTF8 { code(utf8: $0) }
    }

    /// The code of a UTF-8 byte range, or nil when it is not in the dictionary.
    public func code(utf8 key: UnsafeBufferPointer<UInt8>) -> UInt32? {
        bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                slots.withUnsafeBufferPointer { s in
                    StringInterner.find(key, hash: StringInterner.hash(key), bytes: b, offsets: o, slots: s).code
                }
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of every code, in code order.
    func forEachUTF8(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                for code in 0..<(o.count - 1) {
                    body(code, UnsafeBufferPointer(rebasing: b[o[code]..<o[code + 1]]))
                }
            }
        }
    }

    /// `ranks[code]` is the code's position when all strings are sorted by UTF-8 bytes (Unicode scalar order).
    public var ranks: [UInt32] {
        rankCache.withLock { cache in
            if let cached = cache { return cached }
            let computed = computeRanks()
            cache = computed
            return computed
        }
    }

    private func computeRanks() -> [UInt32] {
        var order = (0..<UInt32(count)).map { $0 }
        bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                order.sort { x, y in
                    compareUTF8(
                        UnsafeBufferPointer(rebasing: b[o[Int(x)]..<o[Int(x) + 1]]),
                        UnsafeBufferPointer(rebasing: b[o[Int(y)]..<o[Int(y) + 1]])) < 0
                }
            }
        }
        var ranks = [UInt32](repeating: 0, count: count)
        for (rank, code) in order.enumerated() { ranks[Int(code)] = UInt32(rank) }
        return ranks
    }
}

/// Three-way comparison of UTF-8 byte strings (which is Unicode scalar order).
@inline(__always)
func compareUTF8(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    var i = 0
    while i < n {
        let x = a[i], y = b[i]
        if x != y { return x < y ? -1 : 1 }
        i &+= 1
    }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
}

/// Three-way comparison of two Swift strings by UTF-8 bytes.
func compareUTF8(_ a: String, _ b: String) -> Int {
    var x = a, y = b
    return x.withUTF8 { xa in y.withUTF8 { yb in compareUTF8(xa, yb) } }
}

/// The growing, mutable side of a `StringDictionary`: interns UTF-8 byte ranges without allocating per call
/// once a string has been seen.
struct StringInterner: Sendable {
    var bytes: [UInt8] = []
    var offsets: [Int] = [0]
    var slots = [UInt32](repeating: 0, count: 64)

    init() {}

    /// Starts from the strings of an existing dictionary, keeping their codes.
    init(copying dictionary: StringDictionary) {
        bytes = dictionary.bytes
        offsets = dictionary.offsets
        slots = dictionary.slots
    }

    var count: Int { offsets.count - 1 }

        mutating func intern(_ string: String) -> UInt32 {
        var s = string
        return s.withUTF8 { intern(utf8: $0) }
    }

        mutating func intern(_ string: Substring) -> UInt32 {
        if let code = string.utf8.withContiguousStorageIfAvailable({ intern(utf8: $0) }) { return code }
        return intern(String(string))
    }

        mutating func intern(utf8 key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = StringInterner.hash(key)
        let found = bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                slots.withUnsafeBufferPointer { s in StringInterner.find(key, hash: h, bytes: b, offsets: o, slots: s) }
            }
        }
        if let code = found.code { return code }
        let code = UInt32(count)
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        slots[found.slot] = code &+ 1
        if count * 2 > slots.count { grow() }
        return code
    }

    private mutating func grow() {
        var newSlots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = newSlots.count - 1
        bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                newSlots.withUnsafeMutableBufferPointer { s in
                    for code in 0..<(o.count - 1) {
                        var slot = Int(truncatingIfNeeded: StringInterner.hash(UnsafeBufferPointer(rebasing: b[o[code]..<o[code + 1]]))) & mask
                        while s[slot] != 0 { slot = (slot &+ 1) & mask }
                        s[slot] = UInt32(code) &+ 1
                    }
                }
            }
        }
        slots = newSlots
    }

    /// Looks `key` up; returns its code, or the empty slot where it would go.
    @inline(__always)
    static func find(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>,
        offsets: UnsafeBufferPointer<Int>, slots: UnsafeBufferPointer<UInt32>
    ) -> (code: UInt32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (nil, slot) }
            let code = Int(entry &- 1)
            let start = offsets[code], end = offsets[code + 1]
            if end - start == key.count {
                var equal = true
                var i = 0
                while i < key.count {
                    if bytes[start &+ i] != key[i] { equal = false; break }
                    i &+= 1
                }
                if equal { return (UInt32(code), slot) }
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// A fast 64-bit hash over 8-byte chunks (multiply-xorshift mixing).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var i = 0
        let n = key.count
        guard let base = key.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let chunk = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = mix(h ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
            i &+= 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base[i]) &<< shift
            shift &+= 8
            i &+= 1
        }
        return mix(h ^ tail ^ 0xC4CE_B9FE_1A85_EC53)
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 { BitMixer.mix(x) }
}
