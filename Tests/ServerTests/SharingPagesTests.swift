import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import ServerTestSupport
import Store
import TVET
import TestSupport
import Testing

/// The data-sharing pages through HTTP, as people use them: register, be verified by a data controller, file a
/// request, and pass it through the committees to a grant key and a delivery; every step through the same service and
/// access policy as the API, so a wrong role, one's own request and a form without its CSRF token change nothing, and
/// a request someone may not read is not found. Its own store, so that the lists compared with the API's hold still.
@Suite(.serialized) struct SharingPagesTests {
    static let password = "kata-laluan-halaman"
    static let people: [(String, Role)] = [("kktd", .kktd), ("jtdtvet", .jtdtvet), ("jpdtvet", .jpdtvet), ("pengawal", .dataController)]
    static let shared: Result<ServerFixture, any Error> = Result {
        var fixture = try ServerFixture()
        for (login, role) in people {
            fixture.keys["page-" + login] = try fixture.services.data.store.addUser(
                NewUser(
                    name: "page-" + login, category: .g2g, roles: [role], agency: role == .dataController ? "KPT" : nil, password: password)
            ).apiKey
        }
        fixture.keys["page-outsider"] = try fixture.services.data.store.addUser(
            NewUser(name: "page-outsider", category: .researcher, roles: [.analyst], password: password)
        ).apiKey
        return fixture
    }

    /// A person in a browser: their cookies, and the pages they open and the forms they send.
    struct Visitor {
        let client: any TestClientProtocol
        var jar: PageClient.CookieJar

        static func signIn(_ client: any TestClientProtocol, _ login: String, password: String = SharingPagesTests.password) async throws
            -> Visitor
        {
            Visitor(client: client, jar: try await PageClient.signIn(client, login: login, password: password))
        }

        func get(_ uri: String) async throws -> (status: HTTPResponse.Status, html: String) {
            try await client.execute(uri: uri, method: .get, headers: jar.headers()) { ($0.status, String(buffer: $0.body)) }
        }

        /// Posts a form (a name may repeat, as checkboxes do), with the CSRF token unless told not to.
        func post(_ uri: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> TestResponse {
            let token = csrf ? [("csrf_token", jar.cookies["dataraya_csrf"] ?? "")] : []
            let body = (fields + token).map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(
                separator: "&")
            return try await client.execute(
                uri: uri, method: .post, headers: jar.headers(PageClient.CookieJar.form), body: ByteBuffer(string: body)
            ) { $0 }
        }
    }

    static func requestFields(purpose: String) -> [(String, String)] {
        [
            ("organisation", "Universiti Contoh"), ("purpose", purpose), ("kind", "one_off"), ("period_from", "2020-01-01"),
            ("period_to", "2099-12-31"), ("delivery", "csv"), ("dataset", "graduates"), ("columns.graduates", "graduate_id"),
            ("columns.graduates", "graduation_year"), ("columns.graduates", "monthly_salary"),
            ("filter.graduates.0.column", "graduation_year"),
            ("filter.graduates.0.op", "ge"), ("filter.graduates.0.value", "2020"),
        ]
    }

    static func state(_ fixture: ServerFixture, _ id: Int64) throws -> (RequestState?, Int) {
        let record = try fixture.services.data.store.sharingRequest(id: id)
        return (record?.state, record?.history.count ?? 0)
    }

