/// Open-addressing map from 64-bit keys to dense ids `0, 1, 2, ...` in first-seen order.
struct DenseIDMap {
    private var slots: [UInt32]  // id + 1, 0 = empty
    private(set) var keys: [UInt64] = []
    private var mask: Int

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    /// The id of `key`, assigning the next one if it is new.
    @inline(__always)
    mutating func id(for key: UInt64) -> (id: UInt32, isNew: Bool) {
        var slot = Int(truncatingIfNeeded: StringInterner.mix(key)) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if keys[Int(entry &- 1)] == key { return (entry &- 1, false) }
            slot = (slot &+ 1) & mask
        }
        let id = UInt32(keys.count)
        keys.append(key)
        slots[slot] = id &+ 1
        if keys.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: StringInterner.mix(key)) & mask
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = UInt32(i) &+ 1
        }
    }
}

/// A group-by column turned into dense integer codes `0 ..< cardinality` (the last one is null).
///
/// Strings use their dictionary codes as they are; booleans 0/1; integers and dates with a small value range
/// use `value - min`; other numbers get ids in first-seen order. Codes are computed over the column's own
/// table and carried back through all but the first link hop, so the per-row cost is one gather (two for a
/// linked column).
struct KeyColumn {
    enum Decoding {
        case string(StringDictionary)
        case bool
        case offset(min: Int64, type: ColumnType)
        case distinct(keys: [UInt64], type: ColumnType)
    }

    let path: String
    let codes: [UInt32]
    let firstHop: [Int32]?
    let nullCode: UInt32
    let decoding: Decoding

    var cardinality: Int { Int(nullCode) + 1 }

    init(_ bound: BoundColumn) {
        path = bound.path
        let column = bound.column
        var codes: [UInt32]
        let nullCode: UInt32
        switch column.storage {
        case .string(let c, let dictionary):
            codes = c
            nullCode = UInt32(dictionary.count)
            decoding = .string(dictionary)
        case .bool(let v):
            codes = v.map { $0 ? 1 : 0 }
            nullCode = 2
            decoding = .bool
        case .int32(let v), .date(let v):
            (codes, nullCode, decoding) = KeyColumn.integerCodes(v, validity: column.validity, type: column.type)
        case .int64(let v):
            (codes, nullCode, decoding) = KeyColumn.integerCodes(v, validity: column.validity, type: column.type)
        case .double(let v):
            var ids = DenseIDMap()
            // -0.0 and 0.0 are one group. Null rows (stored as 0.0) may take an id that no group uses.
            codes = v.map { ids.id(for: ($0 == 0 ? 0.0 : $0).bitPattern).id }
            nullCode = UInt32(ids.count)
            decoding = .distinct(keys: ids.keys, type: .double)
        case .list:
            preconditionFailure("list columns cannot be group keys")
        }
        if let validity = column.validity {
            codes.withUnsafeMutableBufferPointer { c in
                for i in 0..<c.count where !validity[i] { c[i] = nullCode }
            }
        }
        for hop in bound.hops.dropFirst().reversed() {
            codes = KeyColumn.gather(codes, through: hop, nullCode: nullCode)
        }
        self.codes = codes
        self.nullCode = nullCode
        firstHop = bound.hops.first
    }

    private static func integerCodes<T: FixedWidthInteger>(
        _ v: [T], validity: Bitmap?, type: ColumnType
    ) -> ([UInt32], UInt32, Decoding) {
        var lo = Int64.max, hi = Int64.min
        for (i, x) in v.enumerated() where validity.map({ $0[i] }) ?? true {
            lo = Swift.min(lo, Int64(x))
            hi = Swift.max(hi, Int64(x))
        }
        if lo > hi { return ([UInt32](repeating: 0, count: v.count), 0, .offset(min: 0, type: type)) }
        let span = UInt64(bitPattern: hi &- lo)
        if span < UInt64(Swift.max(1 << 16, 2 * v.count)) {
            let codes = v.map { UInt32(truncatingIfNeeded: Int64($0) &- lo) }
            return (codes, UInt32(span) + 1, .offset(min: lo, type: type))
        }
        var ids = DenseIDMap()
        let codes = v.map { ids.id(for: UInt64(bitPattern: Int64($0))).id }
        return (codes, UInt32(ids.count), .distinct(keys: ids.keys, type: type))
    }

