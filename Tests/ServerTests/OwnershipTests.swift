import Columnar
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import TVET
import ServerTestSupport
import TestSupport
import Testing

/// Nobody takes over another's record: for every dataset whose records belong to someone, every write path (JSON,
/// CSV, UP_TVET, amendments) is tried with someone else's id, and the stored record is found unchanged — in the
/// engine and in the store.
@Suite struct OwnershipTests {
    /// A stored record's column, in the engine and in the store file (they must agree).
    static func stored(_ fixture: ServerFixture, _ dataset: DatasetSchema, _ id: String, _ column: String) throws -> (engine: String?, store: String?) {
        let table = fixture.services.data.engine.snapshot.table(dataset.name)!
        let engine = table.row(forKey: id).flatMap { table.text(column, row: $0) }
        let store = try DatabaseQueue(path: fixture.storePath).read { db in
            try String.fetchOne(db, sql: "SELECT CAST(\"\(column)\" AS TEXT) FROM \"\(dataset.name)\" WHERE \"\(dataset.primaryKey.name)\" = ?", arguments: [id])
        }
        return (engine, store)
    }

    /// The first stored record of a dataset whose column satisfies `test`.
    static func firstRecord(_ fixture: ServerFixture, _ dataset: DatasetSchema, where column: String, _ test: (String?) -> Bool) -> String {
        let table = fixture.services.data.engine.snapshot.table(dataset.name)!
        let row = (0..<table.rowCount).first { test(table.text(column, row: $0)) }!
        return table.text(dataset.primaryKey.name, row: row)!
    }

    static func csv(_ headers: HTTPFields) -> HTTPFields {
        var headers = headers
        headers[.contentType] = "text/csv"
        return headers
    }