    @Test func aRequestGoesFromRegistrationThroughEveryCommitteeToAKeyAndADelivery() async throws {
        let fixture = try Self.shared.get()
        try await fixture.test { client in
            // Registering: problems on the form, without the password; then pending until the data controller approves.
            var anonymous = PageClient.CookieJar()
            try await client.execute(uri: "/register", method: .get) { anonymous.keep($0) }
            let visitor = Visitor(client: client, jar: anonymous)
            let bad = try await visitor.post(
                "/register", [("category", "RESEARCHER"), ("email", "no-at-sign"), ("login", "siti-halaman"), ("password", "pendek")])
            let badHTML = String(buffer: bad.body)
            #expect(bad.status == .unprocessableContent)
            #expect(["#organisation", "#name", "#email", "#password"].allSatisfy { badHTML.contains("href=\"\($0)\"") })
            #expect(!badHTML.contains("pendek") && badHTML.contains("value=\"siti-halaman\""))
            let registered = try await visitor.post(
                "/register",
                [
                    ("category", "RESEARCHER"), ("organisation", "Universiti Contoh"), ("name", "Siti Halaman"),
                    ("email", "siti@contoh.edu.my"),
                    ("login", "siti-halaman"), ("password", Self.password),
                ])
            #expect(registered.status == .seeOther && registered.headers[.location] == "/register?registered=PENDING")
            #expect(
                try await visitor.get("/register?registered=PENDING&lang=en").html.contains("waits for verification by a data controller"))

            let requester = try await Visitor.signIn(client, "siti-halaman")
            #expect(try await requester.get("/requests?lang=en").html.contains("Your registration waits for verification"))
            #expect(try await requester.get("/requests/new?lang=en").html.contains("cannot make a request yet"))
            #expect(try await requester.get("/registrations").status == .forbidden)

            let controller = try await Visitor.signIn(client, "page-pengawal")
            let queue = try await controller.get("/registrations")
            let registration = try #require(PageClient.ids(queue.html, "data-registration-id").last)
            #expect(queue.html.contains("Siti Halaman") && queue.html.contains("siti@contoh.edu.my") && queue.html.contains("Penyelidik"))
            let decided = try await controller.post("/registrations/\(registration)", [("decision", "approve"), ("note", "Disahkan")])
            #expect(decided.status == .seeOther)
            #expect(try await controller.post("/registrations/\(registration)", [("decision", "approve")]).status == .conflict)

            // Filing: every field at fault named on the form and nothing stored; then filed.
            let before = try fixture.services.data.store.sharingRequests().count
            var broken = Self.requestFields(purpose: "")
            broken.removeAll { $0.0 == "columns.graduates" }
            broken[4] = ("period_to", "2019-01-01")
            let refused = try await requester.post("/requests", broken)
            let refusedHTML = String(buffer: refused.body)
            #expect(refused.status == .unprocessableContent)
            #expect(
                ["#purpose", "#period_to", "#dataset-graduates"].allSatisfy { refusedHTML.contains("href=\"\($0)\"") }, "\(refusedHTML)")
            #expect(try fixture.services.data.store.sharingRequests().count == before)
            let filed = try await requester.post("/requests", Self.requestFields(purpose: "Kajian gaji graduan"))
            let location = try #require(filed.headers[.location])
            let id = try #require(Int64(location.dropFirst("/requests/".count)))

            let kktd = try await Visitor.signIn(client, "page-kktd")
            let jtdtvet = try await Visitor.signIn(client, "page-jtdtvet")
            // Refused steps change nothing: another stage's role, one's own request, a form without its token.
            let wrongRole = try await jtdtvet.post("/requests/\(id)/actions?lang=en", [("action", "recommend")])
            #expect(wrongRole.status == .forbidden && String(buffer: wrongRole.body).contains("At this stage, this step is taken by: KKTD"))
            #expect(!String(buffer: wrongRole.body).contains("Forbidden"))
            let own = try await requester.post("/requests/\(id)/actions?lang=en", [("action", "recommend")])
            #expect(own.status == .forbidden && String(buffer: own.body).contains("Nobody acts on a request they made themselves"))
            #expect(try await kktd.post("/requests/\(id)/actions", [("action", "recommend")], csrf: false).status == .forbidden)
            let noNote = try await kktd.post("/requests/\(id)/actions", [("action", "return")])
            #expect(noNote.status == .unprocessableContent && String(buffer: noNote.body).contains("href=\"#note-return\""))
            #expect(try Self.state(fixture, id) == (.submitted, 1))

