import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import TVET
import ServerTestSupport
import TestSupport
import Testing

/// CONTRACT 3.5: all-or-nothing batches, every bad record named, acknowledged only after the commit, readable at once
/// and after a restart; writes refused to roles without the right.
@Suite struct IngestionTests {
    static func vacancy(_ id: String, employer: String, extra: [String: String] = [:]) -> String {
        var fields: [String: String] = [
            "vacancy_id": "\"\(id)\"", "employer_id": "\"\(employer)\"", "title": "\"Electrician\"", "masco_code": "\"7411\"",
            "field": "\"ELECTRICAL\"", "min_level": "3", "essential_skills": "[\"ELE001\", \"ELE002\", \"ELE003\"]",
            "optional_skills": "[\"TRV001\"]", "state": "\"Selangor\"", "salary_min": "1800", "salary_max": "2400", "openings": "2",
            "posted_on": "\"2026-11-20\"", "closes_on": "\"2026-12-31\"",
        ]
        for (key, value) in extra { fields[key] = value }
        return "{" + fields.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
    }

    @Test func aGoodBatchIsAcceptedReadableAtOnceAndAfterARestart() async throws {
        let fixture = try ServerFixture()
        let batch = "[" + Self.vacancy("V9000001", employer: fixture.employerID) + "," + Self.vacancy("V9000002", employer: fixture.employerID) + "]"
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: batch)) {
                response in
                #expect(response.status == .ok)
                #expect(response.envelope.message == "Data accepted")
                #expect(response.envelope.data["records"] == 2)
            }
            try await client.execute(uri: "/api/v1/vacancies/V9000002", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data["essential_skills"] == ["ELE001", "ELE002", "ELE003"])
            }
        }
        // A new process over the same store file.
        let reopened = try DataService(store: try DataStore(path: fixture.storePath), taxonomy: try ProjectFiles.taxonomy())
        #expect(reopened.engine.snapshot.table("vacancies")?.row(forKey: "V9000002") != nil)
    }

    @Test func aBadBatchStoresNothingAndNamesEveryBadRecord() async throws {
        let fixture = try ServerFixture()
        let records = [
            Self.vacancy("V9100001", employer: fixture.employerID),
            Self.vacancy("V9100002", employer: "E999999"),
            Self.vacancy("V9100003", employer: fixture.employerID, extra: ["state": "\"Selangorr\"", "openings": "\"two\""]),
            Self.vacancy("V9100004", employer: fixture.employerID, extra: ["salary": "5000"]),
            Self.vacancy("V9100005", employer: fixture.employerID, extra: ["salary_min": "3000", "salary_max": "2000"]),
        ]
        let before = fixture.services.data.engine.snapshot.table("vacancies")!.rowCount
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("controller"),
                body: ByteBuffer(string: "[" + records.joined(separator: ",") + "]")
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.header("UXP-FaultCode") == "Client.RuleBroken")
                let errors = response.envelope.data["errors"]!.items
                let named = Set(errors.map { "\($0["index"]?.int ?? -1)|\($0["field"]?.text ?? "")" })
                #expect(named.isSuperset(of: ["1|employer_id", "2|state", "2|openings", "3|salary"]))
                #expect(errors.contains { $0["index"] == 4 })
                #expect(!errors.contains { $0["index"] == 0 })
            }
            try await client.execute(uri: "/api/v1/vacancies/V9100001", method: .get) { #expect($0.status == .notFound) }
        }
        #expect(fixture.services.data.engine.snapshot.table("vacancies")!.rowCount == before)
        #expect(try fixture.services.data.store.rowCounts()["vacancies"] == before)
    }

    @Test func csvBatchesPassTheSameRulesAndNameLines() async throws {
        let fixture = try ServerFixture()
        let csv = "institution_id,name,ministry,type,state,district,latitude,longitude\n"
            + "I90001,Kolej Komuniti Ujian,KPT,KOLEJ_KOMUNITI,Johor,Muar,2.04,102.57\n"
            + "I90002,Politeknik Salah,KPM,POLITEKNIK,Johor,Muar,,\n"
        var csvHeaders = fixture.headers("agency")
        csvHeaders[.contentType] = "text/csv"
        let headers = csvHeaders
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/institutions", method: .post, headers: headers, body: ByteBuffer(string: csv)) { response in
                #expect(response.status == .unprocessableContent)
                let errors = response.envelope.data["errors"]!.items
                #expect(errors.count == 1 && errors[0]["line"] == 3 && errors[0]["field"] == "ministry")
            }
        }
    }

    @Test func writesNeedTheRightRoleAndEmployersPostOnlyTheirOwn() async throws {
        let fixture = try ServerFixture()
        let own = "[" + Self.vacancy("V9200001", employer: fixture.employerID) + "]"
        let other = "[" + Self.vacancy("V9200002", employer: fixture.otherEmployerID) + "]"
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("employer"), body: ByteBuffer(string: own)) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("employer"), body: ByteBuffer(string: other)) {
                response in
                #expect(response.status == .unprocessableContent)
                #expect(response.envelope.data["errors"]!.items.first?["field"] == "employer_id")
            }
            for (user, status) in [("analyst", HTTPResponse.Status.forbidden), ("graduate", .forbidden), ("admin", .forbidden)] {
                try await client.execute(uri: "/api/v1/students", method: .post, headers: fixture.headers(user), body: ByteBuffer(string: "[]")) {
                    #expect($0.status == status, "\(user)")
                }
            }
            try await client.execute(uri: "/api/v1/students", method: .post, body: ByteBuffer(string: "[]")) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func applicantsSubmitOnlyTheirOwnApplications() async throws {
        let fixture = try ServerFixture()
        let login = #"{"no_ic": "\#(fixture.applicantMyKad)", "password": "\#(fixture.applicantPassword)"}"#
        let programme = fixture.services.data.engine.snapshot.table("programmes")!.value(row: 0, column: "programme_id")!.description
        @Sendable func application(_ id: String, myKad: String, status: String = "SUBMITTED") -> String {
            #"[{"application_id": "\#(id)", "no_ic": "\#(myKad)", "name": "Nur Aina binti Ali", "intake": 2027, "programme_id": "\#(programme)", "choice": 1, "status": "\#(status)", "submitted_on": "2026-11-01"}]"#
        }
        try await fixture.test { client in
            let token = try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: ByteBuffer(string: login)) { response in
                if case .string(let token) = response.envelope.data["token"] ?? .null { return token }
                return ""
            }
            let bearer: HTTPFields = [.authorization: "Bearer \(token)"]
            try await client.execute(
                uri: "/api/v1/uptvet/applications", method: .post, headers: bearer,
                body: ByteBuffer(string: application("A9000001", myKad: fixture.applicantMyKad))
            ) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.message == "Data accepted")
            }
            try await client.execute(
                uri: "/api/v1/uptvet/applications", method: .post, headers: bearer,
                body: ByteBuffer(string: application("A9000002", myKad: "040404104044"))
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(!String(buffer: response.body).contains("040404104044"))
            }
            try await client.execute(
                uri: "/api/v1/uptvet/applications", method: .post, headers: bearer,
                body: ByteBuffer(string: application("A9000003", myKad: fixture.applicantMyKad, status: "ACCEPTED"))
            ) { #expect($0.status == .unprocessableContent) }
        }
    }
}
