import Columnar
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Matching
import Server
import Store
import TVET
import Testing

/// CONTRACT 3.6 over HTTP: who may rank what, hard rules on what comes back, pseudonyms for employers, and
/// invitations that reveal a candidate only once they accept.
@Suite struct MatchingAPITests {
    let fixture: ServerFixture
    init() throws { fixture = try SharedFixture.get() }

    var snapshot: Catalog { fixture.services.data.engine.snapshot }

    func apiKeyHeaders(_ key: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[HTTPField.Name("X-API-Key")!] = key
        return fields
    }

    /// A new user of `roles` tied to a record, and its key.
    func user(_ roles: Set<Role>, category: UserCategory, employer: String? = nil, graduate: String? = nil) throws -> HTTPFields {
        let name = "match-\(UUID().uuidString.prefix(8))"
        let key = try fixture.services.data.store.addUser(
            NewUser(name: name, category: category, roles: roles, employerID: employer, graduateID: graduate)).apiKey
        return apiKeyHeaders(key)
    }

    /// The first vacancy still open today, and its employer.
    func openVacancy() throws -> (id: String, employer: String) {
        let vacancies = try #require(snapshot.table("vacancies"))
        let today = Int32(CivilDate.today().daysSinceEpoch)
        for row in 0..<vacancies.rowCount {
            if case .date(let closes) = vacancies.value(row: row, column: "closes_on"), closes >= today,
                case .string(let id) = vacancies.value(row: row, column: "vacancy_id"),
                case .string(let employer) = vacancies.value(row: row, column: "employer_id")
            {
                return (id, employer)
            }
        }
        throw CancellationError()
    }

    func hits(_ response: TestResponse) -> [JSONValue] { response.envelope.data["items"]?.items ?? [] }

