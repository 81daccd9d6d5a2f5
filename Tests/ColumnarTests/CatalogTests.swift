import Columnar
import Testing

@Suite struct CatalogTests {
    @Test func linksResolveToRowIndices() throws {
        let catalog = try Fixture.catalog()
        // G01..G12 → P1 P1 P2 P2 P3 P3 P4 P4 P5 P9(unmatched) null P6
        #expect(catalog.linkRows(from: "graduates", link: "programme") == [0, 0, 1, 1, 2, 2, 3, 3, 4, -1, -1, 5])
        // P1..P6 → I1 I1 I2 I3 I9(unmatched) null
        #expect(catalog.linkRows(from: "programmes", link: "institution") == [0, 0, 1, 2, -1, -1])
        #expect(catalog.linkRows(from: "graduates", link: "programme_id") == nil)
    }

    @Test func integerKeysLink() throws {
        let a = TableBuilder(name: "a")
        let ref = a.int64("b_id")
        [3, 1, 9].forEach { ref.append(Int64($0)) }
        ref.appendNull()
        let b = TableBuilder(name: "b", primaryKey: "id")
        let id = b.int64("id")
        [1, 2, 3].forEach { id.append(Int64($0)) }
        let catalog = try Catalog(tables: [a.build(), b.build()], links: [Link(from: "a", column: "b_id", to: "b")])
        #expect(catalog.linkRows(from: "a", link: "b") == [2, 0, -1, -1])
    }

    @Test func badLinksAreRefused() throws {
        let g = try Fixture.graduates(), p = try Fixture.programmes()
        #expect(throws: TableError.unknownLinkColumn(table: "graduates", column: "nope_id")) {
            try Catalog(tables: [g, p], links: [Link(from: "graduates", column: "nope_id", to: "programmes")])
        }
        #expect(throws: TableError.self) {
            try Catalog(tables: [g, p], links: [Link(from: "programmes", column: "level", to: "graduates")])
        }
        // A link to a table not loaded yet is kept and resolved once the table arrives.
        let partial = try Catalog(tables: [g], links: Fixture.links)
        #expect(partial.linkRows(from: "graduates", link: "programme") == nil)
        #expect(try partial.replacing(p).linkRows(from: "graduates", link: "programme")?.count == 12)
    }

    @Test func replacingATargetRelinks() throws {
        let catalog = try Fixture.catalog()
        let extra = TableBuilder(name: "programmes", primaryKey: "programme_id")
        let id = extra.string("programme_id"), inst = extra.string("institution_id"), field = extra.string("field")
        let level = extra.int32("level"), seats = extra.int64("seats")
        id.append("P9"); inst.append("I4"); field.append("Marine"); level.append(1); seats.append(5)
        let next = try catalog.merging(extra.build())
        #expect(next.linkRows(from: "graduates", link: "programme")?[9] == 6)
        let r = try next.execute(Query(dataset: "graduates", filters: [Filter(column: "programme.field", op: .eq, value: "Marine")],
                                       measures: [Measure(fn: .count)]))
        #expect(r.rows == [[.int(1)]])
        #expect(catalog.linkRows(from: "graduates", link: "programme")?[9] == -1)
    }

    @Test func storePublishesWholeVersions() async throws {
        // Two tables that must always agree: b holds the same row count as a in every published version.
        func version(_ n: Int) throws -> Catalog {
            let a = TableBuilder(name: "a"), b = TableBuilder(name: "b")
            let x = a.int32("x"), y = b.int32("y")
            for i in 0..<n { x.append(Int32(i)); y.append(Int32(i)) }
            return try Catalog(tables: [a.build(), b.build()])
        }
        let store = CatalogStore(try version(1))
        let count = Query(dataset: "a", measures: [Measure(fn: .count)])
        let countB = Query(dataset: "b", measures: [Measure(fn: .count)])
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for n in 2...60 { try store.update { _ in try version(n * 10) } }
            }
            for _ in 0..<3 {
                group.addTask {
                    for _ in 0..<300 {
                        let snapshot = store.snapshot
                        let a = try snapshot.execute(count), b = try snapshot.execute(countB)
                        #expect(a == b)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(store.snapshot.version == 59)
        #expect(try store.execute(count).rows == [[.int(600)]])
    }

    @Test func failedUpdatePublishesNothing() throws {
        let store = CatalogStore(try Fixture.catalog())
        let before = store.snapshot.version
        #expect(throws: TableError.self) {
            try store.update { (c: Catalog) throws -> Catalog in
                try c.replacing(try TableTests.people([("a", 1, nil), ("a", 2, nil)]))
            }
        }
        #expect(store.snapshot.version == before)
        let published = store.publish(Catalog())
        #expect(published.version == before + 1 && store.snapshot.tables.isEmpty)
    }
}
