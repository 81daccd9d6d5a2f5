import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import TestSupport
import Testing

/// Volume that would bend the national figures is refused per record like any other broken rule (422, every record
/// named by index and field), and nothing stored changes: a second application of one person for one programme and
/// intake, and more openings than the posting employer's size allows.
@Suite struct PlausibleBatchTests {
    static func application(_ id: String, programme: String, noIC: String = "010101101235") -> String {
        """
        {"application_id": "\(id)", "no_ic": "\(noIC)", "name": "Nur Aina binti Hassan", "intake": 2026, \
        "programme_id": "\(programme)", "choice": 1, "status": "SUBMITTED", "submitted_on": "2025-11-02"}
        """
    }

    @Test func aRepeatedApplicationInTheBatchOrInTheStoreIsRefusedNamingItsRecordAndField() async throws {
        let fixture = try ServerFixture()
        let programme = try #require(fixture.services.data.engine.snapshot.table("programmes")?.text("programme_id", row: 0))
        let before = try fixture.services.data.store.rowCounts()["applications"]
        try await fixture.test { client in
            let repeated = "[" + Self.application("A9900001", programme: programme) + "," + Self.application("A9900002", programme: programme) + "]"
            try await client.execute(
                uri: "/api/v1/applications", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: repeated)
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.header("UXP-FaultCode") == "Client.RuleBroken")
                let errors = response.envelope.data["errors"]!.items
                #expect(errors.count == 1)
                #expect(errors.first?["index"] == 1 && errors.first?["field"] == "no_ic")
                #expect(errors.first?["reason"]?.text?.contains("one application per person, programme and intake") == true)
                #expect(!String(buffer: response.body).contains("010101101235"))
            }
            #expect(try fixture.services.data.store.rowCounts()["applications"] == before)
            let first = "[" + Self.application("A9900001", programme: programme) + "]"
            try await client.execute(
                uri: "/api/v1/applications", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: first)
            ) { #expect($0.status == .ok) }
            let again = "[" + Self.application("A9900003", programme: programme) + "]"
            try await client.execute(
                uri: "/api/v1/applications", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: again)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let errors = response.envelope.data["errors"]!.items
                #expect(errors.first?["index"] == 0 && errors.first?["field"] == "no_ic")
                #expect(errors.first?["reason"]?.text?.contains("already has an application stored") == true)
            }
        }
    }

    @Test func aMicroEmployerCannotPostAVacancyWithMoreOpeningsThanItsSizeAllows() async throws {
        let fixture = try ServerFixture()
        let employer = #"[{"employer_id": "E9900001", "name": "Kedai Runcit Ujian", "ssm_no": "202401012345", "msic_section": "G", "state": "Johor", "size": "MICRO"}]"#
        let vacancies = "[" + IngestionTests.vacancy("V9900001", employer: "E9900001", extra: ["openings": "5"]) + ","
            + IngestionTests.vacancy("V9900002", employer: "E9900001", extra: ["openings": "6"]) + "]"
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/v1/employers", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: employer)
            ) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("controller"), body: ByteBuffer(string: vacancies)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let errors = response.envelope.data["errors"]!.items
                #expect(errors.map { "\($0["index"]?.int ?? -1)|\($0["field"]?.text ?? "")" } == ["1|openings"])
            }
            try await client.execute(uri: "/api/v1/vacancies/V9900001", method: .get) { #expect($0.status == .notFound) }
        }
    }
}