    static func gather(_ codes: [UInt32], through hop: [Int32], nullCode: UInt32) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: hop.count) { out, initialized in
            codes.withUnsafeBufferPointer { c in
                hop.withUnsafeBufferPointer { h in
                    for i in 0..<h.count {
                        let t = h[i]
                        out[i] = t < 0 ? nullCode : c[Int(t)]
                    }
                }
            }
            initialized = hop.count
        }
    }

    /// Writes the code of each row in `rows` to `out`.
    func fill(rows: UnsafeBufferPointer<Int32>, into out: UnsafeMutablePointer<UInt32>) {
        codes.withUnsafeBufferPointer { c in
            if let firstHop {
                firstHop.withUnsafeBufferPointer { h in
                    for i in 0..<rows.count {
                        let t = h[Int(rows[i])]
                        out[i] = t < 0 ? nullCode : c[Int(t)]
                    }
                }
            } else {
                for i in 0..<rows.count { out[i] = c[Int(rows[i])] }
            }
        }
    }

    func value(of code: UInt32) -> Value {
        if code == nullCode { return .null }
        switch decoding {
        case .string(let dictionary): return .string(dictionary[code])
        case .bool: return .bool(code == 1)
        case .offset(let min, let type): return KeyColumn.wrap(min &+ Int64(code), type)
        case .distinct(let keys, let type):
            if type == .double { return .double(Double(bitPattern: keys[Int(code)])) }
            return KeyColumn.wrap(Int64(bitPattern: keys[Int(code)]), type)
        }
    }

    private static func wrap(_ v: Int64, _ type: ColumnType) -> Value {
        type == .date ? .date(Int32(truncatingIfNeeded: v)) : .int(v)
    }
}

/// Assigns a group id to each row from its key codes, in first-seen order, and remembers each group's codes.
///
/// When the product of the key cardinalities is small, the combined code indexes a plain array
/// ("perfect hash"); otherwise an open-addressing table keyed on the code tuple is used.
final class GroupTable {
    let keyCount: Int
    /// `keyCodes[g * keyCount + j]` is key `j`'s code in group `g`.
    private(set) var keyCodes: [UInt32] = []
    private(set) var count = 0
    private var strides: [Int] = []
    private var dense: [Int32] = []
    private var slots: [Int32] = []
    private var mask = 0
    private let useDense: Bool

    init(cardinalities: [Int], rowCount: Int) {
        keyCount = cardinalities.count
        var product = 1
        var overflow = false
        for c in cardinalities {
            let (p, o) = product.multipliedReportingOverflow(by: c)
            overflow = overflow || o
            product = o ? .max : p
        }
        let limit = Swift.max(1 << 16, Swift.min(1 << 22, 2 * rowCount))
        useDense = !overflow && product <= limit
        if useDense {
            dense = [Int32](repeating: -1, count: product)
            var step = 1
            strides = [Int](repeating: 0, count: keyCount)
            for j in (0..<keyCount).reversed() {
                strides[j] = step
                step *= cardinalities[j]
            }
        } else {
            slots = [Int32](repeating: -1, count: 1024)
            mask = 1023
        }
        if keyCount == 0 { count = 1 }
    }

    /// `codes` holds `keyCount` runs of `n` codes (key j's codes at `codes + j * stride`).
    func assign(codes: UnsafeMutablePointer<UInt32>, stride: Int, n: Int, into out: UnsafeMutablePointer<Int32>) {
        if keyCount == 0 {
            for i in 0..<n { out[i] = 0 }
            return
        }
        if useDense {
            dense.withUnsafeMutableBufferPointer { d in
                for i in 0..<n {
                    var combined = 0
                    for j in 0..<keyCount { combined &+= Int(codes[j &* stride &+ i]) &* strides[j] }
                    var g = d[combined]
                    if g < 0 {
                        g = Int32(count)
                        d[combined] = g
                        addGroup(codes: codes, stride: stride, row: i)
                    }
                    out[i] = g
                }
            }
        } else {
            for i in 0..<n { out[i] = hashedGroup(codes: codes, stride: stride, row: i) }
        }
    }

    private func addGroup(codes: UnsafeMutablePointer<UInt32>, stride: Int, row: Int) {
        for j in 0..<keyCount { keyCodes.append(codes[j &* stride &+ row]) }
        count += 1
    }

    private func hashedGroup(codes: UnsafeMutablePointer<UInt32>, stride: Int, row: Int) -> Int32 {
        var h: UInt64 = 0
        for j in 0..<keyCount { h = StringInterner.mix(h ^ UInt64(codes[j &* stride &+ row])) }
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let g = slots[slot]
            if g < 0 { break }
            var equal = true
            let base = Int(g) * keyCount
            for j in 0..<keyCount where keyCodes[base + j] != codes[j &* stride &+ row] {
                equal = false
                break
            }
            if equal { return g }
            slot = (slot &+ 1) & mask
        }
        let g = Int32(count)
        slots[slot] = g
        addGroup(codes: codes, stride: stride, row: row)
        if count * 2 > slots.count { rehash() }
        return g
    }

    private func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for g in 0..<count {
            var h: UInt64 = 0
            for j in 0..<keyCount { h = StringInterner.mix(h ^ UInt64(keyCodes[g * keyCount + j])) }
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(g)
        }
    }
}
