import Columnar
import TVET

/// The ordered skill ids a model is trained on: a skill's index is its row in the embedding.
///
/// The vocabulary hash (FNV-1a 64 over the ids in order, each followed by a newline) ties a saved model to the
/// taxonomy it was trained on, so a model is never applied to a reordered or edited taxonomy by mistake.
public struct SkillVocabulary: Sendable, Equatable {
    public let ids: [String]
    private let indexOfID: [String: Int]

    public init(ids: [String]) {
        self.ids = ids
        indexOfID = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init(taxonomy: SkillTaxonomy) { self.init(ids: taxonomy.skills.map(\.id)) }

    public var count: Int { ids.count }

    public func index(of id: some StringProtocol) -> Int? { indexOfID[String(id)] }

    /// `fnv1a64:` and sixteen hex digits.
    public var hash: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for id in ids {
            for byte in id.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            h = (h ^ 0x0a) &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The vocabulary index of each code of a list column's dictionary (`SkillLists.unknown` when not a skill),
    /// so that a scan over the column translates codes with one array read.
    func indexes(of dictionary: StringDictionary) -> [UInt16] {
        (0..<dictionary.count).map { code in index(of: dictionary[UInt32(code)]).map { UInt16($0) } ?? SkillLists.unknown }
    }
}
