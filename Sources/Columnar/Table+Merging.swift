extension Table {
    /// A new table where each row of `newer` replaces the row with the same primary key (in place) and rows
    /// with new keys are appended in `newer`'s order. Both tables need the same primary key and the same
    /// columns (names and types; `newer` may list them in another order).
    ///
    /// Strings are re-interned into one dictionary per column, so codes of the result differ from the inputs'.
    public func merging(_ newer: Table) throws(TableError) -> Table {
        guard let pk = primaryKey, newer.primaryKey == pk, let oldKey = column(pk), let newKey = newer.column(pk) else {
            throw .schemaMismatch(table: name, detail: "merging needs the same primary key on both tables")
        }
        guard newer.columns.count == columns.count else {
            throw .schemaMismatch(table: name, detail: "newer rows have \(newer.columns.count) columns, expected \(columns.count)")
        }
        for c in columns {
            guard let other = newer.column(c.name) else {
                throw .schemaMismatch(table: name, detail: "newer rows lack column '\(c.name)'")
            }
            guard other.type == c.type else {
                throw .schemaMismatch(table: name, detail: "column '\(c.name)' is \(other.type.rawValue) in newer rows, expected \(c.type.rawValue)")
            }
        }
        let oldRowOfNew = matchKeys(newKey, against: oldKey)

        // Output = old rows in order (a replaced one taken from `newer`), then newer rows with new keys.
        var replacement = [Int32](repeating: -1, count: rowCount)
        var appended: [Int32] = []
        for (newRow, oldRow) in oldRowOfNew.enumerated() {
            if oldRow >= 0 { replacement[Int(oldRow)] = Int32(newRow) } else { appended.append(Int32(newRow)) }
        }
        var segments: [(fromNewer: Bool, rows: [Int32])] = []
        var run: [Int32] = []
        var runFromNewer = false
        for oldRow in 0..<rowCount {
            let fromNewer = replacement[oldRow] >= 0
            if fromNewer != runFromNewer, !run.isEmpty {
                segments.append((runFromNewer, run))
                run = []
            }
            runFromNewer = fromNewer
            run.append(fromNewer ? replacement[oldRow] : Int32(oldRow))
        }
        if !run.isEmpty { segments.append((runFromNewer, run)) }
        if !appended.isEmpty { segments.append((true, appended)) }

        let merged = columns.map { old in
            let newColumn = newer.column(old.name) ?? old
            let builder: any RowCopyingBuilder
            if case .string(_, let dictionary) = old.storage {
                builder = StringColumnBuilder(name: old.name, seed: dictionary)
            } else {
                builder = makeBuilder(name: old.name, type: old.type)
            }
            for segment in segments {
                segment.rows.withUnsafeBufferPointer { builder.appendRows(of: segment.fromNewer ? newColumn : old, rows: $0) }
            }
            return builder.finish()
        }
        return try Table(name: name, columns: merged, primaryKey: pk)
    }

    /// For each row of `newKey`, the row of this table with the same key, or -1.
    private func matchKeys(_ newKey: Column, against oldKey: Column) -> [Int32] {
        switch (newKey.storage, keyIndex) {
        case (.string(let codes, let dictionary), .string(let rowOfCode)):
            guard let oldDictionary = oldKey.dictionary else { return [] }
            var oldCodeOf = [Int64](repeating: -1, count: dictionary.count)
            dictionary.forEachUTF8 { code, bytes in
                if let c = oldDictionary.code(utf8: bytes) { oldCodeOf[code] = Int64(c) }
            }
            return codes.map { code in
                let c = oldCodeOf[Int(code)]
                return c >= 0 ? rowOfCode[Int(c)] : -1
            }
        case (.int32(let values), .integer(let index)):
            return values.map { index[Int64($0)] ?? -1 }
        case (.int64(let values), .integer(let index)):
            return values.map { index[$0] ?? -1 }
        default:
            return [Int32](repeating: -1, count: newKey.count)
        }
    }
}