    @Test func anEmployerCannotReplaceAnotherEmployersVacancyByJSONOrCSV() async throws {
        let fixture = try ServerFixture()
        let theirs = Self.firstRecord(fixture, .vacancies, where: "employer_id") { $0 != fixture.employerID }
        let before = try Self.stored(fixture, .vacancies, theirs, "title")
        let json = "[" + IngestionTests.vacancy(theirs, employer: fixture.employerID, extra: ["title": "\"Taken over\""]) + "]"
        let csv = "vacancy_id,employer_id,title,masco_code,field,min_level,essential_skills,optional_skills,state,salary_min,salary_max,openings,posted_on,closes_on\n"
            + "\(theirs),\(fixture.employerID),Taken over,7411,ELECTRICAL,3,ELE001;ELE002,,Selangor,1800,2400,1,2026-11-20,2026-12-31\n"
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("employer"), body: ByteBuffer(string: json)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.envelope.data["errors"]!.items.first?["field"] == "vacancy_id")
                #expect(response.envelope.message.contains("Nothing was stored"))
            }
            try await client.execute(
                uri: "/api/v1/vacancies", method: .post, headers: Self.csv(fixture.headers("employer")), body: ByteBuffer(string: csv)
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.envelope.data["errors"]!.items.first?["line"] == 2)
            }
            // Its own vacancy it may replace.
            let mine = Self.firstRecord(fixture, .vacancies, where: "employer_id") { $0 == fixture.employerID }
            let own = "[" + IngestionTests.vacancy(mine, employer: fixture.employerID, extra: ["title": "\"Juruteknik\""]) + "]"
            try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("employer"), body: ByteBuffer(string: own)) {
                #expect($0.status == .ok)
            }
            #expect(try Self.stored(fixture, .vacancies, mine, "title") == ("Juruteknik", "Juruteknik"))
        }
        let after = try Self.stored(fixture, .vacancies, theirs, "title")
        #expect(after == before && after.engine != "Taken over")
        #expect(try Self.stored(fixture, .vacancies, theirs, "employer_id").store != fixture.employerID)
    }

    static func application(_ id: String, myKad: String, programme: String, status: String = "SUBMITTED") -> String {
        #"{"application_id": "\#(id)", "no_ic": "\#(myKad)", "name": "Pemohon Ujian", "intake": 2026, "programme_id": "\#(programme)", "#
            + #""choice": 1, "status": "\#(status)", "submitted_on": "2026-11-01"}"#
    }

    func applicantToken(_ fixture: ServerFixture, _ client: any TestClientProtocol) async throws -> HTTPFields {
        let body = #"{"no_ic": "\#(fixture.applicantMyKad)", "password": "\#(fixture.applicantPassword)"}"#
        let token = try await client.execute(uri: "/api/v1/uptvet/login", method: .post, body: ByteBuffer(string: body)) {
            $0.envelope.data["token"]!.text!
        }
        return [.authorization: "Bearer \(token)"]
    }

    @Test func anApplicantCannotReplaceAnotherPersonsApplicationThroughAnyPath() async throws {
        let fixture = try ServerFixture()
        let theirs = Self.firstRecord(fixture, .applications, where: "status") { $0 == "ACCEPTED" }
        let programme = Self.firstRecord(fixture, .programmes, where: "programme_id") { $0 != nil }
        let before = try Self.stored(fixture, .applications, theirs, "status")
        let json = "[" + Self.application(theirs, myKad: fixture.applicantMyKad, programme: programme) + "]"
        let csv = "application_id,no_ic,name,intake,programme_id,choice,status,submitted_on\n"
            + "\(theirs),\(fixture.applicantMyKad),Pemohon Ujian,2026,\(programme),1,SUBMITTED,2026-11-01\n"
        try await fixture.test { client in
            let bearer = try await applicantToken(fixture, client)
            for (uri, headers, body) in [
                ("/api/v1/uptvet/applications", bearer, json), ("/api/v1/applications", bearer, json),
                ("/api/v1/applications", Self.csv(bearer), csv), ("/api/v1/uptvet/applications", Self.csv(bearer), csv),
            ] {
                try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .unprocessableContent, "\(uri)")
                    let errors = response.envelope.data["errors"]!.items
                    #expect(errors.contains { $0["field"] == "application_id" }, "\(uri): \(errors)")
                    #expect(!String(buffer: response.body).contains(fixture.applicantMyKad))
                }
            }
            // Their own: added, replaced while SUBMITTED, and frozen once the agency has decided it.
            let own = "[" + Self.application("A9900001", myKad: fixture.applicantMyKad, programme: programme) + "]"
            try await client.execute(uri: "/api/v1/uptvet/applications", method: .post, headers: bearer, body: ByteBuffer(string: own)) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/uptvet/applications", method: .post, headers: bearer, body: ByteBuffer(string: own)) {
                #expect($0.status == .ok)
            }
            let decided = "[" + Self.application("A9900001", myKad: fixture.applicantMyKad, programme: programme, status: "OFFERED") + "]"
            try await client.execute(uri: "/api/v1/applications", method: .post, headers: fixture.headers("agency"), body: ByteBuffer(string: decided)) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/uptvet/applications", method: .post, headers: bearer, body: ByteBuffer(string: own)) { response in
                #expect(response.status == .conflict)
                #expect(response.envelope.message.contains("decided"))
            }
            // The applicant lists exactly their own applications.
            try await client.execute(uri: "/api/v1/applications", method: .get, headers: bearer) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.data["items"]!.items.map { $0["application_id"]?.text } == ["A9900001"])
                #expect(response.envelope.data["items"]!.items.first?["status"] == "OFFERED")
            }
        }
        #expect(try Self.stored(fixture, .applications, theirs, "status") == before)
        #expect(try Self.stored(fixture, .applications, theirs, "no_ic").store != fixture.applicantMyKad)
    }

    @Test func aGraduateChangesOnlyTheirOwnSkillsAndNothingElse() async throws {
        let fixture = try ServerFixture()
        let skillsBefore = try Self.stored(fixture, .graduates, fixture.otherGraduateID, "skills")
        let statusBefore = try Self.stored(fixture, .graduates, fixture.graduateID, "status")
        try await fixture.test { client in
            let graduate = fixture.headers("graduate")
            // Someone else's record, by amendment or by batch: not found, or not theirs to write.
            try await client.execute(
                uri: "/api/v1/graduates/\(fixture.otherGraduateID)", method: .patch, headers: graduate,
                body: ByteBuffer(string: #"{"skills": ["ELE001"]}"#)
            ) { #expect($0.status == .notFound) }
            let batch = #"[{"graduate_id": "\#(fixture.otherGraduateID)", "skills": ["ELE001"]}]"#
            try await client.execute(uri: "/api/v1/graduates", method: .post, headers: graduate, body: ByteBuffer(string: batch)) {
                #expect($0.status == .forbidden)
            }
            // Their own: skills and open_to_matching, but not their status.
            try await client.execute(
                uri: "/api/v1/graduates/\(fixture.graduateID)", method: .patch, headers: graduate,
                body: ByteBuffer(string: #"{"skills": ["ELE001", "ELE002"], "open_to_matching": true}"#)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.envelope.message == "Data accepted")
            }
            try await client.execute(
                uri: "/api/v1/graduates/\(fixture.graduateID)", method: .patch, headers: graduate,
                body: ByteBuffer(string: #"{"status": "EMPLOYED"}"#)
            ) { response in
                #expect(response.status == .forbidden)
                #expect(response.envelope.message.contains("skills and open_to_matching"))
            }
            try await client.execute(
                uri: "/api/v1/graduates/\(fixture.graduateID)", method: .patch, headers: graduate, body: ByteBuffer(string: #"{"skils": []}"#)
            ) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/v1/graduates/\(fixture.graduateID)", method: .get, headers: graduate) { response in
                #expect(response.envelope.data["skills"] == ["ELE001", "ELE002"])
                #expect(response.envelope.data["open_to_matching"] == true)
            }
        }
        #expect(try Self.stored(fixture, .graduates, fixture.otherGraduateID, "skills") == skillsBefore)
        #expect(try Self.stored(fixture, .graduates, fixture.graduateID, "status") == statusBefore)
        #expect(try Self.stored(fixture, .graduates, fixture.graduateID, "skills").store == "ELE001;ELE002")
    }

    @Test func aStoredBatchIsInTheAuditTrailAtOnceAndARefusedReadNamesTheRecord() async throws {
        let fixture = try ServerFixture()
        let batch = "[" + IngestionTests.vacancy("V9800001", employer: fixture.employerID) + "]"
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/vacancies", method: .post, headers: fixture.headers("employer"), body: ByteBuffer(string: batch)) {
                #expect($0.status == .ok)
            }
            // Without waiting for the recorder: the entry was committed with the batch.
            let entries = try DatabaseQueue(path: fixture.storePath).read { db in
                try Row.fetchAll(db, sql: "SELECT action, outcome, dataset, actor FROM audit WHERE action = 'POST /api/v1/vacancies'")
            }
            #expect(entries.count == 1 && (entries.first?["outcome"] as String?) == "ALLOWED")
            try await client.execute(uri: "/api/v1/graduates/\(fixture.otherGraduateID)", method: .get, headers: fixture.headers("graduate")) {
                #expect($0.status == .notFound)
            }
        }
        await fixture.services.recorder.flush()
        let refused = try DatabaseQueue(path: fixture.storePath).read { db in
            try Row.fetchOne(db, sql: "SELECT dataset, record_id FROM audit WHERE outcome = 'REFUSED' AND status = 404")
        }
        #expect((refused?["dataset"] as String?) == "graduates" && (refused?["record_id"] as String?) == fixture.otherGraduateID)
        #expect(try fixture.services.data.store.verifyAudit().isIntact)
    }
}
