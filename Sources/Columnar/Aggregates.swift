/// An aggregate's per-group state: created empty, grown as groups appear, updated a batch at a time
/// (`rows[i]` belongs to group `groups[i]`), then finalised per group.
protocol Aggregate: AnyObject {
    func grow(to groupCount: Int)
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>)
    func finalize(group: Int) -> Value
}

@inline(__always)
func isValid(_ validity: UnsafeBufferPointer<UInt64>?, _ row: Int) -> Bool {
    guard let v = validity else { return true }
    return (v[row >> 6] &>> UInt64(row & 63)) & 1 != 0
}

/// Runs `body` with the validity words of `bitmap` (nil when there are no nulls).
@inline(__always)
func withValidity<R>(_ bitmap: Bitmap?, _ body: (UnsafeBufferPointer<UInt64>?) -> R) -> R {
    guard let bitmap else { return body(nil) }
    return bitmap.words.withUnsafeBufferPointer { body($0) }
}

func grown<T>(_ array: inout [T], to count: Int, with value: T) {
    if array.count < count { array.append(contentsOf: repeatElement(value, count: count - array.count)) }
}

/// `count` (rows) or `count(column)` (non-null values).
final class CountAggregate: Aggregate {
    private let validity: Bitmap?
    private var counts: [Int64] = []

    init(validity: Bitmap?) { self.validity = validity }
    func grow(to groupCount: Int) { grown(&counts, to: groupCount, with: 0) }
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>) {
        withValidity(validity) { v in
            counts.withUnsafeMutableBufferPointer { c in
                if v == nil {
                    for i in 0..<rows.count { c[Int(groups[i])] &+= 1 }
                } else {
                    for i in 0..<rows.count where isValid(v, Int(rows[i])) { c[Int(groups[i])] &+= 1 }
                }
            }
        }
    }
    func finalize(group: Int) -> Value { .int(counts[group]) }
}

/// `rate`: rows matching the condition over all rows of the group.
final class RateAggregate: Aggregate {
    private let matches: Bitmap
    private var hits: [Int64] = []
    private var totals: [Int64] = []

    init(matches: Bitmap) { self.matches = matches }
    func grow(to groupCount: Int) {
        grown(&hits, to: groupCount, with: 0)
        grown(&totals, to: groupCount, with: 0)
    }
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>) {
        matches.words.withUnsafeBufferPointer { m in
            hits.withUnsafeMutableBufferPointer { h in
                totals.withUnsafeMutableBufferPointer { t in
                    for i in 0..<rows.count {
                        let r = Int(rows[i]), g = Int(groups[i])
                        t[g] &+= 1
                        h[g] &+= Int64((m[r >> 6] &>> UInt64(r & 63)) & 1)
                    }
                }
            }
        }
    }
    func finalize(group: Int) -> Value {
        totals[group] == 0 ? .null : .double(Double(hits[group]) / Double(totals[group]))
    }
}

/// `sum` / `avg` of an integer column: exact Int64 sums (overflow is reported, never wrapped).
final class IntegerSumAggregate<T: FixedWidthInteger>: Aggregate {
    private let values: [T]
    private let validity: Bitmap?
    private let mean: Bool
    private var sums: [Int64] = []
    private var counts: [Int64] = []
    private(set) var overflowed = false

    init(values: [T], validity: Bitmap?, mean: Bool) {
        self.values = values
        self.validity = validity
        self.mean = mean
    }
    func grow(to groupCount: Int) {
        grown(&sums, to: groupCount, with: 0)
        grown(&counts, to: groupCount, with: 0)
    }
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>) {
        var overflow = false
        withValidity(validity) { v in
            values.withUnsafeBufferPointer { x in
                sums.withUnsafeMutableBufferPointer { s in
                    counts.withUnsafeMutableBufferPointer { c in
                        for i in 0..<rows.count {
                            let r = Int(rows[i])
                            guard isValid(v, r) else { continue }
                            let g = Int(groups[i])
                            let (sum, o) = s[g].addingReportingOverflow(Int64(x[r]))
                            overflow = overflow || o
                            s[g] = sum
                            c[g] &+= 1
                        }
                    }
                }
            }
        }
        if overflow { overflowed = true }
    }
    func finalize(group: Int) -> Value {
        if counts[group] == 0 { return .null }
        return mean ? .double(Double(sums[group]) / Double(counts[group])) : .int(sums[group])
    }
}

