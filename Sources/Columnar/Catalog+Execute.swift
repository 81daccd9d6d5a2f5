/// Rows are fed to group-by and aggregates in batches of this many (DuckDB's vector size).
let batchSize = 2048
/// The most rows one batch of the scan can hold: a batch ends on a whole 64-row word of the selection.
let batchCapacity = batchSize + 64

extension Catalog {
    /// Runs a query against this snapshot.
    ///
    /// Steps: each filter becomes a bitmap over the dataset's rows and the bitmaps are intersected; the selected
    /// rows then flow in batches through the group table (key codes → group ids) and every aggregate's
    /// `update`; finally each group is finalised, rows are sorted and the limit applied.
    /// Every malformed part of the query is reported as a `QueryError`; nothing here traps on user input.
    /// A query over one of `limits` is refused before a row is read; the scan checks the time budget between batches
    /// and stops with `QueryError.outOfTime` once it is spent.
    public func execute(_ query: Query, limits: QueryLimits = .none) throws(QueryError) -> QueryResult {
        try limits.check(query)
        let deadline = limits.deadline()
        guard let table = tables[query.dataset] else { throw .unknownDataset(query.dataset) }

        let selected = try selection(query.filters, in: table)

        var keys: [KeyColumn] = []
        for (i, path) in query.groupBy.enumerated() {
            let bound = try bind(path, in: table)
            if bound.type == .list {
                throw .notValidForType(context: "group_by \(i + 1)", what: "grouping", column: path, type: .list)
            }
            keys.append(KeyColumn(bound))
        }

        var planner = MeasurePlanner(catalog: self, dataset: table)
        let aggregates = try query.measures.enumerated().map { (i, m) throws(QueryError) in
            try planner.plan(m, context: "measure \(i + 1)")
        }

        let names = query.groupBy + query.measures.map(\.outputName)
        var seen = Set<String>()
        for (i, name) in names.enumerated() where !seen.insert(name).inserted {
            let context = i < query.groupBy.count ? "group_by \(i + 1)" : "measure \(i - query.groupBy.count + 1)"
            throw .invalid(context: context, detail: "output column '\(name)' appears twice (name it with 'as')")
        }
        let order = try query.orderBy.enumerated().map { (i, key) throws(QueryError) -> (Int, Bool) in
            guard let index = names.firstIndex(of: key.column) else {
                throw .invalid(context: "order_by \(i + 1)", detail: "unknown output column '\(key.column)'")
            }
            return (index, key.desc)
        }
        if let limit = query.limit, limit < 0 { throw .invalid(context: "limit", detail: "must not be negative") }

        let groups = GroupTable(cardinalities: keys.map(\.cardinality), rowCount: table.rowCount)
        let finished = aggregate(table.rowCount, selection: selected, keys: keys, groups: groups, updating: planner.updated, until: deadline)
        if !finished, let budget = limits.timeBudget { throw .outOfTime(budget: budget) }
        for (i, a) in aggregates.enumerated() where a.overflowed { throw .overflow(context: "measure \(i + 1)") }
        if groups.count > limits.maxGroups { throw .tooManyGroups(maximum: limits.maxGroups) }

        var rows = (0..<groups.count).map { g in
            (0..<keys.count).map { j in keys[j].value(of: groups.keyCodes[g * keys.count + j]) }
                + aggregates.map { $0.finalize(group: g) }
        }
        rows.sort { a, b in
            for (index, desc) in order {
                let c = Value.compare(a[index], b[index])
                if c != 0 { return (a[index].isNull || b[index].isNull || !desc) ? c < 0 : c > 0 }
            }
            for j in 0..<keys.count {
                let c = Value.compare(a[j], b[j])
                if c != 0 { return c < 0 }
            }
            return false
        }
        if let limit = query.limit, rows.count > limit { rows.removeSubrange(limit...) }
        return QueryResult(columns: names, rows: rows)
    }

