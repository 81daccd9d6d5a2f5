import Columnar

/// The mutable state of one `decode` call: the column builders, the current record's slots, the caches of value
/// and link checks, the primary keys seen, and the problems found.
struct DecodeRun {
    /// A typed builder, so that appending a value is a direct call.
    enum Sink {
        case int32(Int32ColumnBuilder)
        case double(DoubleColumnBuilder)
        case bool(BoolColumnBuilder)
        case date(DateColumnBuilder)
        case string(StringColumnBuilder)
        case list(ListColumnBuilder)
        /// Index into `coded`.
        case coded(Int)
        case other(any ColumnBuilder)

        init(_ builder: any ColumnBuilder) {
            switch builder {
            case let b as Int32ColumnBuilder: self = .int32(b)
            case let b as DoubleColumnBuilder: self = .double(b)
            case let b as BoolColumnBuilder: self = .bool(b)
            case let b as DateColumnBuilder: self = .date(b)
            case let b as StringColumnBuilder: self = .string(b)
            case let b as ListColumnBuilder: self = .list(b)
            default: self = .other(builder)
            }
        }
    }

    /// Link verdicts per distinct id. A column whose ids are nearly all distinct (a student_id per graduate) gains
    /// nothing from the cache, so it is dropped after a sample and `linkExists` is asked directly.
    struct LinkCache {
        var verdicts = ByteKeyTable()
        var lookups = 0
        var enabled = true
    }

    let dataset: DatasetSchema
    let specs: [ColumnSpec]
    let rules: [RecordRule]
    let columnCount: Int
    private let builders: [any ColumnBuilder]
    private var sinks: [Sink]
    private var coded: [CodedColumn] = []
    /// Columns whose codes come from the link cache (first sight), not from a value set.
    private var codedByLink: [Bool]
    /// One slot per schema column for the record being decoded.
    let slots: UnsafeMutableBufferPointer<FieldSlot>
    private let plans: UnsafeMutableBufferPointer<FieldPlan>
    /// Code tables of value-set and list columns (`FieldPlan.table`).
    private let tables: [ByteKeyTable]
    private var items: [UnsafeBufferPointer<UInt8>] = []
    /// Per code table: the last list (by `listStamp`) each code appeared in, to find repeats.
    private var itemStamps: [[UInt32]]
    private var listStamp: UInt32 = 0
    private var linkCaches: [LinkCache]
    private var keys = PrimaryKeyIndex()
    var problems: [RowProblem] = []
    private var lines: [Int32] = []

    init(decoder: DatasetDecoder) {
        dataset = decoder.dataset
        specs = decoder.specs
        rules = decoder.rules
        columnCount = specs.count
        builders = dataset.makeTableBuilder().columns
        sinks = builders.map(Sink.init)
        slots = .allocate(capacity: columnCount)
        slots.initialize(repeating: FieldSlot())
        var tables: [ByteKeyTable] = []
        let plans = specs.map { FieldPlan($0, tables: &tables) }
        self.plans = .allocate(capacity: columnCount)
        _ = self.plans.initialize(from: plans)
        self.tables = tables
        itemStamps = tables.map { [UInt32](repeating: 0, count: $0.count) }
        linkCaches = Array(repeating: LinkCache(), count: columnCount)
        codedByLink = Array(repeating: false, count: columnCount)
        // Value-set columns code rows by the set's order; link columns by first sight (see `exists`).
        for (c, spec) in specs.enumerated() where spec.column.type == .text {
            if case .oneOf(let set) = spec.column.rule {
                sinks[c] = .coded(coded.count)
                coded.append(CodedColumn(name: spec.column.name, values: set.codes))
            } else if spec.link != nil {
                codedByLink[c] = true
                sinks[c] = .coded(coded.count)
                coded.append(CodedColumn(name: spec.column.name))
            }
        }
    }

    func deallocate() {
        slots.deallocate()
        plans.deallocate()
    }

