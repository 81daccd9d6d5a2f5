import Columnar
import Foundation
import Testing

/// A JSON scalar of an expected row.
enum ExpectedValue: Decodable, CustomStringConvertible {
    case null, bool(Bool), number(Double), string(String)

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else {
            self = .string(try c.decode(String.self))
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): "\(b)"
        case .number(let d): "\(d)"
        case .string(let s): "\"\(s)\""
        }
    }

    /// Numbers match ints and doubles by value (relative tolerance 1e-9); dates match their `YYYY-MM-DD` text.
    func matches(_ v: Value) -> Bool {
        switch (self, v) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .int(let b)): return a == Double(b)
        case (.number(let a), .double(let b)): return a == b || abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
        case (.string(let a), .string(let b)): return a == b
        case (.string(let a), .date(let d)): return a == EpochDays.format(days: d)
        default: return false
        }
    }
}

struct QueryCase: Decodable, CustomStringConvertible {
    struct Expected: Decodable {
        let columns: [String]
        let rows: [[ExpectedValue]]
    }
    let name: String
    let query: Query
    let expected: Expected
    var description: String { name }
}

/// Hand-checked queries over `Fixture`, one JSON file each in `Queries/`.
@Suite struct QueryFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Queries")

    static func cases() throws -> [QueryCase] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { try JSONDecoder().decode(QueryCase.self, from: Data(contentsOf: $0)) }
    }

    @Test func thereAreEnoughCases() throws {
        #expect(try Self.cases().count >= 20)
    }

    @Test(arguments: try cases())
    func queryFile(_ c: QueryCase) throws {
        let result = try Fixture.catalog().execute(c.query)
        #expect(result.columns == c.expected.columns, "\(c.name): columns")
        let same = result.rows.count == c.expected.rows.count
            && zip(result.rows, c.expected.rows).allSatisfy { row, expected in
                row.count == expected.count && zip(expected, row).allSatisfy { $0.matches($1) }
            }
        #expect(same, "\(c.name): got \(result.rows.map { $0.map(\.description) }), expected \(c.expected.rows)")
    }
}
