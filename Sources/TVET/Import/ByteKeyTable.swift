import Columnar

/// An open-addressing hash table from UTF-8 byte strings to `Int32`, keyed on raw bytes so that a CSV field is
/// looked up without making a `String`.
///
/// The decoder keeps one per purpose: the codes of a value set, the skill ids, the verdicts of link look-ups already
/// made, and (for files not in key order) the line of every primary key accepted so far.
struct ByteKeyTable: Sendable {
    /// Per entry: its first 8 bytes (zero-padded), its length, its value, and where its bytes start in `bytes`.
    private var heads: [UInt64] = []
    private var lengths: [Int32] = []
    private var values: [Int32] = []
    private var starts: [Int] = []
    private var bytes: [UInt8] = []
    /// 0 = empty, otherwise the key hash's high 32 bits and, below them, entry index + 1.
    private var slots = [UInt64](repeating: 0, count: 64)

    init() {}

    init(keys: some Sequence<String>) {
        for (i, key) in keys.enumerated() {
            var key = key
            key.withUTF8 { k in insert(k, value: Int32(i), at: find(k).slot) }
        }
    }

    var count: Int { values.count }

    /// The value stored for `key`, or the slot where it would go (for `insert(_:value:at:)`).
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> (value: Int32?, slot: Int) {
        let head = Self.head(key)
        let hash = Self.hash(key, head: head)
        // A slot keeps the hash's high half beside the entry, so a probe past another key rarely reads the entry.
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let n = key.count
        return slots.withUnsafeBufferPointer { s in
            let mask = s.count &- 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = s[slot]
                if entry == 0 { return (nil, slot) }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1
                    if let value = match(key, head: head, count: n, index) { return (value, slot) }
                }
                slot = (slot &+ 1) & mask
            }
        }
    }

    @inline(__always)
    private func match(_ key: UnsafeBufferPointer<UInt8>, head: UInt64, count n: Int, _ index: Int) -> Int32? {
        heads.withUnsafeBufferPointer { h in
            lengths.withUnsafeBufferPointer { l in
                guard h[index] == head, Int(l[index]) == n else { return nil }
                if n > 8 {
                    let start = starts[index]
                    let equal = bytes.withUnsafeBufferPointer { b in
                        memoryEqual(b.baseAddress! + start + 8, key.baseAddress! + 8, n &- 8)
                    }
                    guard equal else { return nil }
                }
                return values.withUnsafeBufferPointer { $0[index] }
            }
        }
    }

    @inline(__always)
    func value(_ key: UnsafeBufferPointer<UInt8>) -> Int32? { find(key).value }

    /// Adds a key that `find` reported missing at `slot` (nothing else may be inserted in between).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32, at slot: Int) {
        let head = Self.head(key)
        let entry = (Self.hash(key, head: head) & 0xFFFF_FFFF_0000_0000) | UInt64(values.count &+ 1)
        heads.append(head)
        lengths.append(Int32(truncatingIfNeeded: key.count))
        values.append(value)
        starts.append(bytes.count)
        if key.count > 8 { bytes.append(contentsOf: key) }
        slots[slot] = entry
        if values.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        var newSlots = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = newSlots.count - 1
        newSlots.withUnsafeMutableBufferPointer { s in
            for entry in slots where entry != 0 {
                // The slot keeps only the high half of the hash; the low half (the home slot) is recomputed.
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1
                let hash = rehash(index)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while s[slot] != 0 { slot = (slot &+ 1) & mask }
                s[slot] = entry
            }
        }
        slots = newSlots
    }

    /// The hash of entry `index`, from its stored head and bytes.
    private func rehash(_ index: Int) -> UInt64 {
        let n = Int(lengths[index])
        if n <= 8 { return Self.shortHash(heads[index], count: n) }
        return bytes.withUnsafeBufferPointer { b in
            let key = UnsafeBufferPointer(rebasing: b[starts[index]..<(starts[index] + n)])
            return Self.hash(key, head: heads[index])
        }
    }

    /// The first 8 bytes of `key`, zero-padded, as one word (the whole key when it is short).
    @inline(__always)
    static func head(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress else { return 0 }
        if key.count >= 8 { return UnsafeRawPointer(base).loadUnaligned(as: UInt64.self) }
        var word: UInt64 = 0
        withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(key)) }
        return word
    }

    /// Multiply-xorshift over 8-byte chunks: codes and identifiers are short, so this is a few instructions a key.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        let n = key.count
        if n <= 8 { return shortHash(head, count: n) }
        let raw = UnsafeRawPointer(key.baseAddress!)
        var h = mix(head ^ UInt64(n)) &* 0xFF51_AFD7_ED55_8CCD
        var i = 8
        while i + 8 <= n {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            i &+= 8
        }
        if i < n {
            // The last (overlapping) 8 bytes: the key is at least 9 bytes long, so this stays inside it.
            h ^= raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        return mix(h ^ 0xC4CE_B9FE_1A85_EC53)
    }

    @inline(__always)
    static func shortHash(_ head: UInt64, count: Int) -> UInt64 {
        mix(head ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15))
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 { BitMixer.mix(x) }
}

/// Byte-wise equality of two ranges of `count` bytes.
@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    let ra = UnsafeRawPointer(a)
    let rb = UnsafeRawPointer(b)
    while i + 8 <= count {
        if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
            return false
        }
        i &+= 8
    }
    while i < count {
        if a[i] != b[i] { return false }
        i &+= 1
    }
    return true
}
