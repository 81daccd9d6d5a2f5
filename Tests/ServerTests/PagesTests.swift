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
/// CSRF on every form, a graduate's own record through the same access policy as the API, and the dashboards.
@Suite struct PagesTests {
    @Test func theHomePageSpeaksTheVisitorsLanguageAndShowsPublicFigures() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(html.contains("<html lang=\"ms\">") && html.contains("Angka utama negara"))
                #expect(html.contains("data-figure=\"graduates\""))
                // No script at all, and only DataRaya's own stylesheet.
                #expect(response.headers[.contentSecurityPolicy]?.contains("style-src 'self'") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src") == false)
                #expect(!html.contains("open_vacancies<"))
                // The registrations queue is offered only to those who decide registrations.
                #expect(!html.contains("href=\"/registrations\"") && html.contains("href=\"/register\""))
            }
            let controller = "page-controller-\(UUID().uuidString.prefix(6))"
            _ = try fixture.services.data.store.addUser(
                NewUser(name: controller, category: .g2g, roles: [.dataController], password: "kata-laluan-pengawal"))
            let signedIn = try await PageClient.signIn(client, login: controller, password: "kata-laluan-pengawal")
            try await client.execute(uri: "/", method: .get, headers: signedIn.headers()) {
                #expect(String(buffer: $0.body).contains("href=\"/registrations\""))
            }
            var jar = PageClient.CookieJar()
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                #expect(String(buffer: response.body).contains("<html lang=\"en\">"))
                #expect(PageClient.setCookie(response, "lang")?.hasPrefix("lang=en") == true)
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

    @Test func aGraduateSignsInSeesTheirOwnRecordAndSignsOut() async throws {
        let fixture = try SharedFixture.get()
        let name = "page-graduate-\(UUID().uuidString.prefix(6))"
        _ = try fixture.services.data.store.addUser(
            NewUser(name: name, category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
        try await fixture.test { client in
            var jar = PageClient.CookieJar()
            var token = ""
            try await client.execute(uri: "/login", method: .get) { response in
                jar.keep(response)
                token = PageClient.csrf(String(buffer: response.body)) ?? ""
                #expect(PageClient.setCookie(response, "dataraya_csrf")?.contains("HttpOnly") == true)
            }
            // Without the form's token nothing happens.
            try await client.execute(
                uri: "/login", method: .post, headers: jar.headers(PageClient.CookieJar.form),
                body: PageClient.body(["login": name, "password": "kata-laluan-graduan"])
            ) { response in
                #expect(response.status == .forbidden)
                #expect(PageClient.setCookie(response, "dataraya_session") == nil)
            }
            try await client.execute(
                uri: "/login", method: .post, headers: jar.headers(PageClient.CookieJar.form),
                body: PageClient.body(["login": fixture.applicantMyKad, "password": "salah-sama-sekali", "csrf_token": token])
            ) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .unauthorized && html.contains("error-summary"))
                #expect(!html.contains(fixture.applicantMyKad))
                #expect(PageClient.setCookie(response, "dataraya_session") == nil)
            }
            try await client.execute(uri: "/graduate", method: .get, headers: jar.headers()) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/login")
            }
            try await client.execute(
                uri: "/login", method: .post, headers: jar.headers(PageClient.CookieJar.form),
                body: PageClient.body(["login": name, "password": "kata-laluan-graduan", "csrf_token": token])
            ) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/graduate")
                let session = PageClient.setCookie(response, "dataraya_session") ?? ""
                #expect(session.contains("HttpOnly") && session.contains("SameSite=Lax"))
                // A new CSRF token comes with the new identity.
                #expect(PageClient.setCookie(response, "dataraya_csrf") != nil)
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
                token = PageClient.csrf(html) ?? ""
            }
            try await client.execute(
                uri: "/logout", method: .post, headers: jar.headers(PageClient.CookieJar.form), body: PageClient.body(["csrf_token": token])
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

    @Test func behindTLSEveryPageCookieIsSecure() async throws {
        let fixture = try SharedFixture.get()
        let name = "page-secure-\(UUID().uuidString.prefix(6))"
        _ = try fixture.services.data.store.addUser(
            NewUser(name: name, category: .g2c, roles: [.graduate], graduateID: fixture.graduateID, password: "kata-laluan-graduan"))
        let proxied: HTTPFields = [HTTPField.Name("X-Forwarded-Proto")!: "https"]
        try await fixture.test { client in
            var jar = PageClient.CookieJar()
            let token = try await client.execute(uri: "/login?lang=en", method: .get, headers: proxied) { response in
                jar.keep(response)
                let cookies = response.headers[values: .setCookie]
                #expect(cookies.count >= 2 && cookies.allSatisfy { $0.hasSuffix("; Secure") }, "\(cookies)")
                return PageClient.csrf(String(buffer: response.body)) ?? ""
            }
            var headers = jar.headers(PageClient.CookieJar.form)
            headers[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            try await client.execute(
                uri: "/login", method: .post, headers: headers,
                body: PageClient.body(["login": name, "password": "kata-laluan-graduan", "csrf_token": token])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(PageClient.setCookie(response, "dataraya_session")?.contains("; Secure") == true)
            }
            // Plain HTTP on loopback: a Secure cookie would never come back.
            try await client.execute(uri: "/login", method: .get) { response in
                #expect(!response.headers[values: .setCookie].contains { $0.contains("Secure") })
            }
        }
    }

    @Test func dashboardPagesShowTheAPIsFiguresForTheSameCaller() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            try await client.execute(uri: "/dashboards", method: .get) { response in
                #expect(PageClient.ids(String(buffer: response.body), "href").filter { $0.hasPrefix("/dashboards/") }.count >= 7)
            }
            let api = try await client.execute(uri: "/api/v1/dashboards/graduates?year=2024", method: .get) { response in
                response.envelope.data["figures"]!.items.compactMap { $0["id"]?.text }
            }
            try await client.execute(uri: "/dashboards/graduates?year=2024&state=&lang=en", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && html.contains("<option value=\"2024\" selected>"))
                #expect(PageClient.ids(html, "data-figure").map { String($0.split(separator: "/").last ?? "") } == api)
                #expect(html.contains("/api/v1/dashboards/graduates/by-state.csv?year=2024"))
                #expect(html.contains("small cells are withheld") && html.contains("may therefore not add up exactly"))
            }
            // Drilling down: a state's institutions to choose from, then one institution's figures.
            let institutions = fixture.services.data.engine.snapshot.table(DatasetSchema.institutions.name)!
            let johor = (0..<institutions.rowCount).filter { institutions.text("state", row: $0) == "Johor" }.compactMap { institutions.text("institution_id", row: $0) }
            try await client.execute(uri: "/dashboards/graduates?state=Johor", method: .get) { response in
                let html = String(buffer: response.body)
                let select = html.components(separatedBy: "id=\"institution_id\"").last?.components(separatedBy: "</select>").first ?? ""
                #expect(Set(PageClient.ids(select, "option value").filter { !$0.isEmpty }) == Set(johor))
            }
            if let first = johor.first {
                try await client.execute(uri: "/dashboards/graduates?state=Johor&institution_id=\(first)", method: .get) { response in
                    #expect(response.status == .ok && String(buffer: response.body).contains("<option value=\"\(first)\" selected>"))
                }
                // Without a state, the country's institutions are not listed: a state comes first; one already chosen stays.
                try await client.execute(uri: "/dashboards/graduates?lang=en", method: .get) { response in
                    let html = String(buffer: response.body)
                    let select = html.components(separatedBy: "id=\"institution_id\"").last?.components(separatedBy: "</select>").first ?? ""
                    #expect(PageClient.ids(select, "option value").filter { !$0.isEmpty }.isEmpty)
                    #expect(html.contains("Choose a state first to list its institutions."))
                }
                try await client.execute(uri: "/dashboards/graduates?institution_id=\(first)", method: .get) { response in
                    #expect(String(buffer: response.body).contains("<option value=\"\(first)\" selected>"))
                }
            }
            try await client.execute(uri: "/dashboards/graduates?yeer=2024", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/dashboards/nonsense", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func theCataloguePagesListEveryDatasetAsTheAPIDoes() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            try await client.execute(uri: "/catalogue?lang=en", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(Set(PageClient.ids(html, "data-dataset")) == Set(TVETSchema.datasets.map(\.name)))
                #expect(html.contains("/api/v1/catalogue/institutions/download.csv") && !html.contains("/api/v1/catalogue/students/download.csv"))
            }
            try await client.execute(uri: "/catalogue/students?lang=en", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && html.contains("<code>no_ic</code>") && html.contains("Through a data-sharing request"))
                #expect(html.contains("Source: Data Raya TVET"))
            }
            try await client.execute(uri: "/catalogue/nonsense", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func theDiagnosticsArePagesWithTheirOwnParameters() async throws {
        let fixture = try SharedFixture.get()
        try await fixture.test { client in
            for uri in ["/diagnostics/compare?group_by=state&measure=employability&lang=en", "/diagnostics/employability-change?from=2022&to=2024&group_by=field"] {
                let link = try await client.execute(uri: uri, method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(response.status == .ok && html.contains("data-figure=\"diagnostics/"), "\(uri)")
                    #expect(html.contains("<select id=\"group_by\" name=\"group_by\">"))
                    return html.components(separatedBy: "href=\"").first { $0.hasPrefix("/api/v1/dashboards/diagnostics/") }?.prefix { $0 != "\"" }
                        .replacingOccurrences(of: "&amp;", with: "&")
                }
                let csv = try #require(link, "\(uri) has no CSV link")
                try await client.execute(uri: csv, method: .get) { response in
                    #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/csv") == true, "\(csv)")
                }
            }
            try await client.execute(uri: "/diagnostics/nonsense", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/dashboards", method: .get) { #expect(String(buffer: $0.body).contains("href=\"/diagnostics/compare\"")) }
        }
    }
}