/// `sum` / `avg` of a double column with Neumaier's compensated summation.
final class DoubleSumAggregate: Aggregate {
    private let values: [Double]
    private let validity: Bitmap?
    private let mean: Bool
    private var sums: [Double] = []
    private var compensations: [Double] = []
    private var counts: [Int64] = []

    init(values: [Double], validity: Bitmap?, mean: Bool) {
        self.values = values
        self.validity = validity
        self.mean = mean
    }
    func grow(to groupCount: Int) {
        grown(&sums, to: groupCount, with: 0)
        grown(&compensations, to: groupCount, with: 0)
        grown(&counts, to: groupCount, with: 0)
    }
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>) {
        withValidity(validity) { v in
            values.withUnsafeBufferPointer { x in
                sums.withUnsafeMutableBufferPointer { s in
                    compensations.withUnsafeMutableBufferPointer { comp in
                        counts.withUnsafeMutableBufferPointer { c in
                            for i in 0..<rows.count {
                                let r = Int(rows[i])
                                guard isValid(v, r) else { continue }
                                let g = Int(groups[i])
                                let value = x[r], sum = s[g]
                                let t = sum + value
                                comp[g] += abs(sum) >= abs(value) ? (sum - t) + value : (value - t) + sum
                                s[g] = t
                                c[g] &+= 1
                            }
                        }
                    }
                }
            }
        }
    }
    func finalize(group: Int) -> Value {
        if counts[group] == 0 { return .null }
        let total = sums[group] + compensations[group]
        return .double(mean ? total / Double(counts[group]) : total)
    }
}

/// `min` / `max` over any ordered buffer; `wrap` turns the winning element back into a result value
/// (strings use their byte-order ranks as the buffer).
final class ExtremumAggregate<T: Comparable>: Aggregate {
    private let values: [T]
    private let validity: Bitmap?
    private let isMax: Bool
    private let wrap: (T) -> Value
    private var best: [T] = []
    private var seen: [Bool] = []

    init(values: [T], validity: Bitmap?, isMax: Bool, wrap: @escaping (T) -> Value) {
        self.values = values
        self.validity = validity
        self.isMax = isMax
        self.wrap = wrap
    }
    func grow(to groupCount: Int) {
        if let first = values.first { grown(&best, to: groupCount, with: first) }
        grown(&seen, to: groupCount, with: false)
    }
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>) {
        let isMax = self.isMax
        withValidity(validity) { v in
            values.withUnsafeBufferPointer { x in
                best.withUnsafeMutableBufferPointer { b in
                    seen.withUnsafeMutableBufferPointer { s in
                        for i in 0..<rows.count {
                            let r = Int(rows[i])
                            guard isValid(v, r) else { continue }
                            let g = Int(groups[i])
                            let value = x[r]
                            if !s[g] || (isMax ? value > b[g] : value < b[g]) {
                                b[g] = value
                                s[g] = true
                            }
                        }
                    }
                }
            }
        }
    }
    func finalize(group: Int) -> Value { seen[group] ? wrap(best[group]) : .null }
}

/// `count_distinct`: distinct non-null key codes per group, tracked as (group, code) pairs in one hash set.
final class DistinctCountAggregate: Aggregate {
    private let key: KeyColumn
    private var pairs = DenseIDMap(capacity: 1024)
    private var counts: [Int64] = []
    private var buffer = [UInt32](repeating: 0, count: batchCapacity)

    init(key: KeyColumn) { self.key = key }
    func grow(to groupCount: Int) { grown(&counts, to: groupCount, with: 0) }
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>) {
        buffer.withUnsafeMutableBufferPointer { codes in
            guard let base = codes.baseAddress else { return }
            key.fill(rows: rows, into: base)
            for i in 0..<rows.count where codes[i] != key.nullCode {
                let pair = UInt64(UInt32(bitPattern: groups[i])) &<< 32 | UInt64(codes[i])
                if pairs.id(for: pair).isNew { counts[Int(groups[i])] &+= 1 }
            }
        }
    }
    func finalize(group: Int) -> Value { .int(counts[group]) }
}

