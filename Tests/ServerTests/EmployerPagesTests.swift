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
import Web

/// An employer's pages through HTTP: posting, editing and closing its own vacancies, candidates, invitations.
@Suite struct EmployerPagesTests {
    @Test func anEmployerPostsAVacancySeesItsCandidatesInTheAPIsOrderAndInvitesOne() async throws {
        let fixture = try ServerFixture()
        let store = fixture.services.data.store
        _ = try store.addUser(NewUser(name: "page-employer", category: .g2b, roles: [.employer], employerID: fixture.employerID, password: "kata-laluan-majikan"))
        let skills = Array(fixture.services.data.taxonomy.skills.prefix(3))
        let theirs = OwnershipTests.firstRecord(fixture, .vacancies, where: "employer_id") { $0 != fixture.employerID }
        try await fixture.test { client in
            let jar = try await PageClient.signIn(client, login: "page-employer", password: "kata-laluan-majikan")
            let token = try await client.execute(uri: "/employer", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && !html.contains("data-vacancy-id=\"\(theirs)\""))
                return PageClient.csrf(html) ?? ""
            }
            func post(_ fields: [String: String]) async throws -> TestResponse {
                try await client.execute(uri: "/employer/vacancies", method: .post, headers: jar.headers(PageClient.CookieJar.form), body: PageClient.body(fields)) { $0 }
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
            // The dataset's rules, checked by the write path, come back beside their field in the visitor's language.
            let invertedPage = try await post(inverted)
            #expect(invertedPage.status == .unprocessableContent)
            #expect(String(buffer: invertedPage.body).contains("Tidak boleh kurang daripada «\(PageText.text("salary_min", .ms))»"))
            var crowded = fields
            crowded["openings"] = "5000"
            let crowdedPage = try await post(crowded)
            #expect(crowdedPage.status == .unprocessableContent)
            #expect(String(buffer: crowdedPage.body).contains("Tidak boleh melebihi 1000"))
            #expect(!String(buffer: crowdedPage.body).contains("more than any real record holds"))
            fields["csrf_token"] = nil
            #expect(try await post(fields).status == .forbidden)
            fields["csrf_token"] = token
            let posted = try await post(fields)
            #expect(posted.status == .seeOther && posted.headers[.location] == "/employer?saved=1")
            let vacancy = try await client.execute(uri: "/employer?saved=1", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("Juruteknik Elektrik Ujian"))
                return PageClient.ids(html, "data-vacancy-id").first ?? ""
            }
            #expect(try OwnershipTests.stored(fixture, .vacancies, vacancy, "employer_id").store == fixture.employerID)
            // Candidates: the API's ranking and pseudonyms, in its order; someone else's vacancy is not found.
            let api = try await client.execute(
                uri: "/api/v1/match/candidates?vacancy_id=\(vacancy)", method: .get, headers: fixture.headers("employer")
            ) { $0.envelope.data["items"]!.items.compactMap { $0["id"]?.text } }
            #expect(!api.isEmpty)
            let candidate = try await client.execute(uri: "/employer/vacancies/\(vacancy)/candidates", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && PageClient.ids(html, "data-candidate-id") == api)
                #expect(!html.contains("data-graduate-id") && !html.contains(">G0"))
                return PageClient.ids(html, "data-candidate-id").first ?? ""
            }
            try await client.execute(uri: "/employer/vacancies/\(theirs)/candidates", method: .get, headers: jar.headers()) {
                #expect($0.status == .notFound)
            }
            let invited = try await client.execute(
                uri: "/employer/vacancies/\(vacancy)/invitations", method: .post, headers: jar.headers(PageClient.CookieJar.form),
                body: PageClient.body(["candidate": candidate, "message": "Temu duga?", "csrf_token": token])
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
            let jar = try await PageClient.signIn(client, login: "page-not-employer", password: "kata-laluan-graduan")
            try await client.execute(uri: "/employer", method: .get, headers: jar.headers()) { #expect($0.status == .forbidden) }
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
            let jar = try await PageClient.signIn(client, login: "page-editor", password: "kata-laluan-majikan")
            var token = ""
            var fields: [String: String] = [:]
            try await client.execute(uri: "/employer/vacancies/\(mine)/edit", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                token = PageClient.csrf(html) ?? ""
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
                try await client.execute(uri: "/employer/vacancies/\(target)", method: .post, headers: jar.headers(PageClient.CookieJar.form), body: PageClient.body(form)) {
                    #expect($0.status == (target == mine ? .seeOther : .notFound))
                }
            }
            #expect(try OwnershipTests.stored(fixture, .vacancies, mine, "title").store == "Juruteknik Kanan")
            #expect(try OwnershipTests.stored(fixture, .vacancies, theirs, "title") == theirTitle)
            try await client.execute(
                uri: "/employer/vacancies/\(mine)/close", method: .post, headers: jar.headers(PageClient.CookieJar.form), body: PageClient.body(["csrf_token": token])
            ) { #expect($0.status == .seeOther) }
            let closes = try #require(try OwnershipTests.stored(fixture, .vacancies, mine, "closes_on").store)
            let posted = try OwnershipTests.stored(fixture, .vacancies, mine, "posted_on").store
            #expect(closes < EpochDays.format(days: Int32(CivilDate.today().daysSinceEpoch)) || closes == posted)
        }
    }
}