    /// Checks the record in `slots` (bytes set by the caller) and appends it when it passes.
    mutating func decodeRecord(line: Int, linkExists: (String, Substring) -> Bool) {
        let before = problems.count
        items.removeAll(keepingCapacity: true)
        for c in 0..<columnCount { decodeField(c, line: line, linkExists: linkExists) }
        for rule in rules {
            let (a, b) = rule.columns
            guard slots[a].ok && slots[b].ok, let broken = rule.check(slots, specs) else { continue }
            problems.append(RowProblem(line: line, column: specs[broken.column].column.name, reason: broken.reason, kind: broken.kind))
        }
        // Column 0 is the primary key, never nullable.
        let keyed = slots[0].ok && !slots[0].isNull
        if keyed, let first = keys.firstLine(of: slots[0].bytes) {
            problems.append(RowProblem(line: line, column: specs[0].column.name, reason: "duplicate id, first on line \(first)", kind: .duplicateID))
        }
        guard problems.count == before else { return }
        keys.insert(slots[0].bytes, line: Int32(truncatingIfNeeded: line))
        lines.append(Int32(truncatingIfNeeded: line))
        appendRecord()
    }

    private mutating func fail(_ c: Int, _ problem: FieldProblem, line: Int) {
        slots[c].ok = false
        problems.append(
            RowProblem(
                line: line, column: specs[c].column.name, reason: specs[c].describe(problem, value: slots[c].bytes),
                kind: specs[c].kind(of: problem)))
    }

    @inline(__always)
    private mutating func decodeField(_ c: Int, line: Int, linkExists: (String, Substring) -> Bool) {
        let s = slots[c].bytes
        let plan = plans[c]
        slots[c].ok = true
        slots[c].isNull = s.isEmpty
        if s.isEmpty {
            if !plan.nullable {
                slots[c].ok = false
                problems.append(RowProblem(line: line, column: specs[c].column.name, reason: "required value is missing", kind: .required))
            }
            return
        }
        switch plan.kind {
        case .text:
            if !FieldSyntax.isValidUTF8(s) { fail(c, .notUTF8, line: line) }
        case .code:
            if let code = tables[plan.table].value(s) { slots[c].int = Int64(code) } else { fail(c, .notCode, line: line) }
        case .myKad:
            if let problem = FieldSyntax.myKadProblem(s) { fail(c, .myKad(problem), line: line) }
        case .masco:
            if !FieldSyntax.isDigits(s, count: 4) { fail(c, .notMasco, line: line) }
        case .ssm:
            if !FieldSyntax.isDigits(s, count: 12) { fail(c, .notSSM, line: line) }
        case .noss:
            if !FieldSyntax.isNOSSCode(s) { fail(c, .notNOSS, line: line) }
        case .identifier:
            if !FieldSyntax.isIdentifier(s) { fail(c, .notIdentifier, line: line) }
        case .integer:
            if let v = FieldSyntax.wholeNumber(s) {
                if v >= plan.low && v <= plan.high { slots[c].int = v } else { fail(c, .outOfRange, line: line) }
            } else {
                fail(c, .notWholeNumber, line: line)
            }
        case .decimal:
            if let v = FieldSyntax.plainDecimal(s) {
                if v >= plan.lowDecimal && v <= plan.highDecimal { slots[c].double = v } else { fail(c, .outOfRange, line: line) }
            } else {
                fail(c, .notDecimal, line: line)
            }
        case .boolean:
            if let v = FieldSyntax.boolean(s) { slots[c].bool = v } else { fail(c, .notBoolean, line: line) }
        case .date:
            if let days = FieldSyntax.date(s) { slots[c].int = Int64(days) } else { fail(c, .notDate, line: line) }
        case .list, .plainList:
            decodeList(c, s, table: plan.table, line: line)
        }
        if plan.linked && slots[c].ok, let link = specs[c].link, !exists(c, s, target: link.target, linkExists) {
            slots[c].ok = false
            let shown = specs[c].column.personal ? "" : " '\(quoted(s))'"
            problems.append(
                RowProblem(
                    line: line, column: specs[c].column.name, reason: "no \(link.noun)\(shown) is stored or in this import",
                    kind: .unknownReference(dataset: link.target)))
        }
    }

