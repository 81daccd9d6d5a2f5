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

/// The same attack on every dataset whose records belong to someone, by every caller who owns records of their own,
/// through every write path that caller has: the stored record, read back whole, is unchanged.
@Suite struct TakeoverTests {
    /// How an attacker changes someone else's record: moves it to themselves where the owner is not the key, and
    /// changes a field so that an accepted write would show.
    static func takeOver(_ record: [String: JSONValue], of dataset: DatasetSchema, by fixture: ServerFixture, studentID: String) -> [String: JSONValue] {
        var record = record
        switch dataset {
        case .employers: record["name"] = "Taken over"
        case .vacancies:
            record["employer_id"] = .string(fixture.employerID)
            record["title"] = "Taken over"
        case .applications: record["no_ic"] = .string(fixture.applicantMyKad)
        case .graduates: record["willing_to_relocate"] = .bool(record["willing_to_relocate"] != .bool(true))
        case .students: record["name"] = "Taken over"
        case .certificates: record["student_id"] = .string(studentID)
        default: break
        }
        return record
    }

    /// A record as a CSV body with a header row (lists joined by `;`, null as an empty field).
    static func csv(_ record: [String: JSONValue], of dataset: DatasetSchema) -> String {
        func field(_ value: JSONValue?) -> String {
            switch value {
            case .string(let text)?: return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            case .number(let number)?: return number == number.rounded() ? String(Int64(number)) : String(number)
            case .bool(let flag)?: return flag ? "true" : "false"
            case .array(let items)?: return items.compactMap(\.text).joined(separator: ";")
            default: return ""
            }
        }
        return dataset.columnNames.joined(separator: ",") + "\n" + dataset.columns.map { field(record[$0.name]) }.joined(separator: ",") + "\n"
    }

    @Test func nobodyTakesOverAnotherOwnersRecordThroughAnyWritePath() async throws {
        let fixture = try ServerFixture()
        let owned = TVETSchema.datasets.filter { $0.ownerColumn != nil }
        #expect(owned.map(\.name).sorted() == ["applications", "certificates", "employers", "graduates", "students", "vacancies"])
        let studentID = try #require(try OwnershipTests.stored(fixture, .graduates, fixture.graduateID, "student_id").store)
        try await fixture.test { client in
            let token = try await OwnershipTests().applicantToken(fixture, client)
            let callers: [(String, HTTPFields)] = [("employer", fixture.headers("employer")), ("graduate", fixture.headers("graduate")), ("applicant", token)]
            for dataset in owned {
                let ownerColumn = dataset.ownerColumn!.column.name
                // A record that belongs to none of the callers.
                let id = OwnershipTests.firstRecord(fixture, dataset, where: ownerColumn) { owner in
                    ![fixture.employerID, fixture.graduateID, studentID, fixture.applicantMyKad].contains(owner ?? "")
                }
                let read = { () async throws -> JSONValue in
                    try await client.execute(uri: "/api/v1/\(dataset.name)/\(id)", method: .get, headers: fixture.headers("controller")) {
                        $0.envelope.data
                    }
                }
                let before = try await read()
                guard case .object(let fields) = before else { Issue.record("\(dataset.name)/\(id) unreadable"); continue }
                let attack = Self.takeOver(fields, of: dataset, by: fixture, studentID: studentID)
                let json = String(decoding: try JSONEncoder().encode(JSONValue.array([.object(attack)])), as: UTF8.self)
                let patch = String(decoding: try JSONEncoder().encode(JSONValue.object(attack.filter { $0.key != dataset.primaryKey.name })), as: UTF8.self)
                for (name, credential) in callers {
                    var csvHeaders = credential
                    csvHeaders[.contentType] = "text/csv"
                    var paths: [(String, HTTPRequest.Method, HTTPFields, String)] = [
                        ("/api/v1/\(dataset.name)", .post, credential, json), ("/api/v1/\(dataset.name)", .post, csvHeaders, Self.csv(attack, of: dataset)),
                        ("/api/v1/\(dataset.name)/\(id)", .patch, credential, patch),
                    ]
                    if dataset == .applications {
                        paths += [("/api/v1/uptvet/applications", .post, credential, json), ("/api/v1/uptvet/applications", .post, csvHeaders, Self.csv(attack, of: dataset))]
                    }
                    for (uri, method, headers, body) in paths {
                        try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: body)) { response in
                            let where_ = "\(name): \(method) \(uri) (\(headers[.contentType] ?? "json"))"
                            #expect([.forbidden, .notFound, .unprocessableContent].contains(response.status), "\(where_): \(response.status)")
                            if response.status == .unprocessableContent {
                                // Refused for whose record it is, not for a broken value.
                                let fields = Set(response.envelope.data["errors"]!.items.compactMap { $0["field"]?.text })
                                #expect(!fields.isEmpty && fields.isSubset(of: [dataset.primaryKey.name, ownerColumn, "status"]), "\(where_): \(fields)")
                            }
                        }
                    }
                }
                #expect(try await read() == before, "\(dataset.name)/\(id) changed")
            }
        }
    }
}
