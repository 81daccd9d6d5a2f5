/// Which unknowns of a system of linear equations are fixed by it: those whose unit vector lies in the row space,
/// found by reducing the system to row echelon form. Used to check that no withheld cell can be worked out from the
/// published ones.
struct LinearDetermination {
    /// One equation: coefficients by unknown index, equal to `constant`.
    struct Equation {
        var coefficients: [Int: Double]
        var constant: Double
    }

    /// The value of every unknown the equations determine, by index. Equations that share no unknown are reduced
    /// separately, which keeps each system small.
    static func determined(_ equations: [Equation], unknowns: Int) -> [Int: Double] {
        var parent = Array(0..<unknowns)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        for equation in equations {
            let members = equation.coefficients.keys.map(root)
            for member in members.dropFirst() { parent[member] = members[0] }
        }
        var groups: [Int: [Equation]] = [:]
        for equation in equations {
            guard let first = equation.coefficients.keys.first else { continue }
            groups[root(first), default: []].append(equation)
        }
        var result: [Int: Double] = [:]
        for group in groups.values {
            let members = Array(Set(group.flatMap(\.coefficients.keys))).sorted()
            let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
            let renumbered = group.map { equation in
                Equation(
                    coefficients: Dictionary(uniqueKeysWithValues: equation.coefficients.map { (local[$0]!, $1) }),
                    constant: equation.constant)
            }
            for (index, value) in reduce(renumbered, unknowns: members.count) { result[members[index]] = value }
        }
        return result
    }

    /// Gauss-Jordan elimination with partial pivoting on one connected system.
    private static func reduce(_ equations: [Equation], unknowns: Int) -> [Int: Double] {
        guard unknowns > 0, !equations.isEmpty else { return [:] }
        var matrix = equations.map { equation -> [Double] in
            var row = [Double](repeating: 0, count: unknowns + 1)
            for (index, value) in equation.coefficients { row[index] += value }
            row[unknowns] = equation.constant
            return row
        }
        var pivots: [(row: Int, column: Int)] = []
        var rank = 0
        for column in 0..<unknowns where rank < matrix.count {
            guard let pivot = (rank..<matrix.count).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                abs(matrix[pivot][column]) > 1e-9
            else { continue }
            matrix.swapAt(rank, pivot)
            let scale = matrix[rank][column]
            for index in column...unknowns { matrix[rank][index] /= scale }
            for other in matrix.indices where other != rank && abs(matrix[other][column]) > 1e-12 {
                let factor = matrix[other][column]
                for index in column...unknowns { matrix[other][index] -= factor * matrix[rank][index] }
            }
            pivots.append((rank, column))
            rank += 1
        }
        var result: [Int: Double] = [:]
        for (row, column) in pivots {
            let others = (0..<unknowns).contains { $0 != column && abs(matrix[row][$0]) > 1e-9 }
            if !others { result[column] = matrix[row][unknowns] }
        }
        return result
    }
}
