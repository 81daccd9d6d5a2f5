/// The best `k` rows of a scan by partial selection: a bounded min-heap whose root is the worst kept row, so a row
/// that does not beat it costs one comparison and nothing is ever fully sorted but the `k` survivors.
///
/// Better = higher score, then lower row (ties are broken by row position, the order of the exported id files).
struct TopK {
    struct Entry {
        var score: Float
        var row: Int32
        /// The embedding cosine behind the score, kept so that the explanation repeats the very same arithmetic.
        var cosine: Float
    }

    let k: Int
    private(set) var entries: [Entry] = []

    init(k: Int) {
        self.k = k
        entries.reserveCapacity(k)
    }

    @inline(__always)
    static func isBetter(_ score: Float, _ row: Int32, than other: Entry) -> Bool {
        score > other.score || (score == other.score && row < other.row)
    }

    /// The score a row must beat once the heap is full (−∞ before).
    @inline(__always)
    var threshold: Float { entries.count < k ? -.infinity : entries[0].score }

    @inline(__always)
    mutating func offer(score: Float, row: Int32, cosine: Float) {
        if entries.count < k {
            entries.append(Entry(score: score, row: row, cosine: cosine))
            siftUp(entries.count - 1)
        } else if k > 0, Self.isBetter(score, row, than: entries[0]) {
            entries[0] = Entry(score: score, row: row, cosine: cosine)
            siftDown(0)
        }
    }

    /// The kept rows, best first.
    func sorted() -> [Entry] {
        entries.sorted { Self.isBetter($0.score, $0.row, than: $1) }
    }

    private mutating func siftUp(_ start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.isBetter(entries[parent].score, entries[parent].row, than: entries[i]) else { return }
            entries.swapAt(i, parent)
            i = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var worst = i
            if l < entries.count, Self.isBetter(entries[worst].score, entries[worst].row, than: entries[l]) { worst = l }
            if r < entries.count, Self.isBetter(entries[worst].score, entries[worst].row, than: entries[r]) { worst = r }
            if worst == i { return }
            entries.swapAt(i, worst)
            i = worst
        }
    }
}
