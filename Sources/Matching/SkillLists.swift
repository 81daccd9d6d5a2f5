import Columnar

/// Skill index lists of many rows in one buffer (compressed sparse rows): row `r` holds
/// `items[offsets[r] ..< offsets[r + 1]]`, vocabulary indexes in the order the record lists them, duplicates removed.
///
/// About ten two-byte indexes a row instead of a 64-byte bitset: the exact-overlap test reads a quarter of the bytes
/// and the index stays close to the size of its Float32 matrix.
public struct SkillLists: Sendable {
    static let unknown = UInt16.max

    public private(set) var offsets: [Int32]
    public private(set) var items: [UInt16]

    public init() {
        offsets = [0]
        items = []
    }

    public var count: Int { offsets.count - 1 }

    public func range(_ row: Int) -> Range<Int> { Int(offsets[row])..<Int(offsets[row + 1]) }

    public func row(_ row: Int) -> ArraySlice<UInt16> { items[range(row)] }

    mutating func append<S: Sequence<UInt16>>(_ skills: S) {
        let start = items.count
        for s in skills where s != Self.unknown && !items[start...].contains(s) { items.append(s) }
        offsets.append(Int32(items.count))
    }

    mutating func reserve(rows: Int, items itemCount: Int) {
        offsets.reserveCapacity(rows + 1)
        items.reserveCapacity(itemCount)
    }

    /// Reads a list column: each row's codes translated through `indexOfCode` (null rows are empty).
    static func reading(column: Column, indexOfCode: [UInt16]) -> SkillLists {
        var lists = SkillLists()
        guard case .list(let offsets, let codes, _) = column.storage else { return lists }
        lists.reserve(rows: column.count, items: codes.count)
        for row in 0..<column.count {
            if column.isNull(row) {
                lists.append(EmptyCollection())
                continue
            }
            lists.append(codes[Int(offsets[row])..<Int(offsets[row + 1])].lazy.map { indexOfCode[Int($0)] })
        }
        return lists
    }
}

/// A set of vocabulary indexes as a bitset (8 words for the 493 skills of the taxonomy): the query side of the
/// exact-overlap test, read in the scan with a shift and a mask.
struct SkillBits: Sendable, Equatable {
    var words: [UInt64]

    init(vocabularySize: Int) { words = [UInt64](repeating: 0, count: max(1, (vocabularySize + 63) / 64)) }

    init<S: Sequence<UInt16>>(vocabularySize: Int, _ skills: S) {
        self.init(vocabularySize: vocabularySize)
        for s in skills { insert(s) }
    }

    mutating func insert(_ skill: UInt16) {
        guard Int(skill) < words.count * 64 else { return }
        words[Int(skill) >> 6] |= 1 << UInt64(skill & 63)
    }

    func contains(_ skill: UInt16) -> Bool {
        Int(skill) < words.count * 64 && words[Int(skill) >> 6] & (1 << UInt64(skill & 63)) != 0
    }
}
