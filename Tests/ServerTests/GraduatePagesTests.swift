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

/// A graduate's pages through HTTP: jobs in the API's order, invitations answered once, the profile form.
@Suite struct GraduatePagesTests {
    @Test(arguments: ["", "?state=Selangor", "?mode=study&k=5", "?field=ELECTRICAL&min_salary=1500&state="])
    func theJobsPageListsTheAPIsRankingInItsOrder(_ query: String) async throws {
        let fixture = try SharedFixture.get()
        let name = "page-jobs-\(UUID().uuidString.prefix(6))"
        _ = try fixture.services.data.store.addUser(
            NewUser(name: name, category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
        try await fixture.test { client in
            let jar = try await PageClient.signIn(client, login: name, password: "kata-laluan-graduan")
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
                #expect(PageClient.ids(html, "data-vacancy-id") == api)
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
            var jar = try await PageClient.signIn(client, login: "page-invited", password: "kata-laluan-graduan")
            let token = try await client.execute(uri: "/graduate/invitations", method: .get, headers: jar.headers()) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && PageClient.ids(html, "data-invitation-id") == [String(invitation.id)])
                #expect(html.contains("Temu duga minggu depan?"))
                return PageClient.csrf(html) ?? ""
            }
            // Without the form's token nothing changes.
            try await client.execute(
                uri: "/graduate/invitations/\(invitation.id)/accept", method: .post, headers: jar.headers(PageClient.CookieJar.form),
                body: ByteBuffer(string: "share=email")
            ) { #expect($0.status == .forbidden) }
            #expect(try store.invitation(id: invitation.id)?.status == .pending)
            // Someone else's invitation answers as one that does not exist.
            try await client.execute(
                uri: "/graduate/invitations/\(other.id)/accept", method: .post, headers: jar.headers(PageClient.CookieJar.form),
                body: ByteBuffer(string: "share=email&csrf_token=\(token)")
            ) { #expect($0.status == .notFound) }
            try await client.execute(
                uri: "/graduate/invitations/\(invitation.id)/accept", method: .post, headers: jar.headers(PageClient.CookieJar.form),
                body: ByteBuffer(string: "share=email&csrf_token=\(token)")
            ) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/graduate/invitations")
                jar.keep(response)
            }
            #expect(try store.invitation(id: invitation.id)?.sharedFields == [.email])
            try await client.execute(
                uri: "/graduate/invitations/\(invitation.id)/decline", method: .post, headers: jar.headers(PageClient.CookieJar.form),
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
            let jar = try await PageClient.signIn(client, login: "page-profile", password: "kata-laluan-graduan")
            try await client.execute(
                uri: "/api/v1/graduates/\(fixture.graduateID)", method: .patch, headers: fixture.headers("controller"),
                body: ByteBuffer(string: #"{"open_to_matching": true}"#)
            ) { #expect($0.status == .ok) }
            let open = try OwnershipTests.stored(fixture, .graduates, fixture.graduateID, "open_to_matching").store == "1"
            #expect(open)
            let token = try await client.execute(uri: "/graduate?lang=en", method: .get, headers: jar.headers()) { response in
                // The form's box shows the stored choice, so saving the form for another reason keeps it.
                let box = String(buffer: response.body).components(separatedBy: "name=\"open_to_matching\"").last?.prefix(30) ?? ""
                #expect(box.contains("checked") == open, "\(box)")
                return PageClient.csrf(String(buffer: response.body)) ?? ""
            }
            let keep = current.dropFirst().map { "keep=\($0)" }.joined(separator: "&")
            func post(_ body: String) async throws -> TestResponse {
                try await client.execute(uri: "/graduate", method: .post, headers: jar.headers(PageClient.CookieJar.form), body: ByteBuffer(string: body)) { $0 }
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
}
