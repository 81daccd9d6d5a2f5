import Foundation
import Server
import ServerTestSupport
import Store
import TVET
import TestSupport
import Testing

/// The pages as people use them, in headless Chromium through WebDriver (`Tests/browser/check_pages.py`), against the
/// real server on a loopback port with the demo data: every page, signed in and out, in both languages, has no
/// serious or critical axe-core violation and does not scroll sideways on a phone; a graduate signs in, sees their
/// jobs in the API's order and accepts an invitation; an employer posts a vacancy, sees its candidates and invites
/// one; anyone filters a dashboard and downloads its CSV; someone registers and the data controller approves them; the
/// demo researcher files a data-sharing request through its form, the committees and the data controller pass it, and the
/// researcher takes a grant key and downloads the delivery.
@Suite(.serialized) struct PagesBrowserTests {
    struct Report: Decodable {
        struct Violation: Decodable, CustomStringConvertible {
            let page: String, lang: String, id: String, impact: String

            var description: String { "\(page) (\(lang)): \(id), \(impact)" }
        }

        let violations: [Violation]
        let overflow: [[String: String]]
        let pages: [String]
        let journeys: [String: JSONValue]
        let errors: [String]
    }

    @Test func theThreeJourneysWorkAndEveryPageIsAccessible() async throws {
        let install = try BinaryRunner.runScript("scripts/install-browser-tests.sh")
        try #require(install.status == 0, "cannot install the browser tests: \(install.stderr)")
        let folder = try ProjectFiles.temporaryDirectory()
        let db = folder + "/store.sqlite"
        let server = try await LiveServer(arguments: ["--db", db, "--demo", "--demo-graduates", "600"], timeout: 180)
        defer { server.stop() }
        let signIns = try String(contentsOfFile: folder + "/demo-sign-ins.txt", encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let store = try DataStore(path: db, create: false)
        let graduate = try #require(try store.users().first { $0.name == signIns[0][0] }?.graduateID)
        let employer = try #require(try store.users().first { $0.name == signIns[1][0] }?.employerID)
        // An invitation waiting for the demo graduate, from the demo employer.
        let catalog = try store.loadCatalog()
        let vacancies = try #require(catalog.table(DatasetSchema.vacancies.name))
        let vacancy = try #require((0..<vacancies.rowCount).first { vacancies.text("employer_id", row: $0) == employer }.flatMap { vacancies.text("vacancy_id", row: $0) })
        _ = try store.invite(employer: employer, vacancy: vacancy, graduate: graduate, message: "Temu duga minggu depan?")
        let skill = try ProjectFiles.taxonomy().skills[0].name.en
        let run = try BinaryRunner.runScript(
            "Tests/browser/.venv/bin/python", arguments: [
                "Tests/browser/check_pages.py", "http://127.0.0.1:\(server.port)", signIns[0][0], signIns[0][1], signIns[1][0], signIns[1][1],
                "--sign-ins", folder + "/demo-sign-ins.txt",
            ], environment: ["DATARAYA_SKILL": skill])
        try #require(run.status == 0, "the browser check failed: \(run.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.overflow.isEmpty, "pages that scroll sideways on a phone: \(report.overflow)")
        #expect(Set(report.pages) == [
            "home", "login", "dashboards", "dashboard", "catalogue", "catalogue-entry", "diagnostic", "employer", "candidates", "graduate", "jobs",
            "invitations", "register", "registrations", "request-new", "request", "requests", "request-committee",
            "request-controller", "request-active",
        ])
        for journey in [
            "dashboard_filtered", "dashboard_csv", "employer_posted", "employer_invited", "graduate_signed_in", "graduate_accepted", "registered",
            "registration_approved", "request_filed", "request_recommended", "request_active", "request_delivery", "request_key",
        ] {
            #expect(report.journeys[journey] == true, "\(journey) did not happen")
        }
        // The jobs page lists the API's ranking, in its order.
        let basic = "Basic " + Data("\(signIns[0][0]):\(signIns[0][1])".utf8).base64EncodedString()
        let (body, _) = try await server.request("GET", "/api/v1/match/jobs?graduate_id=\(graduate)", headers: ["Authorization": basic])
        let api = try JSONValue.parse(body)["data"]?["items"]?.items.compactMap { $0["id"]?.text } ?? []
        #expect(!api.isEmpty && report.journeys["graduate_jobs"]?.items.compactMap(\.text) == api)
        #expect(try store.invitations(graduate: graduate).first { $0.vacancyID == vacancy }?.status == .accepted)
    }
}