/// Collects the non-null values of one column per group for exact quantiles; shared by every
/// `median` / `pNN` measure on that column so values are gathered and grouped once.
///
/// A quantile needs only two ranks of its group, so each is found by selection (quickselect, O(n) on average) in the
/// group's run rather than by sorting it; selections permute the run, which leaves later selections exact.
final class QuantileCollector: Aggregate {
    private let values: [Double]
    private let validity: Bitmap?
    private var groupOfValue: [Int32] = []
    private var collected: [Double] = []
    private var groupCount = 0
    private var grouped: [Double] = []
    private var offsets: [Int] = []

    init(values: [Double], validity: Bitmap?) {
        self.values = values
        self.validity = validity
    }
    func grow(to groupCount: Int) { self.groupCount = Swift.max(self.groupCount, groupCount) }
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>) {
        // Append to locals, not to the stored properties: a class property pays a dynamic exclusivity check on
        // every access, which costs more than the append itself.
        var groupsOut = groupOfValue, valuesOut = collected
        groupOfValue = []
        collected = []
        withValidity(validity) { v in
            values.withUnsafeBufferPointer { x in
                for i in 0..<rows.count {
                    let r = Int(rows[i])
                    guard isValid(v, r) else { continue }
                    groupsOut.append(groups[i])
                    valuesOut.append(x[r])
                }
            }
        }
        groupOfValue = groupsOut
        collected = valuesOut
    }

    /// Counting-sorts the values by group, so each group's values are one contiguous run.
    private func prepare() {
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for g in groupOfValue { starts[Int(g) + 1] += 1 }
        for g in 0..<groupCount { starts[g + 1] += starts[g] }
        offsets = starts
        var next = starts
        var out = [Double](repeating: 0, count: collected.count)
        for (i, g) in groupOfValue.enumerated() {
            out[next[Int(g)]] = collected[i]
            next[Int(g)] += 1
        }
        grouped = out
        groupOfValue = []
        collected = []
    }

    func finalize(group: Int) -> Value { quantile(group: group, 0.5) }

    /// Linear interpolation between the closest ranks (NumPy's default, DuckDB's `quantile_cont`).
    func quantile(group: Int, _ p: Double) -> Value {
        if offsets.isEmpty { prepare() }
        let start = offsets[group], n = offsets[group + 1] - start
        if n == 0 { return .null }
        let position = p * Double(n - 1)
        let lower = Int(position.rounded(.down))
        return grouped.withUnsafeMutableBufferPointer { all in
            let run = UnsafeMutableBufferPointer(rebasing: all[start..<(start + n)])
            Self.select(lower, in: run)
            let a = run[lower]
            // Everything after the selected rank is at least as large: the next rank is their minimum.
            var b = a
            if lower + 1 < n {
                b = run[lower + 1]
                for i in (lower + 2)..<n where run[i] < b { b = run[i] }
            }
            return .double(a + (b - a) * (position - Double(lower)))
        }
    }

    /// Moves the `k`-th smallest value to index `k`, smaller ones before it and larger ones after it (Hoare
    /// partitioning around a median-of-three pivot; small ranges are insertion-sorted).
    static func select(_ k: Int, in run: UnsafeMutableBufferPointer<Double>) {
        var low = 0, high = run.count - 1
        while high - low > 16 {
            let mid = low + (high - low) / 2
            if run[mid] < run[low] { run.swapAt(mid, low) }
            if run[high] < run[low] { run.swapAt(high, low) }
            if run[high] < run[mid] { run.swapAt(high, mid) }
            let pivot = run[mid]
            var i = low, j = high
            while i <= j {
                while run[i] < pivot { i += 1 }
                while run[j] > pivot { j -= 1 }
                if i <= j {
                    run.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return
            }
        }
        guard low < high else { return }
        for i in (low + 1)...high {
            let value = run[i]
            var j = i - 1
            while j >= low && run[j] > value {
                run[j + 1] = run[j]
                j -= 1
            }
            run[j + 1] = value
        }
    }
}

/// One quantile read from a shared collector.
final class QuantileAggregate: Aggregate {
    let collector: QuantileCollector
    let p: Double

    init(collector: QuantileCollector, p: Double) {
        self.collector = collector
        self.p = p
    }
    func grow(to groupCount: Int) {}
    func update(rows: UnsafeBufferPointer<Int32>, groups: UnsafeBufferPointer<Int32>) {}
    func finalize(group: Int) -> Value { collector.quantile(group: group, p) }
}
