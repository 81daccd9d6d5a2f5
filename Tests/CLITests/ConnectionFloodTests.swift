import Foundation
import ServerTestSupport
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Slow and half-open clients against the built `dataraya serve` on a free loopback port: thousands of connections
/// that send half a request head, and a body sent a byte at a time, while a normal caller keeps being answered; and
/// the server stopped (SIGTERM) in the middle of such a flood ends cleanly.
///
/// Time bounds here are liveness limits (docs/OPERATIONS.md, "Limits"), far above what the server needs.
@Suite(.serialized) struct ConnectionFloodTests {
    /// More connections than the server holds at once (1,024 by default), well under this machine's descriptor limit.
    static let flood = 3000
    static let halfHead = Array("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Waiting: ".utf8)
    static let query = #"{"dataset": "employers", "measures": [{"fn": "count", "as": "employers"}]}"#

    /// One generated store for the suite (its servers run one after another); made once.
    static let store = Result { () throws -> String in
        let folder = try ProjectFiles.temporaryDirectory()
        let root = ProjectFiles.root.path
        guard try BinaryRunner.run(["generate", "--out", folder + "/data", "--graduates", "200"], in: root).status == 0,
            try BinaryRunner.run(["import", "--db", folder + "/store.sqlite", folder + "/data"], in: root).status == 0
        else { throw StoreNotMade() }
        return folder
    }

    /// The suite's store served by a child process, and the first user's API key.
    static func servedStore(_ arguments: [String] = []) async throws -> (LiveServer, String) {
        let folder = try store.get()
        let server = try await LiveServer(arguments: ["--db", folder + "/store.sqlite"] + arguments)
        let credential = try String(contentsOfFile: folder + "/admin-credential.txt", encoding: .utf8)
        return (server, try #require(credential.split(separator: "\n").last.map(String.init)))
    }

    static func health(_ port: Int) async -> BoundedHTTPCall.Answer {
        await BoundedHTTPCall.send(BoundedHTTPCall.request("GET", "/health"), port: port, within: 5)
    }

    static func count(_ port: Int, key: String) async -> BoundedHTTPCall.Answer {
        let request = BoundedHTTPCall.request(
            "POST", "/api/v1/query", headers: ["X-API-Key": key, "Content-Type": "application/json"], body: query)
        return await BoundedHTTPCall.send(request, port: port, within: 5)
    }

    @Test func healthAndAQueryAnswerWithinFiveSecondsWhileThousandsOfConnectionsSendHalfAHead() async throws {
        let (server, key) = try await Self.servedStore()
        defer { server.stop() }
        let clients = HalfOpenClients(count: Self.flood, port: server.port)
        #expect(clients.sockets.count == Self.flood)
        clients.send(Self.halfHead)
        for round in 0..<5 {
            let health = await Self.health(server.port)
            #expect(health.status == 200, "round \(round): /health gave \(health.status.map(String.init) ?? "no answer") in \(health.seconds) s")
            let count = await Self.count(server.port, key: key)
            #expect(count.status == 200, "round \(round): the query gave \(count.status.map(String.init) ?? "no answer") in \(count.seconds) s")
            #expect(count.text.contains(#""employers""#))
            // Those the server closed come back, as a flood does.
            clients.send(Self.halfHead)
        }
        #expect(server.process.isRunning)
    }

    @Test func stoppingTheServerInTheMiddleOfAFloodAndASlowBodyEndsItCleanly() async throws {
        for attempt in 0..<2 {
            let (server, key) = try await Self.servedStore(["--request-body-timeout", "3"])
            defer { server.stop() }
            // A request whose body never finishes keeps the server's graceful shutdown waiting until its deadline.
            let head = "POST /api/v1/query HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: \(key)\r\nContent-Type: application/json"
            async let trickle = TricklingUpload.post(port: server.port, head: head, contentLength: 4096, pause: .milliseconds(250), maxBytes: 240)
            let clients = HalfOpenClients(count: Self.flood, port: server.port)
            clients.send(Self.halfHead)
            try await Task.sleep(for: .milliseconds(500))
            // Stop it while connections are still arriving and waiting to be taken.
            kill(server.process.processIdentifier, SIGTERM)
            for _ in 0..<200 where server.process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
            #expect(!server.process.isRunning, "attempt \(attempt): still running 20 s after SIGTERM")
            if !server.process.isRunning {
                let output = String(decoding: server.output.fileHandleForReading.availableData, as: UTF8.self)
                let reason = server.process.terminationReason == .exit ? "exit" : "signal"
                #expect(
                    server.process.terminationReason == .exit && server.process.terminationStatus == 0,
                    "attempt \(attempt): ended by \(reason) \(server.process.terminationStatus): \(output.suffix(2000))")
            }
            server.stop()
            _ = await trickle
            withExtendedLifetime(clients) {}
        }
    }

    @Test func aBodySentAByteAtATimeIsAnswered408AtItsDeadlineWhileOthersAreAnswered() async throws {
        let (server, key) = try await Self.servedStore(["--request-body-timeout", "2"])
        defer { server.stop() }
        let head = "POST /api/v1/query HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: \(key)\r\nContent-Type: application/json"
        async let trickle = TricklingUpload.post(port: server.port, head: head, contentLength: 4096, pause: .milliseconds(250), maxBytes: 60)
        for _ in 0..<4 {
            let health = await Self.health(server.port)
            #expect(health.status == 200, "/health gave \(health.status.map(String.init) ?? "no answer") in \(health.seconds) s")
            try await Task.sleep(for: .milliseconds(500))
        }
        let outcome = await trickle
        #expect(outcome.status == 408, "after \(outcome.bytesSent) bytes in \(outcome.seconds) s: \(outcome.text.prefix(300))")
        #expect(outcome.seconds < 10, "the connection was held \(outcome.seconds) s")
        #expect(outcome.closed)
        #expect(outcome.text.lowercased().contains("uxp-faultcode: client.requesttimeout"))
        #expect(outcome.text.lowercased().contains("uxp-faultdetail: "))
        #expect(outcome.text.contains(#""success":false"#))
        #expect(await Self.count(server.port, key: key).status == 200)
    }
}

/// `dataraya generate` or `import` failed while making the suite's store.
private struct StoreNotMade: Error {}
