import Columnar
import Foundation
import Testing

/// Every refusal is a typed error whose message names the offending part.
@Suite struct ErrorTests {
    static func message(_ json: String) throws -> String? {
        let query = try JSONDecoder().decode(Query.self, from: Data(json.utf8))
        do {
            _ = try Fixture.catalog().execute(query)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        (#"{"dataset": "graduate"}"#, "unknown dataset 'graduate'"),
        (#"{"dataset": "graduates", "group_by": ["programme.feild"]}"#, "unknown column 'programme.feild' in dataset 'graduates'"),
        (#"{"dataset": "graduates", "filters": [{"column": "programme.institution.nope.state", "op": "is_null"}]}"#,
         "unknown column 'programme.institution.nope.state' in dataset 'graduates'"),
        (#"{"dataset": "graduates", "measures": [{"fn": "median", "column": "salary"}]}"#, "unknown column 'salary' in dataset 'graduates'"),
        (#"{"dataset": "graduates", "filters": [{"column": "status", "op": "is_null"}, {"column": "status", "op": "like", "value": "E"}]}"#,
         "filter 2: unknown op 'like'"),
        (#"{"dataset": "graduates", "measures": [{"fn": "count"}, {"fn": "mode", "column": "status"}]}"#, "measure 2: unknown fn 'mode'"),
        (#"{"dataset": "graduates", "filters": [{"column": "graduation_year", "op": "eq", "value": "2024"}]}"#,
         "filter 1: column 'graduation_year' is int32, expected a number but the value is a string"),
        (#"{"dataset": "graduates", "filters": [{"column": "status", "op": "in", "values": ["EMPLOYED", 3]}]}"#,
         "filter 1: column 'status' is string, expected a string but the value is a number"),
        (#"{"dataset": "graduates", "filters": [{"column": "graduated_on", "op": "lt", "value": "2024-13-01"}]}"#,
         "filter 1: column 'graduated_on' is date, expected a \"YYYY-MM-DD\" date but the value is a string"),
        (#"{"dataset": "graduates", "filters": [{"column": "willing_to_relocate", "op": "eq", "value": 1}]}"#,
         "filter 1: column 'willing_to_relocate' is bool, expected true or false but the value is a number"),
        (#"{"dataset": "graduates", "filters": [{"column": "monthly_salary", "op": "gt", "value": 1}, {"column": "monthly_salary", "op": "between", "values": [1500]}]}"#,
         "filter 2: op 'between' needs 2 values"),
        (#"{"dataset": "graduates", "filters": [{"column": "status", "op": "in"}]}"#, "filter 1: op 'in' needs 'values'"),
        (#"{"dataset": "graduates", "filters": [{"column": "status", "op": "eq"}]}"#, "filter 1: op 'eq' needs a value"),
        (#"{"dataset": "graduates", "filters": [{"column": "status", "op": "eq", "value": null}]}"#, "filter 1: op 'eq' needs a value"),
        (#"{"dataset": "graduates", "filters": [{"column": "status", "op": "in", "values": ["A", null]}]}"#,
         "filter 1: op 'in' needs non-null values (use is_null)"),
        (#"{"dataset": "graduates", "filters": [{"column": "graduation_year", "op": "contains", "value": 1}]}"#,
         "filter 1: op 'contains' is not valid for int32 column 'graduation_year'"),
        (#"{"dataset": "graduates", "filters": [{"column": "skills", "op": "eq", "value": "ELE001"}]}"#,
         "filter 1: op 'eq' is not valid for list column 'skills'"),
        (#"{"dataset": "graduates", "filters": [{"column": "willing_to_relocate", "op": "lt", "value": true}]}"#,
         "filter 1: op 'lt' is not valid for bool column 'willing_to_relocate'"),
        (#"{"dataset": "graduates", "measures": [{"fn": "sum", "column": "status"}]}"#, "measure 1: fn 'sum' is not valid for string column 'status'"),
        (#"{"dataset": "graduates", "measures": [{"fn": "median", "column": "graduated_on"}]}"#,
         "measure 1: fn 'median' is not valid for date column 'graduated_on'"),
        (#"{"dataset": "graduates", "measures": [{"fn": "max", "column": "skills"}]}"#, "measure 1: fn 'max' is not valid for list column 'skills'"),
        (#"{"dataset": "graduates", "measures": [{"fn": "avg"}]}"#, "measure 1: fn 'avg' needs a column"),
        (#"{"dataset": "graduates", "measures": [{"fn": "rate"}]}"#, "measure 1: fn 'rate' needs a 'where' filter"),
        (#"{"dataset": "graduates", "measures": [{"fn": "rate", "where": {"column": "status", "op": "eq", "value": 5}}]}"#,
         "measure 1 where: column 'status' is string, expected a string but the value is a number"),
        (#"{"dataset": "graduates", "measures": [{"fn": "count", "where": {"column": "status", "op": "is_null"}}]}"#,
         "measure 1: 'where' is only valid for fn 'rate'"),
        (#"{"dataset": "graduates", "group_by": ["skills"]}"#, "group_by 1: grouping is not valid for list column 'skills'"),
        (#"{"dataset": "graduates", "group_by": ["status"], "measures": [{"fn": "count", "as": "status"}]}"#,
         "measure 1: output column 'status' appears twice (name it with 'as')"),
        (#"{"dataset": "graduates", "measures": [{"fn": "count"}], "order_by": [{"column": "graduates"}]}"#,
         "order_by 1: unknown output column 'graduates'"),
        (#"{"dataset": "graduates", "measures": [{"fn": "count"}], "limit": -1}"#, "limit: must not be negative"),
    ])
    func refusal(json: String, expected: String) throws {
        #expect(try Self.message(json) == expected)
    }

    @Test func typedCases() throws {
        let catalog = try Fixture.catalog()
        #expect(throws: QueryError.unknownColumn(path: "programme.feild", dataset: "graduates")) {
            try catalog.execute(Query(dataset: "graduates", groupBy: ["programme.feild"]))
        }
        #expect(throws: QueryError.unknownOp(context: "filter 1", op: "approx")) {
            try catalog.execute(Query(dataset: "graduates", filters: [Filter(column: "status", op: "approx")]))
        }
    }

    @Test func integerSumOverflowIsAnErrorNotATrap() throws {
        let t = TableBuilder(name: "big")
        let v = t.int64("v")
        v.append(.max)
        v.append(1)
        let catalog = try Catalog(tables: [t.build()])
        #expect(throws: QueryError.overflow(context: "measure 1")) {
            try catalog.execute(Query(dataset: "big", measures: [Measure(fn: .sum, column: "v")]))
        }
        let avgOK = try catalog.execute(Query(dataset: "big", measures: [Measure(fn: .max, column: "v")]))
        #expect(avgOK.rows == [[.int(.max)]])
    }
}
