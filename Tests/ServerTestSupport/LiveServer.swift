import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A `dataraya serve` process on a free loopback port, for end-to-end tests that speak HTTP to it.
public final class LiveServer: @unchecked Sendable {
    public let port: Int
    public let process: Process
    public let output = Pipe()

    /// Starts the server and waits (at most `timeout` seconds) until `/health` answers. The bound is for liveness,
    /// not speed: alone a server answers in a second or two, but the whole suite on two cores starts many stores,
    /// models and browsers at once, and a start has been seen to take over a minute there.
    public init(arguments: [String], in directory: String = ProjectFiles.root.path, timeout: TimeInterval = 180) async throws {
        port = try Self.freePort()
        process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port)] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !process.isRunning { throw LiveServerError.exited(status: process.terminationStatus) }
            if let (_, status) = try? await request("GET", "/health"), status == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        stop()
        throw LiveServerError.notReady
    }

    public enum LiveServerError: Error { case exited(status: Int32), notReady }

    /// One HTTP request to the server (over SwiftNIO); returns the body and status.
    public func request(_ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil) async throws -> (Data, Int) {
        var fields = HTTPFields()
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        if body != nil, fields[.contentLength] == nil { fields[.contentLength] = String(body!.count) }
        let request = TestClient.Request(
            path, method: HTTPRequest.Method(method)!, authority: "127.0.0.1:\(port)", headers: fields,
            body: body.map { ByteBuffer(bytes: $0) })
        let response = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in try await client.execute(request) }
        return (Data(response.body?.readableBytesView ?? ByteBuffer().readableBytesView), Int(response.status.code))
    }

    /// Ends the server (SIGTERM) and waits for it.
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// A port nothing listens on now: bind port 0 on loopback, read the port, close.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw LiveServerError.notReady }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { stop() }
}
