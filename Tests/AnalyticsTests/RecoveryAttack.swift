@testable import Analytics

/// An attacker's differencing of public answers: a count in the answer for one value of a filter is worked out as the
/// national answer minus the answers for every other value of that filter (national minus every single-filter answer).
///
/// Two attackers, both knowing the published method. The first uses what the method states: a published count is
/// within D of the true one, a withheld one under the threshold + D. The second also uses every outcome of the
/// published table (so a published 2 came from 1, 3 or 4) and that a listed group has at least one record. A count
/// is recovered with certainty when one value is left. Written from the published method, not from the code.
struct RecoveryAttack {
    let threshold: Int
    let noise = Int(PerturbationTable.maxNoise)

    /// What the attacker learns about the target.
    struct Outcome {
        /// The counts it could be by the stated bounds.
        var bounded: ClosedRange<Int>?
        /// The counts it could be by the table's outcomes.
        var possible: Set<Int>
        /// National minus the others, when every one of them is published.
        var estimate: Int?
    }

    /// Differencing `target` out of `national` and the `others` (the same cell in the answers for the other values;
    /// nil where an answer lists no such group). `mayBeEmpty`: a withheld cell may hold no record (a numerator
    /// withheld with its rate).
    func attack(national: FigureCell?, others: [FigureCell?], target: FigureCell?, mayBeEmpty: Bool) -> Outcome {
        var low = range(national).lowerBound, high = range(national).upperBound
        var remainder = possibleCounts(national, mayBeEmpty: mayBeEmpty)
        for other in others {
            low -= range(other).upperBound
            high -= range(other).lowerBound
            let possible = possibleCounts(other, mayBeEmpty: mayBeEmpty)
            remainder = Set(remainder.flatMap { total in possible.map { total - $0 } }.filter { $0 >= 0 })
        }
        let own = range(target)
        let bounded = max(low, own.lowerBound) <= min(high, own.upperBound) ? max(low, own.lowerBound)...min(high, own.upperBound) : nil
        let published = ([national] + others).map { $0 == .suppressed ? nil : Int($0?.doubleValue ?? 0) }
        let estimate = published.contains(nil) ? nil : published[0]! - published.dropFirst().reduce(0) { $0 + $1! }
        return Outcome(
            bounded: bounded, possible: remainder.intersection(possibleCounts(target, mayBeEmpty: mayBeEmpty)),
            estimate: estimate)
    }

    /// The stated bounds of a cell: within D of a published count, under the threshold + D when withheld.
    func range(_ cell: FigureCell?) -> ClosedRange<Int> {
        guard let cell else { return 0...0 }
        if cell == .suppressed { return 0...(threshold - 1 + noise) }
        let published = Int(cell.doubleValue ?? 0)
        return max(0, published - noise)...(published + noise)
    }

    /// The true counts the table could have turned into what a cell shows (no row: no records).
    func possibleCounts(_ cell: FigureCell?, mayBeEmpty: Bool) -> Set<Int> {
        guard let cell else { return [0] }
        if cell == .suppressed {
            let small = (1...(threshold + noise)).filter { Self.outcomes($0).contains { $0 > 0 && $0 < threshold } }
            return Set(small + (mayBeEmpty ? [0] : []))
        }
        let published = Int(cell.doubleValue ?? 0)
        return Set((max(0, published - noise)...(published + noise)).filter { Self.outcomes($0).contains(published) })
    }

    /// Every value the table can publish for a true count, over all cell keys.
    static func outcomes(_ count: Int) -> Set<Int> {
        Set((0..<PerturbationTable.keyRange).map { Int(PerturbationTable.perturbed(Int64(count), cellKey: $0)) })
    }
}
