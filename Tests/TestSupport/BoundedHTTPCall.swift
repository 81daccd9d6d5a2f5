import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One HTTP/1.1 request over a plain loopback socket that gives up after a deadline, however the server behaves (a
/// connection stuck in the listen backlog, an answer that never comes): liveness checks under load that must not hang.
///
///     let answer = await BoundedHTTPCall.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n", port: port, within: 5)
///     #expect(answer.status == 200)
public enum BoundedHTTPCall {
    public struct Answer: Sendable {
        /// The status of the answer's first line, or nil when none came in time.
        public let status: Int?
        /// Everything read, up to the deadline or the end of the connection.
        public let text: String
        public let seconds: Double
    }

    /// Sends `request` (with `Connection: close`, so that the answer ends with the connection) and reads the answer
    /// until the server closes the connection or `within` seconds have passed since the call began. The socket I/O
    /// runs on a thread of its own, never on Swift's cooperative pool.
    public static func send(_ request: String, port: Int, within seconds: Double) async -> Answer {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: exchange(request, port: port, within: seconds)) }
        }
    }

    private static func exchange(_ request: String, port: Int, within seconds: Double) -> Answer {
        let started = Date()
        let deadline = started.addingTimeInterval(seconds)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return Answer(status: nil, text: "", seconds: 0) }
        defer { close(fd) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var pending = Array(request.utf8)[...]
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        loop: while Date() < deadline {
            var events = pollfd(fd: fd, events: Int16(POLLIN) | (pending.isEmpty ? 0 : Int16(POLLOUT)), revents: 0)
            let wait = Int32(max(1, min(100, deadline.timeIntervalSinceNow * 1000)))
            guard poll(&events, 1, wait) > 0 else { continue }
            if events.revents & Int16(POLLOUT) != 0, !pending.isEmpty {
                let sent = pending.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if sent > 0 { pending = pending.dropFirst(sent) }
            }
            if events.revents & (Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)) != 0 {
                let n = read(fd, &buffer, buffer.count)
                if n > 0 {
                    received.append(contentsOf: buffer[0..<n])
                } else if n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) {
                    break loop
                }
            }
        }
        let text = String(decoding: received, as: UTF8.self)
        return Answer(status: status(of: text), text: text, seconds: Date().timeIntervalSince(started))
    }

    /// The status code of an answer's first line (`HTTP/1.1 200 OK`).
    public static func status(of text: String) -> Int? {
        guard text.hasPrefix("HTTP/1.1 "), text.count >= 12 else { return nil }
        return Int(text.dropFirst(9).prefix(3))
    }

    /// A complete request: method, path, headers, an optional body, and `Connection: close`.
    public static func request(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) -> String {
        var lines = ["\(method) \(path) HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { lines.append("\(name): \(value)") }
        if let body { lines.append("Content-Length: \(body.utf8.count)") }
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + (body ?? "")
    }
}
