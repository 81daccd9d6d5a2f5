import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import TestSupport
import Testing

/// Slow and half-open clients cannot starve the others: `/health` keeps answering while a thousand connections send
/// nothing, and the server closes those connections after its idle timeout.
@Suite struct ConnectionLimitTests {
    @Test(
        .disabled(
            """
            Under the whole suite's load, tearing down the in-process server with accepted connections still queued \
            traps in SwiftNIO (NIOAsyncWriter deinit); run it alone, or move it to a `dataraya serve` child process.
            """))
    func halfOpenConnectionsAreClosedWhileHealthKeepsAnswering() async throws {
        let fixture = try SharedFixture.get()
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.idleTimeout = .seconds(2)
        let app = buildApplication(configuration: configuration, services: fixture.services)
        try await app.test(.live) { client in
            let idle = HalfOpenClients(count: 1000, port: try #require(client.port))
            #expect(idle.sockets.count == 1000)
            let clock = ContinuousClock()
            var closed = 0
            // The test's own client asks for /health every 200 ms, so its connection is never idle.
            for _ in 0..<100 where closed < 100 {
                let asked = clock.now
                try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
                #expect(asked.duration(to: clock.now) < .seconds(2))
                try await Task.sleep(for: .milliseconds(200))
                closed = idle.closedByServer()
            }
            #expect(closed >= 100, "\(closed) of \(idle.sockets.count) closed")
            // Let the server take and end every connection still queued before it shuts down: a connection accepted
            // but never handled traps in SwiftNIO when the server's queue is torn down.
            idle.closeAll()
            for _ in 0..<15 {
                try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }
}
