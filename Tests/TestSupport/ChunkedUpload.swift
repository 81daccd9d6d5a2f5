import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Sends a POST whose body is `Transfer-Encoding: chunked` (so it declares no length) over a plain socket, as a client
/// streaming a large upload would, and returns the status the server answers with.
///
/// The body is written chunk by chunk until all is sent or the server answers first (then the rest is not sent);
/// the socket I/O runs on a thread of its own, never on Swift's cooperative pool.
public enum ChunkedUpload {
    /// The upload could not be made or its answer read (not: the server refused it).
    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    public static func post(
        host: String = "localhost", port: Int, path: String, headers: [String: String], bodyBytes: Int, chunkBytes: Int = 64 << 10
    ) async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    try send(host: host, port: port, path: path, headers: headers, bodyBytes: bodyBytes, chunkBytes: chunkBytes)
                })
            }
        }
    }

    private static func send(host: String, port: Int, path: String, headers: [String: String], bodyBytes: Int, chunkBytes: Int) throws -> Int {
        let fd = try connect(host: host, port: port)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var head = "POST \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        guard write(fd, Array((head + "\r\n").utf8)) else { throw Failed(description: "cannot send the request head") }
        let chunk = Array(String(chunkBytes, radix: 16).utf8) + [13, 10] + [UInt8](repeating: UInt8(ascii: "["), count: chunkBytes) + [13, 10]
        var sent = 0
        while sent < bodyBytes, !answered(fd), write(fd, chunk) { sent += chunkBytes }
        if sent >= bodyBytes { _ = write(fd, Array("0\r\n\r\n".utf8)) }
        return try status(fd)
    }

    private static func connect(host: String, port: Int) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else { throw Failed(description: "cannot resolve \(host)") }
        defer { freeaddrinfo(first) }
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let address = next {
            let fd = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            if fd >= 0, Glibc.connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return fd }
            if fd >= 0 { close(fd) }
            next = address.pointee.ai_next
        }
        throw Failed(description: "cannot connect to \(host):\(port)")
    }

    /// Writes all of `bytes`; false once the server has closed its side.
    private static func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Whether the server has answered (or closed) already.
    private static func answered(_ fd: Int32) -> Bool {
        var poll = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return Glibc.poll(&poll, 1, 0) > 0
    }

    /// The status code of the response's first line.
    private static func status(_ fd: Int32) throws -> Int {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.contains(10) {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer[0..<count]
        }
        let line = String(decoding: received.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self)
        let parts = line.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let code = Int(parts[1]) else {
            throw Failed(description: "no HTTP status line in the answer: '\(line)'")
        }
        return code
    }
}