    /// Feeds the selected rows, a batch at a time, to the group table and the aggregates; false when `deadline` came
    /// first (checked before each batch: one clock read per 2048 rows).
    private func aggregate(
        _ rowCount: Int, selection: Bitmap?, keys: [KeyColumn], groups: GroupTable, updating aggregates: [any Aggregate],
        until deadline: ContinuousClock.Instant?
    ) -> Bool {
        let codes = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, keys.count) * batchCapacity)
        let ids = UnsafeMutablePointer<Int32>.allocate(capacity: batchCapacity)
        defer {
            codes.deallocate()
            ids.deallocate()
        }
        for a in aggregates { a.grow(to: groups.count) }
        return forEachBatch(rowCount: rowCount, selection: selection, whileTrue: { rows in
            if let deadline, ContinuousClock.now >= deadline { return false }
            for (j, key) in keys.enumerated() { key.fill(rows: rows, into: codes + j * batchCapacity) }
            groups.assign(codes: codes, stride: batchCapacity, n: rows.count, into: ids)
            let groupIDs = UnsafeBufferPointer(start: ids, count: rows.count)
            for a in aggregates {
                a.grow(to: groups.count)
                a.update(rows: rows, groups: groupIDs)
            }
            return true
        })
    }
}

/// Calls `body` with ascending row indices of the selected rows (all rows when `selection` is nil),
/// at most `batchSize + 63` at a time.
func forEachBatch(rowCount: Int, selection: Bitmap?, _ body: (UnsafeBufferPointer<Int32>) -> Void) {
    _ = forEachBatch(rowCount: rowCount, selection: selection, whileTrue: { rows in
        body(rows)
        return true
    })
}

/// Calls `body` as `forEachBatch(rowCount:selection:_:)` does, until `body` returns false. Returns whether every batch
/// was fed.
func forEachBatch(rowCount: Int, selection: Bitmap?, whileTrue body: (UnsafeBufferPointer<Int32>) -> Bool) -> Bool {
    let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: batchCapacity)
    defer { buffer.deallocate() }
    guard let selection else {
        var start = 0
        while start < rowCount {
            let n = min(batchSize, rowCount - start)
            for i in 0..<n { buffer[i] = Int32(truncatingIfNeeded: start + i) }
            guard body(UnsafeBufferPointer(start: buffer, count: n)) else { return false }
            start += n
        }
        return true
    }
    var n = 0
    let finished = selection.words.withUnsafeBufferPointer { words -> Bool in
        for w in 0..<words.count {
            var word = words[w]
            let base = Int32(truncatingIfNeeded: w << 6)
            if word == ~0 {
                for j in 0..<64 { buffer[n + j] = base &+ Int32(j) }
                n += 64
            } else {
                while word != 0 {
                    buffer[n] = base &+ Int32(truncatingIfNeeded: word.trailingZeroBitCount)
                    n += 1
                    word &= word &- 1
                }
            }
            if n >= batchSize {
                guard body(UnsafeBufferPointer(start: buffer, count: n)) else { return false }
                n = 0
            }
        }
        return true
    }
    guard finished else { return false }
    return n == 0 || body(UnsafeBufferPointer(start: buffer, count: n))
}

/// Validates measures and builds their aggregate states.
struct MeasurePlanner {
    let catalog: Catalog
    let dataset: Table
    /// The states to update per batch (quantile collectors once, however many quantiles read them).
    private(set) var updated: [any Aggregate] = []
    private var collectors: [String: QuantileCollector] = [:]

    init(catalog: Catalog, dataset: Table) {
        self.catalog = catalog
        self.dataset = dataset
    }

