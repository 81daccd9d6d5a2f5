import Columnar
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import Store
import TVET
import TestSupport
import Testing

/// The pages (CONTRACT 3.9) through HTTP: language by choice and cookie, sign-in with sessions kept on the server,
/// CSRF on every form, and a graduate's own record through the same access policy as the API.
@Suite struct PagesTests {
    /// The cookies a browser would keep and send back.
    struct CookieJar {
        var cookies: [String: String] = [:]

        mutating func keep(_ response: TestResponse) {
            for header in response.headers[values: .setCookie] {
                let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { continue }
                if header.contains("Max-Age=0") || header.lowercased().contains("expires=thu, 01 jan 1970") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
            }
        }

        func headers(_ extra: HTTPFields = [:]) -> HTTPFields {
            var fields = extra
            if !cookies.isEmpty { fields[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
            return fields
        }

        static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    }

    static func setCookie(_ response: TestResponse, _ name: String) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }

    @Test func theHomePageSpeaksTheVisitorsLanguageAndShowsPublicFigures() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(html.contains("<html lang=\"ms\">") && html.contains("Angka utama negara"))
                #expect(html.contains("data-figure=\"graduates\""))
                #expect(!html.contains("open_vacancies<"))
            }
            var jar = CookieJar()
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                #expect(String(buffer: response.body).contains("<html lang=\"en\">"))
                #expect(Self.setCookie(response, "lang")?.hasPrefix("lang=en") == true)
                jar.keep(response)
            }
            // Remembered for this visitor only: their cookie, not a setting of the server.
            try await client.execute(uri: "/login", method: .get, headers: jar.headers()) { #expect(String(buffer: $0.body).contains("<html lang=\"en\">")) }
            try await client.execute(uri: "/login", method: .get) { #expect(String(buffer: $0.body).contains("<html lang=\"ms\">")) }
            try await client.execute(uri: "/?lang=fr", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/?yeer=2025", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/assets/site.css", method: .get) { #expect($0.headers[.contentType]?.hasPrefix("text/css") == true) }
        }
    }

    /// The CSRF token the page put in its form.
    static func csrf(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func body(_ fields: [String: String]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&"))
    }

    @Test func aGraduateSignsInSeesTheirOwnRecordAndSignsOut() async throws {
        let fixture = try SharedFixture.get()
        let name = "page-graduate-\(UUID().uuidString.prefix(6))"
        _ = try fixture.services.data.store.addUser(
            NewUser(name: name, category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
        try await fixture.test { client in
            var jar = CookieJar()
            var token = ""
            try await client.execute(uri: "/login", method: .get) { response in
                jar.keep(response)
                token = Self.csrf(String(buffer: response.body)) ?? ""
                #expect(Self.setCookie(response, "dataraya_csrf")?.contains("HttpOnly") == true)
            }
            // Without the form's token nothing happens.
            try await client.execute(
                uri: "/login", method: .post, headers: jar.headers(CookieJar.form),
                body: Self.body(["login": name, "password": "kata-laluan-graduan"])
            ) { response in
                #expect(response.status == .forbidden)
                #expect(Self.setCookie(response, "dataraya_session") == nil)
            }
            try await client.execute(
                uri: "/login", method: .post, headers: jar.headers(CookieJar.form),
                body: Self.body(["login": fixture.applicantMyKad, "password": "salah-sama-sekali", "csrf_token": token])
            ) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .unauthorized && html.contains("error-summary"))
                #expect(!html.contains(fixture.applicantMyKad))
                #expect(Self.setCookie(response, "dataraya_session") == nil)
            }
            try await client.execute(uri: "/graduate", method: .get, headers: jar.headers()) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/login")
            }
            try await client.execute(
                uri: "/login", method: .post, headers: jar.headers(CookieJar.form),
                body: Self.body(["login": name, "password": "kata-laluan-graduan", "csrf_token": token])
            ) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/graduate")
                let session = Self.setCookie(response, "dataraya_session") ?? ""
                #expect(session.contains("HttpOnly") && session.contains("SameSite=Lax"))
                // A new CSRF token comes with the new identity.
                #expect(Self.setCookie(response, "dataraya_csrf") != nil)
                jar.keep(response)
            }
            let signedIn = jar
            try await client.execute(uri: "/graduate?lang=en", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains("data-graduate-id=\"\(fixture.graduateID)\"") && html.contains(name))
                #expect(!html.contains(fixture.otherGraduateID))
                // Words, not codes.
                #expect(!html.contains(">EMPLOYED<") && !html.contains(">SELF_EMPLOYED<"))
                token = Self.csrf(html) ?? ""
            }
            try await client.execute(
                uri: "/logout", method: .post, headers: jar.headers(CookieJar.form), body: Self.body(["csrf_token": token])
            ) { response in
                #expect(response.status == .seeOther)
                jar.keep(response)
            }
            // The record page is in the audit trail like the API's reads.
            await fixture.services.recorder.flush()
            let audited = try await DatabaseQueue(path: fixture.storePath).read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE action = 'GET /graduate' AND record_id = ?", arguments: [fixture.graduateID])
            }
            #expect((audited ?? 0) >= 1)
            // The old cookie no longer works: the session ended on the server.
            try await client.execute(uri: "/graduate", method: .get, headers: signedIn.headers()) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/login")
            }
        }
    }

    /// Signs in through the form, as a browser does; the jar then holds the session and the new CSRF cookie.
    static func signIn(_ client: any TestClientProtocol, login: String, password: String) async throws -> CookieJar {
        var jar = CookieJar()
        let token = try await client.execute(uri: "/login", method: .get) { response in
            jar.keep(response)
            return csrf(String(buffer: response.body)) ?? ""
        }
        try await client.execute(
            uri: "/login", method: .post, headers: jar.headers(CookieJar.form),
            body: body(["login": login, "password": password, "csrf_token": token])
        ) { response in
            #expect(response.status == .seeOther)
            jar.keep(response)
        }
        return jar
    }

    /// The ids of the elements carrying `attribute`, in page order.
    static func ids(_ html: String, _ attribute: String) -> [String] {
        html.components(separatedBy: attribute + "=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test(arguments: ["", "?state=Selangor", "?mode=study&k=5", "?field=ELECTRICAL&min_salary=1500&state="])
    func theJobsPageListsTheAPIsRankingInItsOrder(_ query: String) async throws {
        let fixture = try SharedFixture.get()
        let name = "page-jobs-\(UUID().uuidString.prefix(6))"
        _ = try fixture.services.data.store.addUser(
            NewUser(name: name, category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
        try await fixture.test { client in
            let jar = try await Self.signIn(client, login: name, password: "kata-laluan-graduan")
            let separator = query.isEmpty ? "?" : "&"
            let apiQuery = query.replacingOccurrences(of: "&state=", with: "")
            let api = try await client.execute(
                uri: "/api/v1/match/jobs" + (apiQuery.isEmpty ? "?" : apiQuery + "&") + "graduate_id=\(fixture.graduateID)", method: .get,
                headers: fixture.headers("controller")
            ) { response in
                #expect(response.status == .ok)
                return response.envelope.data["items"]!.items.compactMap { $0["id"]?.text }
            }
            try await client.execute(uri: "/graduate/jobs" + query + separator + "lang=en", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(Self.ids(html, "data-vacancy-id") == api)
                #expect(!api.isEmpty || !query.isEmpty, "the graduate has jobs to rank")
                #expect(html.contains("How you match") && !html.contains("{{"))
            }
        }
        // Someone not signed in is sent to sign in.
        try await fixture.test { client in
            try await client.execute(uri: "/graduate/jobs", method: .get) { #expect($0.headers[.location] == "/login") }
        }
    }

    @Test func aGraduateAnswersAnInvitationOnceWithTheContactTheyChoose() async throws {
        let fixture = try ServerFixture()
        let store = fixture.services.data.store
        _ = try store.addUser(NewUser(name: "page-invited", category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
        try store.setContact(GraduateContact(email: "calon@contoh.com.my", phone: "+60 12-345 6789"), graduate: fixture.graduateID)
        let vacancy = OwnershipTests.firstRecord(fixture, .vacancies, where: "employer_id") { $0 == fixture.employerID }
        let invitation = try store.invite(employer: fixture.employerID, vacancy: vacancy, graduate: fixture.graduateID, message: "Temu duga minggu depan?")
        let other = try store.invite(employer: fixture.employerID, vacancy: vacancy, graduate: fixture.otherGraduateID, message: nil)
        try await fixture.test { client in
            var jar = try await Self.signIn(client, login: "page-invited", password: "kata-laluan-graduan")
            let token = try await client.execute(uri: "/graduate/invitations", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && Self.ids(html, "data-invitation-id") == [String(invitation.id)])
                #expect(html.contains("Temu duga minggu depan?"))
                return Self.csrf(html) ?? ""
            }
            // Without the form's token nothing changes.
            try await client.execute(
                uri: "/graduate/invitations/\(invitation.id)/accept", method: .post, headers: jar.headers(CookieJar.form),
                body: ByteBuffer(string: "share=email")
            ) { #expect($0.status == .forbidden) }
            #expect(try store.invitation(id: invitation.id)?.status == .pending)
            // Someone else's invitation answers as one that does not exist.
            try await client.execute(
                uri: "/graduate/invitations/\(other.id)/accept", method: .post, headers: jar.headers(CookieJar.form),
                body: ByteBuffer(string: "share=email&csrf_token=\(token)")
            ) { #expect($0.status == .notFound) }
            try await client.execute(
                uri: "/graduate/invitations/\(invitation.id)/accept", method: .post, headers: jar.headers(CookieJar.form),
                body: ByteBuffer(string: "share=email&csrf_token=\(token)")
            ) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/graduate/invitations")
                jar.keep(response)
            }
            #expect(try store.invitation(id: invitation.id)?.sharedFields == [.email])
            try await client.execute(
                uri: "/graduate/invitations/\(invitation.id)/decline", method: .post, headers: jar.headers(CookieJar.form),
                body: ByteBuffer(string: "csrf_token=\(token)")
            ) { response in
                #expect(response.status == .conflict)
                #expect(String(buffer: response.body).contains("accepted already"))
            }
        }
        #expect(try store.invitation(id: invitation.id)?.status == .accepted)
        #expect(try store.invitation(id: other.id)?.status == .pending)
    }

    @Test func aGraduateUpdatesTheirSkillsMatchingChoiceAndContactThroughTheForm() async throws {
        let fixture = try ServerFixture()
        let store = fixture.services.data.store
        _ = try store.addUser(NewUser(name: "page-profile", category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
        let before = try #require(try OwnershipTests.stored(fixture, .graduates, fixture.graduateID, "skills").store)
        let current = before.split(separator: ";").map(String.init)
        let added = try #require(fixture.services.data.taxonomy.skills.first { !current.contains($0.id) })
        try await fixture.test { client in
            let jar = try await Self.signIn(client, login: "page-profile", password: "kata-laluan-graduan")
            let token = try await client.execute(uri: "/graduate?lang=en", method: .get, headers: jar.headers()) { Self.csrf(String(buffer: $0.body)) ?? "" }
            let keep = current.dropFirst().map { "keep=\($0)" }.joined(separator: "&")
            func post(_ body: String) async throws -> TestResponse {
                try await client.execute(uri: "/graduate", method: .post, headers: jar.headers(CookieJar.form), body: ByteBuffer(string: body)) { $0 }
            }
            // Without the token, or with a bad e-mail address or an unknown skill, nothing changes.
            #expect(try await post(keep).status == .forbidden)
            let badEmail = try await post(keep + "&email=bukan+alamat&csrf_token=\(token)")
            #expect(badEmail.status == .unprocessableContent && String(buffer: badEmail.body).contains("error-summary"))
            #expect(try await post(keep + "&add_skill=Juggling+flaming+torches&csrf_token=\(token)").status == .unprocessableContent)
            #expect(try OwnershipTests.stored(fixture, .graduates, fixture.graduateID, "skills").store == before)
            let name = added.name.en.replacingOccurrences(of: " ", with: "+")
            let saved = try await post(keep + "&add_skill=\(name)&email=calon%40contoh.com.my&csrf_token=\(token)")
            #expect(saved.status == .seeOther && saved.headers[.location] == "/graduate?saved=1")
        }
        let skills = try #require(try OwnershipTests.stored(fixture, .graduates, fixture.graduateID, "skills").store)
        #expect(skills.split(separator: ";").map(String.init) == Array(current.dropFirst()) + [added.id])
        #expect(try OwnershipTests.stored(fixture, .graduates, fixture.graduateID, "open_to_matching").store == "0")
        #expect(try store.contact(graduate: fixture.graduateID) == GraduateContact(email: "calon@contoh.com.my"))
    }

    @Test func anEmployerPostsAVacancySeesItsCandidatesInTheAPIsOrderAndInvitesOne() async throws {
        let fixture = try ServerFixture()
        let store = fixture.services.data.store
        _ = try store.addUser(NewUser(name: "page-employer", category: .g2b, roles: [.employer], employerID: fixture.employerID, password: "kata-laluan-majikan"))
        let skills = Array(fixture.services.data.taxonomy.skills.prefix(3))
        let theirs = OwnershipTests.firstRecord(fixture, .vacancies, where: "employer_id") { $0 != fixture.employerID }
        try await fixture.test { client in
            let jar = try await Self.signIn(client, login: "page-employer", password: "kata-laluan-majikan")
            let token = try await client.execute(uri: "/employer", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && !html.contains("data-vacancy-id=\"\(theirs)\""))
                return Self.csrf(html) ?? ""
            }
            func post(_ fields: [String: String]) async throws -> TestResponse {
                try await client.execute(uri: "/employer/vacancies", method: .post, headers: jar.headers(CookieJar.form), body: Self.body(fields)) { $0 }
            }
            var fields = [
                "title": "Juruteknik Elektrik Ujian", "masco_code": "7411", "field": "ELECTRICAL", "min_level": "2",
                "essential_skills": skills.map(\.name.en).joined(separator: "\n"), "optional_skills": "", "state": "Johor",
                "salary_min": "1800", "salary_max": "2600", "openings": "2", "closes_on": "2099-12-31", "csrf_token": token,
            ]
            // Problems come back on the form, by field; nothing is posted.
            var broken = fields
            broken["title"] = ""
            broken["essential_skills"] = "Juggling flaming torches"
            let refused = try await post(broken)
            #expect(refused.status == .unprocessableContent)
            #expect(String(buffer: refused.body).contains("href=\"#title\"") && String(buffer: refused.body).contains("href=\"#essential_skills\""))
            var inverted = fields
            (inverted["salary_min"], inverted["salary_max"]) = ("3000", "2000")
            #expect(try await post(inverted).status == .unprocessableContent)
            fields["csrf_token"] = nil
            #expect(try await post(fields).status == .forbidden)
            fields["csrf_token"] = token
            let posted = try await post(fields)
            #expect(posted.status == .seeOther && posted.headers[.location] == "/employer?saved=1")
            let vacancy = try await client.execute(uri: "/employer?saved=1", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("Juruteknik Elektrik Ujian"))
                return Self.ids(html, "data-vacancy-id").first ?? ""
            }
            #expect(try OwnershipTests.stored(fixture, .vacancies, vacancy, "employer_id").store == fixture.employerID)
            // Candidates: the API's ranking and pseudonyms, in its order; someone else's vacancy is not found.
            let api = try await client.execute(
                uri: "/api/v1/match/candidates?vacancy_id=\(vacancy)", method: .get, headers: fixture.headers("employer")
            ) { $0.envelope.data["items"]!.items.compactMap { $0["id"]?.text } }
            #expect(!api.isEmpty)
            let candidate = try await client.execute(uri: "/employer/vacancies/\(vacancy)/candidates", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && Self.ids(html, "data-candidate-id") == api)
                #expect(!html.contains("data-graduate-id") && !html.contains(">G0"))
                return Self.ids(html, "data-candidate-id").first ?? ""
            }
            try await client.execute(uri: "/employer/vacancies/\(theirs)/candidates", method: .get, headers: jar.headers()) {
                #expect($0.status == .notFound)
            }
            let invited = try await client.execute(
                uri: "/employer/vacancies/\(vacancy)/invitations", method: .post, headers: jar.headers(CookieJar.form),
                body: Self.body(["candidate": candidate, "message": "Temu duga?", "csrf_token": token])
            ) { $0 }
            #expect(invited.status == .seeOther)
            let sent = try #require(try store.invitations(employer: fixture.employerID).first { $0.vacancyID == vacancy && $0.message == "Temu duga?" })
            // Once the candidate accepts, the employer sees the contact they chose to share, and nothing more.
            try store.setContact(GraduateContact(email: "calon@contoh.com.my", phone: "+60 12-345 6789"), graduate: sent.graduateID)
            _ = try store.answerInvitation(id: sent.id, graduate: sent.graduateID, accept: true, share: [.email])
            try await client.execute(uri: "/employer?lang=en", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("data-invitation-id=\"\(sent.id)\"") && html.contains("calon@contoh.com.my"))
                #expect(!html.contains("345 6789") && !html.contains(sent.graduateID))
            }
        }
        // A graduate is not an employer.
        try await fixture.test { client in
            _ = try store.addUser(NewUser(name: "page-not-employer", category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
            let jar = try await Self.signIn(client, login: "page-not-employer", password: "kata-laluan-graduan")
            try await client.execute(uri: "/employer", method: .get, headers: jar.headers()) { #expect($0.status == .forbidden) }
        }
    }

    @Test func dashboardPagesShowTheAPIsFiguresForTheSameCaller() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            try await client.execute(uri: "/dashboards", method: .get) { response in
                #expect(Self.ids(String(buffer: response.body), "href").filter { $0.hasPrefix("/dashboards/") }.count >= 7)
            }
            let api = try await client.execute(uri: "/api/v1/dashboards/graduates?year=2024", method: .get) { response in
                response.envelope.data["figures"]!.items.compactMap { $0["id"]?.text }
            }
            try await client.execute(uri: "/dashboards/graduates?year=2024&state=&lang=en", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && html.contains("<option value=\"2024\" selected>"))
                #expect(Self.ids(html, "data-figure").map { String($0.split(separator: "/").last ?? "") } == api)
                #expect(html.contains("/api/v1/dashboards/graduates/by-state.csv?year=2024"))
                #expect(html.contains("Small cells are withheld") || html.contains("small cells are withheld"))
            }
            try await client.execute(uri: "/dashboards/graduates?yeer=2024", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/dashboards/nonsense", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func anEmployerEditsAndClosesItsOwnVacancyOnlyThroughTheWritePath() async throws {
        let fixture = try ServerFixture()
        let store = fixture.services.data.store
        _ = try store.addUser(NewUser(name: "page-editor", category: .g2b, roles: [.employer], employerID: fixture.employerID, password: "kata-laluan-majikan"))
        let mine = OwnershipTests.firstRecord(fixture, .vacancies, where: "employer_id") { $0 == fixture.employerID }
        let theirs = OwnershipTests.firstRecord(fixture, .vacancies, where: "employer_id") { $0 != fixture.employerID }
        let theirTitle = try OwnershipTests.stored(fixture, .vacancies, theirs, "title")
        try await fixture.test { client in
            let jar = try await Self.signIn(client, login: "page-editor", password: "kata-laluan-majikan")
            var token = ""
            var fields: [String: String] = [:]
            try await client.execute(uri: "/employer/vacancies/\(mine)/edit", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                token = Self.csrf(html) ?? ""
                // The form comes filled with the stored vacancy.
                for name in ["title", "masco_code", "salary_min", "salary_max", "openings", "closes_on"] {
                    guard let range = html.range(of: "id=\"\(name)\" name=\"\(name)\" type=") else { continue }
                    let rest = html[range.upperBound...]
                    if let value = rest.range(of: "value=\"") { fields[name] = String(rest[value.upperBound...].prefix { $0 != "\"" }) }
                }
            }
            let storedTitle = try OwnershipTests.stored(fixture, .vacancies, mine, "title").engine
            #expect(fields["title"] == storedTitle)
            try await client.execute(uri: "/employer/vacancies/\(theirs)/edit", method: .get, headers: jar.headers()) { #expect($0.status == .notFound) }
            let table = fixture.services.data.engine.snapshot.table(DatasetSchema.vacancies.name)!
            let row = table.row(forKey: mine)!
            let skills = table.column("essential_skills")!.listItems(at: row).compactMap { fixture.services.data.taxonomy.skill(id: $0)?.name.ms }
            var form = fields.merging([
                "title": "Juruteknik Kanan", "field": table.text("field", row: row)!, "min_level": table.text("min_level", row: row)!,
                "state": table.text("state", row: row)!, "essential_skills": skills.joined(separator: "\n"), "csrf_token": token,
            ]) { $1 }
            form["closes_on"] = "2099-12-31"
            for target in [theirs, mine] {
                try await client.execute(uri: "/employer/vacancies/\(target)", method: .post, headers: jar.headers(CookieJar.form), body: Self.body(form)) {
                    #expect($0.status == (target == mine ? .seeOther : .notFound))
                }
            }
            #expect(try OwnershipTests.stored(fixture, .vacancies, mine, "title").store == "Juruteknik Kanan")
            #expect(try OwnershipTests.stored(fixture, .vacancies, theirs, "title") == theirTitle)
            try await client.execute(
                uri: "/employer/vacancies/\(mine)/close", method: .post, headers: jar.headers(CookieJar.form), body: Self.body(["csrf_token": token])
            ) { #expect($0.status == .seeOther) }
            let closes = try #require(try OwnershipTests.stored(fixture, .vacancies, mine, "closes_on").store)
            let posted = try OwnershipTests.stored(fixture, .vacancies, mine, "posted_on").store
            #expect(closes < EpochDays.format(days: Int32(CivilDate.today().daysSinceEpoch)) || closes == posted)
        }
    }
}
