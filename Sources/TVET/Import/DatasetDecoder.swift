import Columnar

/// Decodes one dataset's CSV file into an engine table, refusing every record that breaks a rule of the schema
/// (docs/DATA.md, "Import rules") and listing every problem of every refused record.
///
///     let decoder = DatasetDecoder(dataset: .graduates, taxonomy: taxonomy)
///     let file = try decoder.decode(file: "data/graduates.csv") { dataset, id in known[dataset]!.contains(id) }
///     print(file.table.rowCount, file.problems.count)
///
/// Fields are byte ranges of the file buffer, checked on bytes into per-record slots; only when the whole record has
/// passed are its values appended to the column builders (value-set and link columns as codes found by their check,
/// see `CodedColumn`), so a refused record leaves nothing in the table.
public struct DatasetDecoder: Sendable {
    /// A header may hold at most this many fields per column of the dataset (`maxHeaderFields`).
    public static let defaultHeaderFieldsPerColumn = 4

    public let dataset: DatasetSchema
    /// The most fields a header row may have; a wider one refuses the file before its names are read.
    public let maxHeaderFields: Int
    let specs: [ColumnSpec]
    let rules: [RecordRule]
    /// Each column's position in the schema, by name.
    let columnOfName: [String: Int]

    /// `headerFieldsPerColumn` sets `maxHeaderFields` as a multiple of the dataset's column count.
    public init(dataset: DatasetSchema, taxonomy: SkillTaxonomy, headerFieldsPerColumn: Int = defaultHeaderFieldsPerColumn) {
        self.dataset = dataset
        maxHeaderFields = max(1, headerFieldsPerColumn) * dataset.columns.count
        let skills = ByteKeyTable(keys: taxonomy.skills.map(\.id))
        specs = dataset.columns.map { ColumnSpec($0, skills: skills, isKey: $0.name == dataset.primaryKey.name) }
        rules = RecordRule.rules(for: dataset)
        columnOfName = Dictionary(dataset.columns.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// Decodes a whole file held in memory.
    ///
    /// `linkExists(targetDataset, id)` answers whether a linked id is known (stored already, or accepted earlier in the
    /// same import). Its answers are cached per column, so it is asked once per distinct id, except in a column whose
    /// ids prove nearly all distinct (`graduates.student_id`), where it is asked per record. `progress(bytesDone,
    /// bytesTotal)` is called about every 4 MB and at the end.
    public func decode(
        _ bytes: UnsafeRawBufferPointer, linkExists: (String, Substring) -> Bool,
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(ImportFileError) -> DecodedFile {
        var scanner = RecordScanner(bytes)
        defer { scanner.deallocate() }
        let header = try readHeader(&scanner)
        var run = DecodeRun(decoder: self)
        defer { run.deallocate() }
        let fieldCount = header.fieldCount
        let total = scanner.totalBytes
        let step = 4 << 20
        var nextReport = step
        var records = 0
        reading: while true {
            switch scanner.next() {
            case .end:
                break reading
            case .malformed(let line, let reason):
                records += 1
                run.problems.append(RowProblem(line: line, column: nil, reason: reason))
            case .record(let line):
                records += 1
                let found = scanner.fieldCount
                guard found == fieldCount else {
                    let reason = "expected \(fieldCount) field\(fieldCount == 1 ? "" : "s"), found \(found)"
                    run.problems.append(RowProblem(line: line, column: nil, reason: reason))
                    break
                }
                for c in 0..<run.columnCount {
                    let f = header.fieldOfColumn[c]
                    run.slots[c].bytes = f >= 0 ? scanner.field(f) : UnsafeBufferPointer(start: nil, count: 0)
                }
                run.decodeRecord(line: line, linkExists: linkExists)
            }
            if scanner.position >= nextReport {
                progress(scanner.position, total)
                nextReport = scanner.position + step
            }
        }
        progress(total, total)
        return run.finish(records: records)
    }

    /// Decodes a file held in an array.
    public func decode(
        _ bytes: [UInt8], linkExists: (String, Substring) -> Bool, progress: (Int, Int) -> Void = { _, _ in }
    ) throws(ImportFileError) -> DecodedFile {
        let result: Result<DecodedFile, ImportFileError> = bytes.withUnsafeBytes { raw in
            do throws(ImportFileError) {
                return .success(try decode(raw, linkExists: linkExists, progress: progress))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private struct Header {
        var fieldOfColumn: [Int]
        var fieldCount: Int
    }

    /// Maps schema columns to header positions: any order; nullable columns may be absent; unknown, duplicate or
    /// missing required names refuse the whole file, and so does a header wider than `maxHeaderFields`.
    /// Linear in the header's fields: names are looked up by hash, each unknown name kept once.
    private func readHeader(_ scanner: inout RecordScanner) throws(ImportFileError) -> Header {
        switch scanner.next() {
        case .end: throw .empty
        case .malformed(_, let reason): throw .malformedHeader(reason: reason)
        case .record: break
        }
        guard scanner.fieldCount <= maxHeaderFields else {
            throw .tooManyFields(dataset: dataset.name, found: scanner.fieldCount, limit: maxHeaderFields)
        }
        var fieldOfColumn = [Int](repeating: -1, count: specs.count)
        var unknown: [String] = []
        var seenUnknown = Set<String>()
        var duplicate: [String] = []
        for position in 0..<scanner.fieldCount {
            let name = String(decoding: scanner.field(position), as: UTF8.self)
            guard let c = columnOfName[name] else {
                if seenUnknown.insert(name).inserted { unknown.append(name) }
                continue
            }
            if fieldOfColumn[c] >= 0 {
                if !duplicate.contains(name) { duplicate.append(name) }
            } else {
                fieldOfColumn[c] = position
            }
        }
        let missing = dataset.columns.indices.filter { fieldOfColumn[$0] < 0 && !dataset.columns[$0].nullable }
            .map { dataset.columns[$0].name }
        guard unknown.isEmpty, missing.isEmpty, duplicate.isEmpty else {
            throw .badHeader(dataset: dataset.name, unknown: unknown, missing: missing, duplicate: duplicate)
        }
        return Header(fieldOfColumn: fieldOfColumn, fieldCount: scanner.fieldCount)
    }
}

/// One field of the record being decoded: its bytes and, once checked, its value.
struct FieldSlot {
    var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var isNull = true
    /// Passed every check of its own column.
    var ok = true
    /// Whole numbers, and dates as days since 1970-01-01.
    var int: Int64 = 0
    var double: Double = 0
    var bool = false
    /// Items of a list: `items[itemStart..<itemEnd]` of the run.
    var itemStart = 0
    var itemEnd = 0

    @inline(__always)
    func equals(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { t in t.count == bytes.count && (t.isEmpty || memoryEqual(t.baseAddress!, bytes.baseAddress!, t.count)) }
    }
}