    mutating func plan(_ measure: Measure, context: String) throws(QueryError) -> any Aggregate {
        guard let fn = MeasureFn(rawValue: measure.fn) else { throw .unknownFn(context: context, fn: measure.fn) }
        if measure.condition != nil && fn != .rate {
            throw .invalid(context: context, detail: "'where' is only valid for fn 'rate'")
        }
        if fn == .rate {
            guard let condition = measure.condition else {
                throw .missingValue(context: context, detail: "fn 'rate' needs a 'where' filter")
            }
            let matches = try catalog.evaluate(condition, context: "\(context) where", dataset: dataset)
            return add(RateAggregate(matches: matches))
        }
        guard let path = measure.column else {
            if fn == .count { return add(CountAggregate(validity: nil)) }
            throw .missingValue(context: context, detail: "fn '\(fn.rawValue)' needs a column")
        }
        let bound = try catalog.bind(path, in: dataset)
        let type = bound.type
        func refuse() -> QueryError { .notValidForType(context: context, what: "fn '\(fn.rawValue)'", column: path, type: type) }
        switch fn {
        case .count:
            let present = bound.lift(bound.column.validity ?? Bitmap(count: bound.column.count, value: true), missing: false)
            return add(CountAggregate(validity: present))
        case .countDistinct:
            if type == .list { throw refuse() }
            return add(DistinctCountAggregate(key: KeyColumn(bound)))
        case .sum, .avg:
            let column = bound.materialized()
            switch column.storage {
            case .int32(let v): return add(IntegerSumAggregate(values: v, validity: column.validity, mean: fn == .avg))
            case .int64(let v): return add(IntegerSumAggregate(values: v, validity: column.validity, mean: fn == .avg))
            case .double(let v): return add(DoubleSumAggregate(values: v, validity: column.validity, mean: fn == .avg))
            default: throw refuse()
            }
        case .min, .max:
            if type == .list { throw refuse() }
            return add(extremum(bound.materialized(), isMax: fn == .max))
        case .median, .p25, .p75, .p90:
            guard type.isNumeric else { throw refuse() }
            let collector: QuantileCollector
            if let existing = collectors[path] {
                collector = existing
            } else {
                let column = bound.materialized()
                let values: [Double]
                switch column.storage {
                case .int32(let v): values = v.map { Double($0) }
                case .int64(let v): values = v.map { Double($0) }
                case .double(let v): values = v
                default: throw refuse()
                }
                collector = add(QuantileCollector(values: values, validity: column.validity))
                collectors[path] = collector
            }
            return QuantileAggregate(collector: collector, p: fn.quantile ?? 0.5)
        case .rate:
            throw refuse()
        }
    }

    private mutating func add<A: Aggregate>(_ aggregate: A) -> A {
        updated.append(aggregate)
        return aggregate
    }

    private func extremum(_ column: Column, isMax: Bool) -> any Aggregate {
        let validity = column.validity
        switch column.storage {
        case .int32(let v): return ExtremumAggregate(values: v, validity: validity, isMax: isMax) { .int(Int64($0)) }
        case .int64(let v): return ExtremumAggregate(values: v, validity: validity, isMax: isMax) { .int($0) }
        case .double(let v): return ExtremumAggregate(values: v, validity: validity, isMax: isMax) { .double($0) }
        case .date(let v): return ExtremumAggregate(values: v, validity: validity, isMax: isMax) { .date($0) }
        case .bool(let v):
            return ExtremumAggregate(values: v.map { $0 ? UInt8(1) : 0 }, validity: validity, isMax: isMax) { .bool($0 == 1) }
        case .string(let codes, let dictionary):
            let ranks = dictionary.ranks
            var codeOfRank = [UInt32](repeating: 0, count: ranks.count)
            for (code, rank) in ranks.enumerated() { codeOfRank[Int(rank)] = UInt32(code) }
            return ExtremumAggregate(values: codes.map { ranks.isEmpty ? 0 : ranks[Int($0)] }, validity: validity, isMax: isMax) {
                .string(dictionary[codeOfRank[Int($0)]])
            }
        case .list:
            return CountAggregate(validity: nil)
        }
    }
}

extension Aggregate {
    var overflowed: Bool { (self as? OverflowReporting)?.overflowed ?? false }
}

protocol OverflowReporting {
    var overflowed: Bool { get }
}

extension IntegerSumAggregate: OverflowReporting {}