            // Returned, amended and resubmitted, then passed by each committee and the data controller.
            #expect(
                try await kktd.post("/requests/\(id)/actions", [("action", "return"), ("note", "Nyatakan tujuan")]).status == .seeOther)
            let form = try await requester.get("/requests/\(id)")
            #expect(form.html.contains("data-step=\"resubmit\"") && form.html.contains("Nyatakan tujuan"))
            let resubmitted = try await requester.post(
                "/requests/\(id)/actions", [("action", "resubmit")] + Self.requestFields(purpose: "Kajian gaji graduan 2020-2024"))
            #expect(resubmitted.status == .seeOther)
            #expect(try fixture.services.data.store.sharingRequest(id: id)?.version == 2)
            let jpdtvet = try await Visitor.signIn(client, "page-jpdtvet")
            let sha = String(repeating: "ab", count: 32)
            let steps: [(Visitor, [(String, String)], RequestState)] = [
                (kktd, [("action", "recommend")], .recommended), (jtdtvet, [("action", "verify")], .verified),
                (jpdtvet, [("action", "approve"), ("conditions", "Agregat sahaja")], .approved),
                (
                    controller, [("action", "record_agreement"), ("kind", "MOU"), ("reference", "MOU/2026/7"), ("document_sha256", sha)],
                    .active
                ),
            ]
            for (person, fields, state) in steps {
                let page = try await person.get("/requests/\(id)")
                #expect(page.html.contains("data-step=\"\(fields[0].1)\""), "\(fields[0].1) is offered")
                #expect(try await person.post("/requests/\(id)/actions", fields).status == .seeOther)
                #expect(try Self.state(fixture, id).0 == state)
            }
            let history = try await requester.get("/requests/\(id)?lang=en").html
            for words in [
                "Return to the requester", "Resubmit", "Recommend", "Verify", "Approve", "Record the agreement", "Active: the data is open",
            ] {
                #expect(history.contains(words), "\(words)")
            }
            #expect(!history.contains("RECOMMENDED") && history.contains("page-kktd"))

            // The grant: a key shown once, and the delivery.
            let key = try await requester.post("/requests/\(id)/grant/keys", [])
            #expect(key.status == .created && key.headers[.cacheControl] == "no-store")
            let grantKey = String(String(buffer: key.body).split(separator: "data-grant-key>").last?.prefix { $0 != "<" } ?? "")
            let read = try await client.execute(
                uri: "/api/v1/graduates?limit=3", method: .get, headers: [HTTPField.Name("X-API-Key")!: grantKey]
            ) { $0 }
            #expect(read.status == .ok)
            try await client.execute(uri: "/requests/\(id)/delivery.zip", method: .get, headers: requester.jar.headers()) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "application/zip")
            }
            #expect(try await kktd.get("/requests/\(id)/delivery.zip").status == .forbidden)
            // Someone who may not read the request finds no such page.
            let outsider = try await Visitor.signIn(client, "page-outsider")
            #expect(try await outsider.get("/requests/\(id)").status == .notFound)
            #expect(try await outsider.post("/requests/\(id)/actions", [("action", "revoke")]).status == .forbidden)
            #expect(try Self.state(fixture, id).0 == .active)
        }
    }

    @Test func theRequestListsAreTheAPIsForTheSamePerson() async throws {
        let fixture = try Self.shared.get()
        try await fixture.test { client in
            let requester = try await Visitor.signIn(client, "page-outsider")
            for purpose in ["Satu", "Dua"] {
                #expect(try await requester.post("/requests", Self.requestFields(purpose: purpose)).status == .seeOther)
            }
            for login in ["page-outsider", "page-kktd", "page-jtdtvet", "page-pengawal"] {
                let person = login == "page-outsider" ? requester : try await Visitor.signIn(client, login)
                let page = PageClient.ids(try await person.get("/requests").html, "data-request-id")
                let api = try await client.send(.get, "/api/v1/requests?limit=1000", as: login, fixture: fixture).data["items"]!.items
                    .compactMap { $0["request_id"]?.int.map(String.init) }
                #expect(page.sorted() == api.sorted(), "\(login)")
            }
            let kktd = try await Visitor.signIn(client, "page-kktd")
            #expect(!PageClient.ids(try await kktd.get("/requests").html, "data-request-id").isEmpty)
            // The way to register: from signing in, the home page and the catalogue.
            for page in ["/login", "/", "/catalogue", "/catalogue/graduates"] {
                let html = try await client.execute(uri: page, method: .get) { String(buffer: $0.body) }
                #expect(html.contains("href=\"/register\""), "\(page)")
            }
            let anonymous = try await client.execute(uri: "/requests", method: .get) { $0 }
            #expect(anonymous.status == .seeOther && anonymous.headers[.location] == "/login")
        }
    }
}
