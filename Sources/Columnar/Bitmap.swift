/// A fixed-length bit set packed into 64-bit words, one bit a row (bit `i % 64` of word `i / 64`).
///
/// Used both as a column's validity (1 = value present) and as a query selection (1 = row selected).
/// Bits past `count` in the last word are always zero, so popcounts and word-wise operations need no masking.
public struct Bitmap: Sendable, Equatable {
    public private(set) var words: [UInt64]
    public let count: Int

    /// A bitmap of `count` bits, all set to `value`.
    public init(count: Int, value: Bool = false) {
        self.count = count
        let wordCount = (count + 63) >> 6
        if value {
            words = [UInt64](repeating: ~0, count: wordCount)
            clearTail()
        } else {
            words = [UInt64](repeating: 0, count: wordCount)
        }
    }

    /// Wraps existing words; bits past `count` are cleared.
    public init(words: [UInt64], count: Int) {
        precondition(words.count == (count + 63) >> 6, "Bitmap: \(words.count) words cannot hold \(count) bits")
        self.words = words
        self.count = count
        clearTail()
    }

    public subscript(index: Int) -> Bool {
        get { words[index >> 6] & (1 &<< UInt64(index & 63)) != 0 }
        set {
            if newValue {
                words[index >> 6] |= 1 &<< UInt64(index & 63)
            } else {
                words[index >> 6] &= ~(1 &<< UInt64(index & 63))
            }
        }
    }

    /// Number of set bits.
    public var popcount: Int {
        words.withUnsafeBufferPointer { w in
            var total = 0
            for word in w { total &+= word.nonzeroBitCount }
            return total
        }
    }

    /// Mask of the valid bits in the last word (all ones when `count` is a multiple of 64).
    public var tailMask: UInt64 {
        let rest = count & 63
        return rest == 0 ? ~0 : (1 &<< UInt64(rest)) &- 1
    }

    public mutating func formIntersection(_ other: Bitmap) {
        precondition(other.count == count, "Bitmap: length mismatch")
        other.words.withUnsafeBufferPointer { o in
            words.withUnsafeMutableBufferPointer { w in
                for i in 0..<w.count { w[i] &= o[i] }
            }
        }
    }

    public mutating func formUnion(_ other: Bitmap) {
        precondition(other.count == count, "Bitmap: length mismatch")
        other.words.withUnsafeBufferPointer { o in
            words.withUnsafeMutableBufferPointer { w in
                for i in 0..<w.count { w[i] |= o[i] }
            }
        }
    }

    /// Flips every bit in `0..<count`.
    public mutating func invert() {
        words.withUnsafeMutableBufferPointer { w in
            for i in 0..<w.count { w[i] = ~w[i] }
        }
        clearTail()
    }

    /// Row indices of the set bits, ascending.
    public func setIndices() -> [Int32] {
        var out = [Int32]()
        out.reserveCapacity(popcount)
        words.withUnsafeBufferPointer { w in
            for wi in 0..<w.count {
                var word = w[wi]
                let base = Int32(truncatingIfNeeded: wi << 6)
                while word != 0 {
                    out.append(base &+ Int32(truncatingIfNeeded: word.trailingZeroBitCount))
                    word &= word &- 1
                }
            }
        }
        return out
    }

    private mutating func clearTail() {
        if !words.isEmpty { words[words.count - 1] &= tailMask }
    }
}

/// Appends bits one at a time; used by column builders for validity.
/// Stays empty (no words) until the first null, so columns without nulls carry no bitmap at all.
struct ValidityBuilder: Sendable {
    var words: [UInt64] = []
    var count = 0
    var hasNulls = false

    init() {}

    mutating func appendValid() {
        if hasNulls {
            if count & 63 == 0 { words.append(0) }
            words[words.count - 1] |= 1 &<< UInt64(count & 63)
        }
        count &+= 1
    }

    mutating func appendNull() {
        if !hasNulls { materialize() }
        if count & 63 == 0 { words.append(0) }
        count &+= 1
    }

    /// Switches from "no nulls yet" to explicit words: every row so far is valid.
        mutating func materialize() {
        hasNulls = true
        words = [UInt64](repeating: ~0, count: (count + 63) >> 6)
        let rest = count & 63
        if rest != 0 { words[words.count - 1] = (1 &<< UInt64(rest)) &- 1 }
    }

    func finish() -> Bitmap? {
        hasNulls ? Bitmap(words: words, count: count) : nil
    }
}