    private mutating func exists(
        _ c: Int, _ s: UnsafeBufferPointer<UInt8>, target: String, _ linkExists: (String, Substring) -> Bool
    ) -> Bool {
        guard linkCaches[c].enabled else { return linkExists(target, Substring(String(decoding: s, as: UTF8.self))) }
        linkCaches[c].lookups &+= 1
        let found = linkCaches[c].verdicts.find(s)
        if let entry = found.value {
            if codedByLink[c] { slots[c].int = Int64(entry >> 1) }
            return entry & 1 != 0
        }
        let answer = linkExists(target, Substring(String(decoding: s, as: UTF8.self)))
        var code: Int32 = 0
        if codedByLink[c], case .coded(let k) = sinks[c] {
            code = coded[k].addValue(s)
            slots[c].int = Int64(code)
        }
        linkCaches[c].verdicts.insert(s, value: code << 1 | (answer ? 1 : 0), at: found.slot)
        // After a sample, a column whose ids are nearly all new gains nothing from the cache or from codes.
        if linkCaches[c].lookups == 1 << 14 && linkCaches[c].verdicts.count * 4 > linkCaches[c].lookups * 3 {
            linkCaches[c] = LinkCache(enabled: false)
            if codedByLink[c], case .coded(let k) = sinks[c], let builder = builders[c] as? StringColumnBuilder {
                coded[k].replay(into: builder)
                sinks[c] = .string(builder)
            }
        }
        return answer
    }

    private mutating func decodeList(_ c: Int, _ s: UnsafeBufferPointer<UInt8>, table: Int, line: Int) {
        slots[c].itemStart = items.count
        listStamp &+= 1
        if listStamp == 0 {
            for i in itemStamps.indices { itemStamps[i] = [UInt32](repeating: 0, count: itemStamps[i].count) }
            listStamp = 1
        }
        var start = 0
        var reportedEmpty = false
        for i in 0...s.count where i == s.count || s[i] == UInt8(ascii: ";") {
            let item = UnsafeBufferPointer(rebasing: s[start..<i])
            start = i + 1
            if item.isEmpty {
                if !reportedEmpty { fail(c, .emptyItem, line: line) }
                reportedEmpty = true
                continue
            }
            if table >= 0 {
                if let code = tables[table].value(item) {
                    if itemStamps[table][Int(code)] == listStamp {
                        fail(c, .repeatedItem(item), line: line)
                    } else {
                        itemStamps[table][Int(code)] = listStamp
                    }
                } else {
                    fail(c, .unknownItem(item), line: line)
                }
            } else if !FieldSyntax.isValidUTF8(item) {
                fail(c, .notUTF8, line: line)
            } else if items[slots[c].itemStart...].contains(where: { $0.elementsEqual(item) }) {
                fail(c, .repeatedItem(item), line: line)
            }
            items.append(item)
        }
        slots[c].itemEnd = items.count
    }

    private mutating func appendRecord() {
        for c in 0..<columnCount {
            let slot = slots[c]
            if slot.isNull {
                switch sinks[c] {
                case .int32(let b): b.appendNull()
                case .double(let b): b.appendNull()
                case .bool(let b): b.appendNull()
                case .date(let b): b.appendNull()
                case .string(let b): b.appendNull()
                case .list(let b): b.appendNull()
                case .coded(let k): coded[k].append(code: -1)
                case .other(let b): b.appendNull()
                }
                continue
            }
            switch sinks[c] {
            case .int32(let b): b.append(Int32(truncatingIfNeeded: slot.int))
            case .double(let b): b.append(slot.double)
            case .bool(let b): b.append(slot.bool)
            case .date(let b): b.append(days: Int32(truncatingIfNeeded: slot.int))
            case .string(let b): b.append(utf8: slot.bytes)
            case .list(let b):
                for k in slot.itemStart..<slot.itemEnd { b.appendItem(utf8: items[k]) }
                b.endRow()
            case .coded(let k): coded[k].append(code: Int32(truncatingIfNeeded: slot.int))
            case .other(let b): _ = b.appendParsing(utf8: slot.bytes)
            }
        }
    }

    func finish(records: Int) -> DecodedFile {
        let columns = (0..<columnCount).map { c in
            if case .coded(let k) = sinks[c] { coded[k].finish() } else { builders[c].finish() }
        }
        let table: Columnar.Table
        do {
            table = try Table(name: dataset.name, columns: columns, primaryKey: dataset.primaryKey.name)
        } catch {
            // Every accepted key is non-empty and unique and every column has one value per accepted record.
            preconditionFailure("decoded rows of \(dataset.name) broke a table invariant: \(error)")
        }
        return DecodedFile(dataset: dataset, table: table, lines: lines, problems: problems, recordCount: records)
    }
}