    @Test func anyoneMatchesAnAdHocProfileAndNoClosedOrTooHighVacancyComesBack() async throws {
        let body = #"{"skills": ["ELE002", "ELE003", "ELE004"], "field": "ELECTRICAL", "level": 2, "state": "Johor"}"#
        let vacancies = try #require(snapshot.table("vacancies"))
        let today = Int32(CivilDate.today().daysSinceEpoch)
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/match/jobs?k=20", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let hits = hits(response)
                #expect(!hits.isEmpty && hits.count <= 20)
                for hit in hits {
                    #expect(hit.keys.isSuperset(of: ["id", "score", "components", "matched_skills", "missing_skills"]))
                    let row = try #require(vacancies.row(forKey: hit["id"]?.text ?? ""))
                    if case .date(let closes) = vacancies.value(row: row, column: "closes_on") { #expect(closes >= today) }
                    if case .int(let minLevel) = vacancies.value(row: row, column: "min_level") { #expect(minLevel <= 2) }
                }
            }
            try await client.execute(
                uri: "/api/v1/match/jobs", method: .post, body: ByteBuffer(string: #"{"skills": ["NOPE999"]}"#)
            ) { response in
                #expect(response.status == .badRequest)
                #expect(response.envelope.message.contains("NOPE999"))
            }
        }
    }

    @Test func aGraduateMatchesOnlyThemselvesAndTheRankingIsTheLibrarys() async throws {
        let expected = try fixture.services.matching.index().jobs(forGraduate: fixture.graduateID, k: 5, today: .today())
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/v1/match/jobs?graduate_id=\(fixture.graduateID)&k=5", method: .get, headers: fixture.headers("graduate")
            ) { response in
                #expect(response.status == .ok)
                #expect(hits(response).map { $0["id"]?.text } == expected.map(\.id))
            }
            try await client.execute(
                uri: "/api/v1/match/jobs?graduate_id=\(fixture.otherGraduateID)", method: .get, headers: fixture.headers("graduate")
            ) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/v1/match/jobs?graduate_id=\(fixture.graduateID)", method: .get) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(
                uri: "/api/v1/match/jobs?graduate_id=\(fixture.otherGraduateID)&mode=study", method: .get, headers: fixture.headers("analyst")
            ) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/api/v1/match/jobs?graduate_id=\(fixture.graduateID)&k=0", method: .get, headers: fixture.headers("graduate")
            ) { #expect($0.status == .badRequest) }
        }
    }

    @Test func employersSeeStablePseudonymsForTheirOwnVacanciesOnly() async throws {
        let vacancy = try openVacancy()
        let employer = try user([.employer], category: .g2b, employer: vacancy.employer)
        let stranger = try user([.employer], category: .g2b, employer: vacancy.employer == "E000001" ? "E000002" : "E000001")
        let graduates = try #require(snapshot.table("graduates"))
        try await fixture.test { client in
            var analystIDs: [String] = []
            try await client.execute(
                uri: "/api/v1/match/candidates?vacancy_id=\(vacancy.id)&k=10", method: .get, headers: fixture.headers("analyst")
            ) { response in
                #expect(response.status == .ok)
                analystIDs = hits(response).compactMap { $0["id"]?.text }
            }
            #expect(!analystIDs.isEmpty)
            for id in analystIDs {
                let row = try #require(graduates.row(forKey: id))
                #expect(graduates.value(row: row, column: "open_to_matching") == .bool(true))
            }
            var pseudonyms: [String] = []
            for _ in 0..<2 {
                try await client.execute(
                    uri: "/api/v1/match/candidates?vacancy_id=\(vacancy.id)&k=10", method: .get, headers: employer
                ) { response in
                    #expect(response.status == .ok)
                    let ids = hits(response).compactMap { $0["id"]?.text }
                    #expect(pseudonyms.isEmpty || ids == pseudonyms)
                    pseudonyms = ids
                }
            }
            #expect(pseudonyms.count == analystIDs.count)
            #expect(pseudonyms.allSatisfy { $0.hasPrefix("cand_") } && Set(pseudonyms).isDisjoint(with: analystIDs))
            try await client.execute(uri: "/api/v1/match/candidates?vacancy_id=\(vacancy.id)", method: .get, headers: stranger) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/match/candidates?vacancy_id=\(vacancy.id)", method: .get, headers: fixture.headers("graduate")) {
                #expect($0.status == .forbidden)
            }
        }
    }

    @Test func anInvitationRevealsTheCandidateOnlyOnceTheyAccept() async throws {
        let vacancy = try openVacancy()
        let employer = try user([.employer], category: .g2b, employer: vacancy.employer)
        let stranger = try user([.employer], category: .g2b, employer: vacancy.employer == "E000001" ? "E000002" : "E000001")
        let top = try #require(try fixture.services.matching.index().candidates(forVacancy: vacancy.id, k: 1).first)
        let graduate = try user([.graduate], category: .g2c, graduate: top.id)
        try await fixture.test { client in
            var pseudonym = ""
            try await client.execute(uri: "/api/v1/match/candidates?vacancy_id=\(vacancy.id)&k=1", method: .get, headers: employer) {
                pseudonym = hits($0).first?["id"]?.text ?? ""
            }
            let body = #"{"candidate": "\#(pseudonym)", "vacancy_id": "\#(vacancy.id)", "message": "Jemputan temu duga"}"#
            try await client.execute(uri: "/api/v1/match/invitations", method: .post, headers: stranger, body: ByteBuffer(string: body)) {
                #expect($0.status == .notFound)
            }
            var invitation = 0
            try await client.execute(uri: "/api/v1/match/invitations", method: .post, headers: employer, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                #expect(response.envelope.data["candidate"]?.text == pseudonym)
                #expect(response.envelope.data["graduate_id"] == nil)
                invitation = response.envelope.data["id"]?.int ?? 0
            }
            try await client.execute(uri: "/api/v1/match/invitations", method: .get, headers: graduate) { response in
                let mine = response.envelope.data["items"]?.items ?? []
                #expect(mine.contains { $0["id"]?.int == invitation && $0["status"]?.text == "PENDING" })
            }
            try await client.execute(uri: "/api/v1/match/invitations/\(invitation)/accept", method: .post, headers: fixture.headers("graduate")) {
                #expect($0.status == .notFound)
            }
            // The contact they keep for employers is theirs alone.
            let contact = #"{"email": "calon@contoh.com.my", "phone": "+60 12-345 6789"}"#
            try await client.execute(uri: "/api/v1/graduates/\(top.id)/contact", method: .put, headers: graduate, body: ByteBuffer(string: contact)) {
                #expect($0.status == .ok)
            }
            for other in [fixture.headers("graduate"), employer, fixture.headers("controller")] {
                try await client.execute(uri: "/api/v1/graduates/\(top.id)/contact", method: .get, headers: other) { #expect($0.status == .notFound) }
            }
            try await client.execute(
                uri: "/api/v1/graduates/\(top.id)/contact", method: .put, headers: graduate, body: ByteBuffer(string: #"{"email": "bukan alamat"}"#)
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(!response.envelope.message.contains("bukan alamat"))
            }
            try await client.execute(uri: "/api/v1/match/invitations", method: .get, headers: employer) { response in
                let sent = response.envelope.data["items"]?.items ?? []
                #expect(sent.contains { $0["id"]?.int == invitation && $0["contact"] == nil && $0["graduate_id"] == nil })
            }
            try await client.execute(
                uri: "/api/v1/match/invitations/\(invitation)/accept", method: .post, headers: graduate, body: ByteBuffer(string: #"{"share": ["email"]}"#)
            ) {
                #expect($0.envelope.data["status"]?.text == "ACCEPTED")
                #expect($0.envelope.data["shared"] == ["email"])
            }
            // A decided invitation is not decided again, either way.
            for verb in ["decline", "accept"] {
                try await client.execute(uri: "/api/v1/match/invitations/\(invitation)/\(verb)", method: .post, headers: graduate) { response in
                    #expect(response.status == .conflict)
                    #expect(response.envelope.message.contains("accepted already"))
                }
            }
            try await client.execute(uri: "/api/v1/match/invitations", method: .get, headers: employer) { response in
                let sent = response.envelope.data["items"]?.items ?? []
                let mine = sent.first { $0["id"]?.int == invitation }
                #expect(mine?["graduate_id"]?.text == top.id && mine?["status"]?.text == "ACCEPTED")
                // Only what the graduate chose to share.
                #expect(mine?["contact"]?["email"]?.text == "calon@contoh.com.my")
                #expect(mine?["contact"]?["phone"] == nil)
            }
        }
    }

    @Test func theFairnessAuditIsForAnalysts() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/match/audit?sample=20&k=5", method: .get, headers: fixture.headers("analyst")) { response in
                #expect(response.status == .ok)
                #expect(!response.envelope.data.keys.isEmpty)
            }
            try await client.execute(uri: "/api/v1/match/audit", method: .get, headers: fixture.headers("employer")) {
                #expect($0.status == .forbidden)
            }
        }
    }

    @Test func aVacancyPostedThroughTheAPIIsRankableAtOnce() async throws {
        let fresh = try ServerFixture()
        let employer = fresh.employerID
        let today = CivilDate.today()
        let csv = """
            vacancy_id,employer_id,title,masco_code,field,min_level,essential_skills,optional_skills,state,salary_min,salary_max,openings,posted_on,closes_on
            VNEW0001,\(employer),Juruelektrik,7411,ELECTRICAL,1,ELE002;ELE003;ELE004,,Perlis,1800,2400,2,\(today),\(today.adding(days: 30))

            """
        let profile = #"{"skills": ["ELE002", "ELE003", "ELE004"], "field": "ELECTRICAL", "level": 3, "state": "Perlis"}"#
        try await fresh.test { client in
            var headers = fresh.headers("employer")
            headers[.contentType] = "text/csv"
            try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: headers, body: ByteBuffer(string: csv)) {
                #expect($0.status == .ok || $0.status == .created, "\(String(buffer: $0.body))")
            }
            try await client.execute(uri: "/api/v1/match/jobs?k=1", method: .post, body: ByteBuffer(string: profile)) { response in
                #expect(hits(response).first?["id"]?.text == "VNEW0001")
            }
        }
    }
}
