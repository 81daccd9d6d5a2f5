import Columnar
import Testing

@Suite struct TableTests {
    static func people(_ rows: [(String, Int32?, String?)], name: String = "people") throws -> Table {
        let t = TableBuilder(name: name, primaryKey: "id")
        let id = t.string("id"), age = t.int32("age"), city = t.string("city")
        for r in rows {
            id.append(r.0)
            age.append(r.1)
            city.append(r.2)
        }
        return try t.build()
    }

    @Test func primaryKeyLookup() throws {
        let t = try Self.people([("a", 1, "X"), ("b", nil, nil), ("c", 3, "Y")])
        #expect(t.rowCount == 3 && t.columnNames == ["id", "age", "city"])
        #expect(t.row(forKey: "c") == 2 && t.row(forKey: "z") == nil)
        #expect(t.value(row: 1, column: "age") == .null)

        let ints = TableBuilder(name: "n", primaryKey: "k")
        let k = ints.int64("k")
        k.append(10)
        k.append(-4)
        let n = try ints.build()
        #expect(n.row(forKey: -4) == 1 && n.row(forKey: 5) == nil)
    }

    @Test func buildRejectsBadTables() throws {
        #expect(throws: TableError.duplicateKey(table: "people", key: "a")) { try Self.people([("a", 1, nil), ("a", 2, nil)]) }

        let nullKey = TableBuilder(name: "t", primaryKey: "id")
        nullKey.string("id").appendNull()
        #expect(throws: TableError.nullKey(table: "t", row: 0)) { try nullKey.build() }

        let uneven = TableBuilder(name: "t")
        uneven.int32("a").append(1)
        _ = uneven.int32("b")
        #expect(throws: TableError.lengthMismatch(table: "t", column: "b", rows: 0, expected: 1)) { try uneven.build() }

        let twice = TableBuilder(name: "t")
        _ = twice.int32("a")
        _ = twice.double("a")
        #expect(throws: TableError.duplicateColumn(table: "t", column: "a")) { try twice.build() }

        let badKey = TableBuilder(name: "t", primaryKey: "d")
        badKey.double("d").append(1)
        #expect(throws: TableError.primaryKeyType(table: "t", column: "d", type: .double)) { try badKey.build() }
        #expect((try? TableBuilder(name: "t", primaryKey: "missing").build()) == nil)
    }

    @Test func mergingReplacesByKeyAndAppendsNewKeys() throws {
        let old = try Self.people([("a", 1, "X"), ("b", 2, "Y"), ("c", 3, "X")])
        let newer = try Self.people([("d", 4, "Z"), ("b", nil, "W")])
        let merged = try old.merging(newer)
        #expect(merged.rowCount == 4)
        let rows = (0..<4).map { r in merged.columnNames.map { merged.value(row: r, column: $0)! } }
        #expect(rows == [
            [.string("a"), .int(1), .string("X")],
            [.string("b"), .null, .string("W")],
            [.string("c"), .int(3), .string("X")],
            [.string("d"), .int(4), .string("Z")],
        ])
        #expect(merged.row(forKey: "d") == 3 && merged.row(forKey: "b") == 1)
        #expect(old.rowCount == 3 && old.value(row: 1, column: "age") == .int(2))
    }

    @Test func mergingChecksSchema() throws {
        let old = try Self.people([("a", 1, "X")])
        let t = TableBuilder(name: "people", primaryKey: "id")
        t.string("id").append("a")
        t.double("age").append(1)
        t.string("city").append("X")
        #expect(throws: TableError.self) { try old.merging(try t.build()) }
        let noKey = TableBuilder(name: "people")
        _ = noKey.string("id")
        #expect(throws: TableError.self) { try old.merging(try noKey.build()) }
    }

    @Test func mergingManyRowsKeepsEveryValue() throws {
        let old = try Self.people((0..<3000).map { ("k\($0)", Int32($0), $0 % 7 == 0 ? nil : "c\($0 % 5)") })
        let newer = try Self.people(stride(from: 0, to: 4000, by: 3).map { ("k\($0)", Int32(-$0), "n\($0 % 4)") })
        let merged = try old.merging(newer)
        #expect(merged.rowCount == 3000 + (4000 - 3000 + 2) / 3)
        for i in 0..<4000 {
            guard let row = merged.row(forKey: "k\(i)") else {
                #expect(i >= 3000 && i % 3 != 0)
                continue
            }
            if i % 3 == 0 {
                #expect(merged.value(row: row, column: "age") == .int(Int64(-i)))
                #expect(merged.value(row: row, column: "city") == .string("n\(i % 4)"))
            } else {
                #expect(row == i)
                #expect(merged.value(row: row, column: "city") == (i % 7 == 0 ? .null : .string("c\(i % 5)")))
            }
        }
    }
}
