/// A column path resolved against a snapshot: the link hops to follow and the column at the end.
///
/// `hops[0]` maps rows of the dataset to rows of the first linked table, `hops[1]` those to the next, and so on;
/// -1 means the link is null or unmatched.
struct BoundColumn {
    let path: String
    let hops: [[Int32]]
    let column: Column

    var type: ColumnType { column.type }
}

extension Catalog {
    func bind(_ path: String, in dataset: Table) throws(QueryError) -> BoundColumn {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var table = dataset
        var hops: [[Int32]] = []
        for part in parts.dropLast() {
            guard let link = resolved[table.name]?[part], let next = tables[link.link.to] else {
                throw .unknownColumn(path: path, dataset: dataset.name)
            }
            hops.append(link.rows)
            table = next
        }
        guard let last = parts.last, let column = table.column(last) else {
            throw .unknownColumn(path: path, dataset: dataset.name)
        }
        return BoundColumn(path: path, hops: hops, column: column)
    }
}

extension BoundColumn {
    /// Composes all hops into one array over dataset rows (-1 = no target row), or nil for a direct column.
    func composedRows() -> [Int32]? {
        guard var rows = hops.first else { return nil }
        for hop in hops.dropFirst() {
            hop.withUnsafeBufferPointer { h in
                rows.withUnsafeMutableBufferPointer { r in
                    for i in 0..<r.count where r[i] >= 0 { r[i] = h[Int(r[i])] }
                }
            }
        }
        return rows
    }

    /// The column's values as seen from each dataset row (nulls where a link is missing).
    /// Direct columns are returned as they are, without copying.
    func materialized() -> Column {
        guard let rows = composedRows() else { return column }
        let builder = makeBuilder(name: path, type: column.type)
        rows.withUnsafeBufferPointer { builder.appendRows(of: column, rows: $0) }
        return builder.finish()
    }

    /// Lifts per-row bits of the final table to the dataset's rows through the hops.
    /// A row whose link is null or unmatched gets `missing`.
    func lift(_ bits: Bitmap, missing: Bool) -> Bitmap {
        var current = bits
        for hop in hops.reversed() {
            var next = Bitmap(count: hop.count)
            var words = next.words
            current.words.withUnsafeBufferPointer { cw in
                hop.withUnsafeBufferPointer { h in
                    words.withUnsafeMutableBufferPointer { out in
                        let fill: UInt64 = missing ? 1 : 0
                        for w in 0..<out.count {
                            let base = w << 6
                            let end = Swift.min(base + 64, h.count)
                            var word: UInt64 = 0
                            for i in base..<end {
                                let t = Int(h[i])
                                let bit = t < 0 ? fill : (cw[t >> 6] &>> UInt64(t & 63)) & 1
                                word |= bit &<< UInt64(i - base)
                            }
                            out[w] = word
                        }
                    }
                }
            }
            next = Bitmap(words: words, count: hop.count)
            current = next
        }
        return current
    }
}
