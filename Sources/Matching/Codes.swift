import Columnar
import TVET

/// Small dense codes for the values the scan compares: states and fields as `UInt8`, so a row is compared with an
/// integer test and a table read, never a string.
enum Codes {
    static let unknown: UInt8 = .max
    static let states = MalaysianState.allCases
    static let fields = TVETField.allCases

    static func state(_ name: some StringProtocol) -> UInt8? {
        MalaysianState(name: name).flatMap { s in states.firstIndex(of: s).map { UInt8($0) } }
    }

    static func field(_ name: some StringProtocol) -> UInt8? {
        fields.firstIndex { $0.rawValue == name }.map { UInt8($0) }
    }

    /// Sabah, Sarawak and Labuan are on Borneo; the other states on the peninsula.
    static func isBorneo(_ code: UInt8) -> Bool {
        let s = states[Int(code)]
        return s == .sabah || s == .sarawak || s == .labuan
    }

    /// The code of each distinct string of a string column (`unknown` for a value outside the set, and for nulls).
    static func read(_ column: Column, translate: (String) -> UInt8?) -> [UInt8] {
        guard case .string(let codes, let dictionary) = column.storage else {
            return [UInt8](repeating: unknown, count: column.count)
        }
        let byCode = (0..<dictionary.count).map { translate(dictionary[UInt32($0)]) ?? unknown }
        var out = codes.map { byCode[Int($0)] }
        if let validity = column.validity {
            for row in 0..<out.count where !validity[row] { out[row] = unknown }
        }
        return out
    }
}

/// The location component for every (graduate state, vacancy state, willing to relocate) as a table read in the
/// scan: 17 × 17 × 2 values, the last state code standing for unknown.
struct LocationTable: Sendable {
    static let size = Codes.states.count + 1
    let values: [Float]

    init() {
        var v = [Float](repeating: MatchFormula.neutral, count: Self.size * Self.size * 2)
        let n = Codes.states.count
        for relocate in 0..<2 {
            for g in 0..<n {
                for j in 0..<n {
                    let value: Float =
                        g == j
                        ? 1
                        : relocate == 1
                            ? MatchFormula.relocating
                            : Codes.isBorneo(UInt8(g)) == Codes.isBorneo(UInt8(j)) ? MatchFormula.sameRegion : 0
                    v[Self.index(graduate: UInt8(g), vacancy: UInt8(j), relocate: relocate == 1)] = value
                }
            }
        }
        values = v
    }

    @inline(__always)
    static func index(graduate: UInt8, vacancy: UInt8, relocate: Bool) -> Int {
        let g = min(Int(graduate), size - 1)
        let j = min(Int(vacancy), size - 1)
        return ((relocate ? 1 : 0) * size + g) * size + j
    }

    func value(graduate: UInt8, vacancy: UInt8, relocate: Bool) -> Float {
        values[Self.index(graduate: graduate, vacancy: vacancy, relocate: relocate)]
    }
}
