import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A client that sends a request's head, then its body one byte at a time with a pause between bytes (a slow-body
/// attack), until the server answers or closes the connection, or `maxBytes` have been sent.
///
/// The socket I/O runs on a thread of its own, never on Swift's cooperative pool.
public enum TricklingUpload {
    public struct Outcome: Sendable {
        /// The status the server answered with, or nil when it did not answer.
        public let status: Int?
        /// What the server sent, head and body.
        public let text: String
        /// Seconds from the end of the head to the server's answer or close (or to the last byte sent).
        public let seconds: Double
        /// Whether the server closed the connection.
        public let closed: Bool
        public let bytesSent: Int
    }

    /// `head` is the request head without its closing blank line; `Content-Length: contentLength` is added.
    public static func post(port: Int, head: String, contentLength: Int, pause: Duration, maxBytes: Int) async -> Outcome {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: run(port: port, head: head, contentLength: contentLength, pause: pause, maxBytes: maxBytes))
            }
        }
    }

    private static func run(port: Int, head: String, contentLength: Int, pause: Duration, maxBytes: Int) -> Outcome {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return Outcome(status: nil, text: "", seconds: 0, closed: true, bytesSent: 0) }
        let request = Array((head + "\r\nContent-Length: \(contentLength)\r\n\r\n").utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        let started = Date()
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var sent = 0
        var closed = false
        let pauseMilliseconds = Int32(pause.components.seconds * 1000 + pause.components.attoseconds / 1_000_000_000_000_000)
        while sent < maxBytes {
            var events = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&events, 1, pauseMilliseconds) > 0 {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n > 0 { received.append(contentsOf: buffer[0..<n]) }
                if n <= 0 {
                    closed = true
                    break
                }
                continue
            }
            if !received.isEmpty { break }
            var byte = UInt8(ascii: " ")
            guard send(fd, &byte, 1, Int32(MSG_NOSIGNAL)) == 1 else {
                closed = true
                break
            }
            sent += 1
        }
        let seconds = Date().timeIntervalSince(started)
        // Read the rest of an answer, and whether the connection ends after it (briefly: the answer is small).
        var events = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while !closed, !received.isEmpty, poll(&events, 1, 2000) > 0 {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { closed = true } else { received.append(contentsOf: buffer[0..<n]) }
        }
        let text = String(decoding: received, as: UTF8.self)
        return Outcome(status: BoundedHTTPCall.status(of: text), text: text, seconds: seconds, closed: closed, bytesSent: sent)
    }
}
