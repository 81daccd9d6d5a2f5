import Foundation
import Testing
import ServerTestSupport
import TestSupport

/// `dataraya users add`, `dataraya serve` and `dataraya audit verify`, run as the built binary over a real store,
/// speaking HTTP to the server on a free loopback port.
@Suite(.serialized) struct ServeCommandTests {
    @Test func aServedStoreAnswersKeepsAcceptedBatchesAcrossARestartAndAuditsEveryAccess() async throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let db = folder + "/store.sqlite"
        let root = ProjectFiles.root.path
        #expect(try BinaryRunner.run(["generate", "--out", folder + "/data", "--graduates", "300"], in: root).status == 0)
        #expect(try BinaryRunner.run(["import", "--db", db, folder + "/data"], in: root).status == 0)
        let added = try BinaryRunner.run(
            ["users", "add", "--db", db, "--name", "kpt", "--category", "G2G", "--role", "DATA_CONTROLLER", "--agency", "KPT"], in: root)
        #expect(added.status == 0, "\(added.stderr)")
        let key = try #require(added.stdout.split(separator: "\n").last.map(String.init))
        #expect(key.hasPrefix("drk_"))

        var server = try await LiveServer(arguments: ["--db", db])
        let (health, status) = try await server.request("GET", "/health")
        #expect(status == 200)
        #expect(String(decoding: health, as: UTF8.self).contains("\"graduates\":300"))
        #expect(String(decoding: health, as: UTF8.self).contains("\"vocabulary_hash\":\"fnv1a64:"))
        let (_, anonymous) = try await server.request("GET", "/api/v1/students")
        #expect(anonymous == 401)
        let batch = #"[{"employer_id": "E777777", "name": "Syarikat Ujian Sdn. Bhd.", "ssm_no": "202401012345", "msic_section": "C", "state": "Johor", "size": "SMALL"}]"#
        let (accepted, posted) = try await server.request(
            "POST", "/api/v1/employers", headers: ["X-API-Key": key, "Content-Type": "application/json"], body: Data(batch.utf8))
        #expect(posted == 200, "\(String(decoding: accepted, as: UTF8.self))")
        #expect(String(decoding: accepted, as: UTF8.self).contains("Data accepted"))
        server.stop()

        server = try await LiveServer(arguments: ["--db", db])
        let (record, found) = try await server.request("GET", "/api/v1/employers/E777777")
        #expect(found == 200)
        #expect(String(decoding: record, as: UTF8.self).contains("Syarikat Ujian"))
        server.stop()

        let verified = try BinaryRunner.run(["audit", "verify", "--db", db], in: root)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("intact"))
    }

    @Test func theFirstStartWritesTheAdminCredentialToAPrivateFile() async throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let db = folder + "/store.sqlite"
        #expect(try BinaryRunner.run(["generate", "--out", folder + "/data", "--graduates", "200"], in: ProjectFiles.root.path).status == 0)
        #expect(try BinaryRunner.run(["import", "--db", db, folder + "/data"], in: ProjectFiles.root.path).status == 0)
        let server = try await LiveServer(arguments: ["--db", db])
        defer { server.stop() }
        let path = folder + "/admin-credential.txt"
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let key = try #require(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").last.map(String.init))
        let (_, status) = try await server.request("GET", "/api/v1/students?limit=1", headers: ["X-API-Key": key])
        #expect(status == 200)
        // A second server on the same port says why it cannot start, in one line.
        let busy = try BinaryRunner.run(["serve", "--db", db, "--port", String(server.port)], in: ProjectFiles.root.path)
        #expect(busy.status != 0)
        #expect(busy.stderr == "Error: cannot listen on 127.0.0.1:\(server.port): the address is already in use\n", "\(busy.stderr)")
    }

    @Test func theDemoPrintsThePagesAndTheSignInsOfAGraduateAnEmployerTheCommitteesAndAResearcher() async throws {
        let folder = try ProjectFiles.temporaryDirectory()
        let db = folder + "/store.sqlite"
        let server = try await LiveServer(arguments: ["--db", db, "--demo", "--demo-graduates", "300"], timeout: 180)
        defer { server.stop() }
        let printed = String(decoding: server.output.fileHandleForReading.availableData, as: UTF8.self)
        #expect(printed.contains("pages: http://127.0.0.1:\(server.port)/"))
        let file = folder + "/demo-sign-ins.txt"
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.map(\.first) == [
            "graduan-demo", "majikan-demo", "kktd-demo", "jtdtvet-demo", "jpdtvet-demo", "pengawal-demo", "penyelidik-demo",
        ])
        for (index, line) in lines.enumerated() {
            #expect(printed.contains("as \(line[0]) with password \(line[1])"))
            let basic = "Basic " + Data("\(line[0]):\(line[1])".utf8).base64EncodedString()
            // The graduate and the employer read their invitations; the workflow's people and the approved researcher
            // their data-sharing requests.
            let (_, status) = try await server.request("GET", index < 2 ? "/api/v1/match/invitations" : "/api/v1/requests", headers: ["Authorization": basic])
            #expect(status == 200, "\(line[0]) cannot sign in")
        }
        let graduate = "Basic " + Data("\(lines[0][0]):\(lines[0][1])".utf8).base64EncodedString()
        let (body, status) = try await server.request("GET", "/api/v1/graduates", headers: ["Authorization": graduate])
        #expect(status == 200 && String(decoding: body, as: UTF8.self).contains("\"open_to_matching\":true"))
    }
}
