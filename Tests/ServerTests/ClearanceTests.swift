import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// CONTRACT 3.3 and issue: nobody sees a column above their clearance; personal data only to roles that need it;
/// someone else's record is a 404.
@Suite struct ClearanceTests {
    let fixture: ServerFixture
    init() throws { fixture = try SharedFixture.get() }

    @Test func anonymousCallersReadOpenDataOnly() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/vacancies?limit=1", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/students", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.header("UXP-FaultCode") == "Client.Unauthorized")
            }
            try await client.execute(uri: "/api/v1/graduates/\(fixture.graduateID)", method: .get) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func analystsSeeRowsButNoPersonalData() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/students?limit=5", method: .get, headers: fixture.headers("analyst")) { response in
                #expect(response.status == .ok)
                for item in response.envelope.data["items"]!.items {
                    #expect(item.keys.isDisjoint(with: ["no_ic", "name", "birth_date"]))
                    #expect(item.keys.contains("gender") && item.keys.contains("student_id"))
                }
            }
            try await client.execute(uri: "/api/v1/graduates?limit=5", method: .get, headers: fixture.headers("analyst")) { response in
                #expect(response.envelope.data["items"]!.items.allSatisfy { $0.keys.contains("monthly_salary") })
            }
            // A researcher is cleared TERHAD: the SULIT salary column is absent.
            try await client.execute(uri: "/api/v1/graduates?limit=5", method: .get, headers: fixture.headers("researcher")) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data["items"]!.items.allSatisfy { !$0.keys.contains("monthly_salary") })
            }
        }
    }

    @Test func dataControllersSeePersonalData() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/students?limit=2", method: .get, headers: fixture.headers("controller")) { response in
                #expect(response.envelope.data["items"]!.items.allSatisfy { $0.keys.isSuperset(of: ["no_ic", "name", "birth_date"]) })
            }
        }
    }

    @Test func aGraduateSeesTheirOwnRecordsAndNobodyElses() async throws {
        try await fixture.test { client in
            let headers = fixture.headers("graduate")
            let own = try await client.execute(uri: "/api/v1/graduates/\(fixture.graduateID)", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                return response.envelope.data
            }
            try await client.execute(uri: "/api/v1/graduates/\(fixture.otherGraduateID)", method: .get, headers: headers) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/graduates/G9999999", method: .get, headers: headers) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/v1/graduates", method: .get, headers: headers) { response in
                #expect(response.envelope.data["items"]!.items.count == 1)
            }
            guard case .string(let studentID) = own["student_id"] ?? .null else { Issue.record("no student id"); return }
            try await client.execute(uri: "/api/v1/students/\(studentID)", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data.keys.contains("no_ic"))
            }
            try await client.execute(uri: "/api/v1/instructors", method: .get, headers: headers) { #expect($0.status == .forbidden) }
        }
    }

    @Test func queriesAreRefusedAboveClearance() async throws {
        let personal = #"{"dataset": "graduates", "group_by": ["student.no_ic"], "measures": [{"fn": "count"}]}"#
        let salary = #"{"dataset": "graduates", "group_by": ["graduation_year"], "measures": [{"fn": "median", "column": "monthly_salary"}]}"#
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("analyst"), body: ByteBuffer(string: personal)) {
                response in
                #expect(response.status == .forbidden)
                #expect(response.envelope.message.contains("student.no_ic"))
            }
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("analyst"), body: ByteBuffer(string: salary)) {
                response in
                #expect(response.status == .ok)
                #expect(response.envelope.data["columns"] == ["graduation_year", "median(monthly_salary)"])
            }
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("researcher"), body: ByteBuffer(string: salary)) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("employer"), body: ByteBuffer(string: salary)) {
                #expect($0.status == .forbidden)
            }
            let unknown = #"{"dataset": "graduates", "group_by": ["programme.feild"], "measures": [{"fn": "count"}]}"#
            try await client.execute(uri: "/api/v1/query", method: .post, headers: fixture.headers("analyst"), body: ByteBuffer(string: unknown)) {
                response in
                #expect(response.status == .badRequest)
                #expect(response.envelope.message.contains("programme.feild"))
            }
        }
    }
}
