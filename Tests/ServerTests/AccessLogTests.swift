import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ServerTestSupport
import Store
import TestSupport
import Testing

@testable import Server

/// PDPA's access principle: a person sees who read their records with personal data, and when, from the audit
/// trail; reads that released no personal data and their own reads are not listed; nobody else sees the list.
@Suite struct AccessLogTests {
    @Test func aGraduateSeesWhoReadTheirPersonalRecords() async throws {
        let fixture = try ServerFixture()
        let graduates = try #require(fixture.services.data.engine.snapshot.table("graduates"))
        let student = try #require(graduates.row(forKey: fixture.graduateID).flatMap { graduates.text("student_id", row: $0) })
        let uxp: [(HTTPField.Name, String)] = [(HTTPField.Name("UXP-client")!, "MYGDX/GOV/JTM/SISTEM")]
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/students/\(student)", method: .get, headers: fixture.headers("controller")) {
                #expect($0.status == .ok && String(buffer: $0.body).contains("no_ic"))
            }
            try await client.execute(uri: "/api/v1/students?limit=1000", method: .get, headers: fixture.headers("agency", uxp)) { response in
                #expect(response.status == .ok && String(buffer: response.body).contains(student))
            }
            // No personal data released: the analyst's columns leave it out.
            try await client.execute(uri: "/api/v1/students/\(student)", method: .get, headers: fixture.headers("analyst")) { response in
                #expect(response.status == .ok && !String(buffer: response.body).contains("no_ic"))
            }
            // The graduate's own read is theirs.
            try await client.execute(uri: "/api/v1/students/\(student)", method: .get, headers: fixture.headers("graduate")) { #expect($0.status == .ok) }
            await fixture.services.recorder.flush()
            let items = try await client.execute(uri: "/api/v1/me/personal-reads", method: .get, headers: fixture.headers("graduate")) { response in
                #expect(response.status == .ok)
                return response.envelope.data["items"]?.items ?? []
            }
            #expect(items.count == 2, "\(items)")
            #expect(items.allSatisfy { $0["dataset"] == "students" && $0["record_id"]?.text == student })
            #expect(items.first?["roles"] == "AGENCY_SYSTEM" && items.first?["agency"] == "JTM" && items.first?["uxp_client"] == "MYGDX/GOV/JTM/SISTEM")
            #expect(items.last?["roles"] == "DATA_CONTROLLER" && items.last?["agency"] == "KPT" && items.last?["category"] == "G2G")
            // Another person's list holds none of these; only people in the data have one.
            try await client.execute(uri: "/api/v1/me/personal-reads", method: .get, headers: fixture.headers("applicant")) { response in
                #expect(response.status == .ok && response.envelope.data["items"]?.items.isEmpty == true)
            }
            for (label, status) in [(nil, HTTPResponse.Status.unauthorized), ("employer", .forbidden), ("controller", .forbidden), ("admin", .forbidden)] {
                try await client.execute(uri: "/api/v1/me/personal-reads", method: .get, headers: fixture.headers(label)) { #expect($0.status == status) }
            }
            // The graduate's page shows the same reads, in words.
            _ = try fixture.services.data.store.addUser(
                NewUser(name: "graduan-baca", category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
            let jar = try await PageClient.signIn(client, login: "graduan-baca", password: "kata-laluan-graduan")
            try await client.execute(uri: "/graduate?lang=en", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && html.contains("Who read your personal data"))
                #expect(html.components(separatedBy: "data-read-dataset=\"students\"").count - 1 == 2)
                #expect(html.contains("Agency system (JTM)") && html.contains("Data controller (KPT)") && !html.contains("AGENCY_SYSTEM"))
            }
        }
    }
}
