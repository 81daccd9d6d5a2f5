/// The primary keys accepted so far and the line of each, to refuse a repeated key.
///
/// Files written in key order (the generator's, and most exports) need no hash table: while every key is greater
/// than the one before, none can repeat, and the keys are only logged. The first key out of order builds the table
/// from the log, and the index uses it from then on.
struct PrimaryKeyIndex {
    private var ordered = true
    private var log: [UInt8] = []
    private var ends: [Int] = []
    private var lines: [Int32] = []
    private var table = ByteKeyTable()
    /// Where `firstLine(of:)` found the key missing in the table, for `insert`.
    private var pendingSlot = -1

    /// The line of the earlier accepted record with this key, or nil. Call `insert` next if the record is accepted.
    mutating func firstLine(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        if ordered {
            if isAfterLast(key) { return nil }
            buildTable()
        }
        let found = table.find(key)
        pendingSlot = found.slot
        return found.value
    }

    /// Records an accepted key; `firstLine(of:)` must have been asked about it just before.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, line: Int32) {
        if ordered {
            log.append(contentsOf: key)
            ends.append(log.count)
            lines.append(line)
        } else {
            table.insert(key, value: line, at: pendingSlot)
        }
    }

    private func isAfterLast(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lastEnd = ends.last else { return true }
        let lastStart = ends.count > 1 ? ends[ends.count - 2] : 0
        return log.withUnsafeBufferPointer { b in
            // Byte order, a shorter prefix first.
            let n = min(key.count, lastEnd - lastStart)
            var i = 0
            while i < n {
                let a = b[lastStart + i]
                let k = key[i]
                if a != k { return a < k }
                i += 1
            }
            return key.count > lastEnd - lastStart
        }
    }

    private mutating func buildTable() {
        ordered = false
        log.withUnsafeBufferPointer { b in
            var start = 0
            for (end, line) in zip(ends, lines) {
                let key = UnsafeBufferPointer(rebasing: b[start..<end])
                table.insert(key, value: line, at: table.find(key).slot)
                start = end
            }
        }
        log = []
        ends = []
        lines = []
    }
}
