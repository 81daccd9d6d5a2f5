/// Looks for a withheld cell that the published cells give away, through the additive relations between them.
struct DisclosureAudit {
    let control: DisclosureControl

    /// An unknown of the relations: a withheld cell, or a population total no figure publishes.
    private enum Unknown: Hashable {
        case cell(CellReference)
        case total(String)
    }

    /// The relations that expose a withheld cell, each to be fixed by withholding one more of its parts.
    func exposedBalances() -> Set<Int> {
        var indices: [Unknown: Int] = [:]
        func index(_ unknown: Unknown) -> Int {
            if let existing = indices[unknown] { return existing }
            indices[unknown] = indices.count
            return indices.count - 1
        }
        var equations: [LinearDetermination.Equation] = []
        for balance in control.balances {
            var equation = LinearDetermination.Equation(coefficients: [:], constant: 0)
            for part in balance.parts {
                if control.hidden.contains(part) {
                    equation.coefficients[index(.cell(part)), default: 0] += 1
                } else {
                    equation.constant -= control.value(part, kind: balance.kind) ?? 0
                }
            }
            for population in balance.unpublishedParts {
                equation.coefficients[index(.total(population)), default: 0] += 1
            }
            if let total = balance.total, !control.hidden.contains(total) {
                equation.constant += control.value(total, kind: balance.kind) ?? 0
            } else {
                let unknown: Unknown = balance.total.map { .cell($0) } ?? .total(balance.population)
                equation.coefficients[index(unknown), default: 0] -= 1
            }
            equations.append(equation)
        }
        let solved = LinearDetermination.determined(equations, unknowns: indices.count)
        var exposed = Set<Int>()
        for (unknown, position) in indices where solved[position] != nil {
            guard case .cell(let cell) = unknown else { continue }
            if let balance = fixableBalance(containing: cell) { exposed.insert(balance) }
        }
        return exposed.union(
            boundExposures { balance in
                if let total = balance.total, !control.hidden.contains(total) { return control.value(total, kind: balance.kind) }
                let unknown: Unknown = balance.total.map { .cell($0) } ?? .total(balance.population)
                return indices[unknown].flatMap { solved[$0] }
            })
    }

    /// The relations whose withheld parts are pinned to their bounds once their total is known.
    private func boundExposures(total: (Balance) -> Double?) -> Set<Int> {
        var exposed = Set<Int>()
        for (position, balance) in control.balances.enumerated() {
            let hiddenParts = balance.parts.filter { control.hidden.contains($0) }
            guard !hiddenParts.isEmpty, balance.unpublishedParts.isEmpty, let known = total(balance) else { continue }
            let published = balance.parts.filter { !control.hidden.contains($0) }
            let rest = known - published.reduce(0) { $0 + (control.value($1, kind: balance.kind) ?? 0) }
            switch balance.kind {
            case .count(let minimum):
                if rest <= Double(hiddenParts.count) * Double(minimum) + 0.5 { exposed.insert(position) }
            case .numerator:
                if rest < 0.5 { exposed.insert(position) }
                if let ceiling = numeratorCeiling(hiddenParts, balance: balance, total: total), rest > ceiling - 0.5 {
                    exposed.insert(position)
                }
            case .value:
                continue
            }
        }
        return exposed
    }

    /// The most the withheld numerators can add up to: the records behind them, when those are known.
    private func numeratorCeiling(_ parts: [CellReference], balance: Balance, total: (Balance) -> Double?) -> Double? {
        var ceiling = 0.0
        var hiddenCounts: Set<CellReference> = []
        for part in parts {
            guard let count = control.basisCell(of: part) else { return nil }
            if control.hidden.contains(count) {
                hiddenCounts.insert(count)
            } else {
                ceiling += control.value(count, kind: .count(minimum: 0)) ?? 0
            }
        }
        guard !hiddenCounts.isEmpty else { return ceiling }
        guard let sibling = balance.sibling else { return nil }
        let countBalance = control.balances[sibling]
        guard Set(countBalance.parts.filter { control.hidden.contains($0) }) == hiddenCounts,
            let countTotal = total(countBalance)
        else { return nil }
        let publishedCounts = countBalance.parts.filter { !control.hidden.contains($0) }
        return ceiling + countTotal - publishedCounts.reduce(0) { $0 + (control.value($1, kind: countBalance.kind) ?? 0) }
    }

    /// Among the relations holding `cell`, the most local one (fewest withheld parts) with a part or total still
    /// published: withholding there is what leaves the cell undetermined.
    private func fixableBalance(containing cell: CellReference) -> Int? {
        let holding = control.balancesByCell[cell] ?? []
        let fixable = holding.filter { position in
            let balance = control.balances[position]
            return balance.parts.contains { !control.hidden.contains($0) }
                || balance.total.map { !control.hidden.contains($0) } ?? false
        }
        let hiddenCount = { (position: Int) in control.balances[position].parts.count { control.hidden.contains($0) } }
        return fixable.min { hiddenCount($0) < hiddenCount($1) } ?? holding.first
    }
}
