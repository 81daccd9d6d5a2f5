import Columnar
import Foundation
import Testing

@Suite struct ResultTests {
    @Test func contractQueryDecodes() throws {
        let json = """
            {"dataset": "graduates",
             "filters": [{"column": "graduation_year", "op": "eq", "value": 2024},
                         {"column": "programme.institution.state", "op": "in", "values": ["Johor", "Selangor"]},
                         {"column": "monthly_salary", "op": "between", "values": [1500, 3000]}],
             "group_by": ["programme.field"],
             "measures": [{"fn": "count", "as": "graduates"},
                          {"fn": "median", "column": "monthly_salary"},
                          {"fn": "rate", "where": {"column": "status", "op": "in", "values": ["EMPLOYED", "SELF_EMPLOYED"]}, "as": "employment_rate"}],
             "order_by": [{"column": "graduates", "desc": true}],
             "limit": 100}
            """
        let q = try JSONDecoder().decode(Query.self, from: Data(json.utf8))
        #expect(q.filters[0].value == .int(2024))
        #expect(q.filters[2].values == [.int(1500), .int(3000)])
        #expect(q.measures.map(\.outputName) == ["graduates", "median(monthly_salary)", "employment_rate"])
        #expect(q.measures[2].condition?.values == ["EMPLOYED", "SELF_EMPLOYED"])
        #expect(q.orderBy == [OrderKey(column: "graduates", desc: true)] && q.limit == 100)
        let roundTrip = try JSONDecoder().decode(Query.self, from: JSONEncoder().encode(q))
        #expect(roundTrip == q)

        let r = try Fixture.catalog().execute(q)
        #expect(r.columns == ["programme.field", "graduates", "median(monthly_salary)", "employment_rate"])
        // 2024, Johor or Selangor, salary 1500...3000: nobody (G05 earns 4200).
        #expect(r.rows.isEmpty)
    }

    @Test func literalsDecodeByKind() throws {
        let values = try JSONDecoder().decode([Literal].self, from: Data(#"[1, 2.5, "x", true, null, -3]"#.utf8))
        #expect(values == [.int(1), .double(2.5), .string("x"), .bool(true), .null, .int(-3)])
    }

    @Test func resultEncodesToJSON() throws {
        let r = QueryResult(
            columns: ["state", "n", "median", "ok", "on"],
            rows: [[.string("Pulau \"Pinang\"\n"), .int(3), .double(2500.5), .bool(true), .date(19782)], [.null, .int(0), .null, .bool(false), .null]])
        let expected = #"{"columns":["state","n","median","ok","on"],"rows":[["Pulau \"Pinang\"\n",3,2500.5,true,"2024-02-29"],[null,0,null,false,null]]}"#
        #expect(r.jsonString() == expected)
        let viaCodable = try JSONSerialization.jsonObject(with: JSONEncoder().encode(r)) as? [String: Any]
        let viaString = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? [String: Any]
        #expect((viaCodable?["rows"] as? [[Any]])?.count == 2)
        #expect(NSDictionary(dictionary: viaCodable ?? [:]).isEqual(to: viaString ?? [:]))
    }

    @Test func stringsOrderByBytesNotLocale() throws {
        let t = TableBuilder(name: "w")
        let s = t.string("s")
        for w in ["b", "É", "a", "Z", "é", "B"] { s.append(w) }
        let r = try Catalog(tables: [t.build()]).execute(Query(dataset: "w", groupBy: ["s"]))
        #expect(r.rows.map { $0[0] } == ["B", "Z", "a", "b", "É", "é"].map { Value.string($0) })
    }
}
