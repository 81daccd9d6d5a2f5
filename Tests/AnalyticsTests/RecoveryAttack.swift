@testable import Analytics

/// An attacker's view of published figures: every additive relation a reader can write down from the definitions,
/// solved for the withheld cells. Written independently of the disclosure code: it knows the domain, not the
/// suppression rules.
struct RecoveryAttack {
    /// Something a relation adds up: a published or withheld cell, a rate's numerator (rate × count), or a total
    /// no figure publishes.
    enum Term: Hashable {
        case cell(figure: String, row: Int, column: String)
        case numerator(figure: String, row: Int, rate: String, count: String)
        case hiddenTotal(String)
    }

    struct Relation {
        var parts: [Term]
        var total: Term
        /// The least a withheld part can be (1 for a group the figure only lists when it has records).
        var minimum: Double = 0
    }

    let figures: [String: Figure]
    var relations: [Relation] = []

    init(_ figures: [Figure]) {
        self.figures = Dictionary(uniqueKeysWithValues: figures.map { ($0.reference, $0) })
    }

    /// The value of a term, nil when it is withheld (a numerator is withheld when its rate or count is).
    func value(_ term: Term) -> Double? {
        switch term {
        case .cell(let figure, let row, let column):
            let cell = figures[figure]!.cell(row, column)
            return cell == .null ? 0 : cell.doubleValue
        case .numerator(let figure, let row, let rate, let count):
            let figure = figures[figure]!
            // A rate over no records is null: its numerator is 0.
            if figure.cell(row, rate) == .null { return 0 }
            guard let r = figure.cell(row, rate).doubleValue, let n = figure.cell(row, count).doubleValue else { return nil }
            return (r * n).rounded()
        case .hiddenTotal:
            return nil
        }
    }

    func isSuppressed(_ term: Term) -> Bool {
        switch term {
        case .cell(let figure, let row, let column): figures[figure]!.cell(row, column) == .suppressed
        case .numerator(let figure, let row, let rate, _): figures[figure]!.cell(row, rate) == .suppressed
        case .hiddenTotal: false
        }
    }

    /// Adds "the rows of `column` in `figure` add up to `total`", and the same for each rate resting on the column.
    mutating func sum(
        _ figure: String, _ column: String, rows: [Int]? = nil, to total: Term, minimum: Double = 0, rates: [String] = [],
        rateTotal: (String) -> Term? = { _ in nil }
    ) {
        guard let published = figures[figure] else { return }
        let rows = rows ?? Array(published.rows.indices)
        relations.append(Relation(parts: rows.map { .cell(figure: figure, row: $0, column: column) }, total: total, minimum: minimum))
        for rate in rates {
            relations.append(
                Relation(
                    parts: rows.map { .numerator(figure: figure, row: $0, rate: rate, count: column) },
                    total: rateTotal(rate) ?? .hiddenTotal("\(figure)|\(column)|\(rate)|\(rows)")))
        }
    }

    /// The withheld cells whose value the relations pin down: by solving them, or by their bounds.
    func recovered() -> [String] {
        var unknowns: [Term: Int] = [:]
        var equations: [([Int: Double], Double)] = []
        for relation in relations {
            var coefficients: [Int: Double] = [:]
            var constant = 0.0
            for (term, sign) in relation.parts.map({ ($0, 1.0) }) + [(relation.total, -1.0)] {
                if let known = value(term) {
                    constant -= sign * known
                } else {
                    let index = unknowns[term] ?? unknowns.count
                    unknowns[term] = index
                    coefficients[index, default: 0] += sign
                }
            }
            equations.append((coefficients, constant))
        }
        let solved = Self.solve(equations, count: unknowns.count)
        var found: [String] = []
        for (term, index) in unknowns where isSuppressed(term) {
            if let value = solved[index] { found.append("\(term) = \(value)") }
        }
        for relation in relations {
            let hidden = relation.parts.filter { value($0) == nil }
            guard !hidden.isEmpty else { continue }
            let total = value(relation.total) ?? unknowns[relation.total].flatMap { solved[$0] }
            guard let total else { continue }
            let rest = total - relation.parts.compactMap(value).reduce(0, +)
            if case .numerator = hidden[0], abs(rest) < 0.5 { found.append("\(hidden) all zero") }
            if case .cell = hidden[0], relation.minimum > 0, abs(rest - Double(hidden.count) * relation.minimum) < 0.5 {
                found.append("\(hidden) all at \(relation.minimum)")
            }
        }
        return found
    }

    /// Gauss-Jordan elimination; returns the unknowns fixed by the equations.
    static func solve(_ equations: [([Int: Double], Double)], count: Int) -> [Int: Double] {
        var rows = equations.map { equation -> [Double] in
            var row = [Double](repeating: 0, count: count + 1)
            for (index, value) in equation.0 { row[index] = value }
            row[count] = equation.1
            return row
        }
        var pivotRow = 0
        var pivots: [(Int, Int)] = []
        for column in 0..<count {
            guard pivotRow < rows.count,
                let best = (pivotRow..<rows.count).filter({ abs(rows[$0][column]) > 1e-9 }).first
            else { continue }
            rows.swapAt(pivotRow, best)
            let pivot = rows[pivotRow][column]
            rows[pivotRow] = rows[pivotRow].map { $0 / pivot }
            for other in rows.indices where other != pivotRow {
                let factor = rows[other][column]
                if factor != 0 { for k in 0...count { rows[other][k] -= factor * rows[pivotRow][k] } }
            }
            pivots.append((pivotRow, column))
            pivotRow += 1
        }
        var solved: [Int: Double] = [:]
        for (row, column) in pivots where (0..<count).allSatisfy({ $0 == column || abs(rows[row][$0]) < 1e-9 }) {
            solved[column] = rows[row][count]
        }
        return solved
    }
}
