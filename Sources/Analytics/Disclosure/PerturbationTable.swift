/// The published perturbation table of the cell-key method (docs/ANALYTICS.md, "Disclosure control"): the noise
/// added to a count, looked up by the count and the cell's key.
///
/// Every row is exactly zero-mean over the key range (240 is divisible by 3 and 8, the shares the rows use), never
/// more than `maxNoise` either way and never below zero. Small counts never come out as themselves or as 1: 1 becomes
/// 0 or 2, 2 becomes 0 or 3, 3 becomes 2 or 4, so every published value under the threshold could come from at
/// least two true counts. From 4 up a count moves by −2, −1, 0, +1, +2 with probabilities 1/8, 1/4, 1/4, 1/4, 1/8.
///
///     PerturbationTable.perturbed(12, cellKey: 200)   // 13
enum PerturbationTable {
    /// Cell keys run over `0 ..< keyRange`: a cell's key is the sum of its records' keys modulo this.
    static let keyRange = 240
    /// D: no published count is further than this from the true count.
    static let maxNoise: Int64 = 2

    /// The noise for a count of `count` records in a cell whose key is `cellKey`.
    static func noise(count: Int64, cellKey: Int) -> Int64 {
        let key = ((cellKey % keyRange) + keyRange) % keyRange
        let eighth = keyRange / 8
        switch count {
        case ...0: return 0
        case 1, 3: return key < keyRange / 2 ? -1 : 1
        case 2: return key < keyRange / 3 ? -2 : 1
        default:
            if key < eighth { return -2 }
            if key < 3 * eighth { return -1 }
            if key < 5 * eighth { return 0 }
            if key < 7 * eighth { return 1 }
            return 2
        }
    }

    static func perturbed(_ count: Int64, cellKey: Int) -> Int64 { count + noise(count: count, cellKey: cellKey) }
}
