import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// TCP connections to a loopback port that never send a byte: a slow or half-open client, many times over.
public final class HalfOpenClients {
    public private(set) var sockets: [Int32] = []

    /// Opens up to `count` connections to 127.0.0.1:`port` without waiting for them to be accepted.
    public init(count: Int, port: Int) {
        for _ in 0..<count {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { break }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard result == 0 || errno == EINPROGRESS else {
                close(fd)
                break
            }
            sockets.append(fd)
        }
    }

    /// Sends `bytes` (half a request head, say) on every connection that takes them; returns how many did.
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Int {
        sockets.filter { fd in bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count }.count
    }

    /// How many of the connections the server has closed (a read sees the end of the stream or a reset).
    public func closedByServer() -> Int {
        var buffer = [UInt8](repeating: 0, count: 64)
        return sockets.filter { fd in
            let n = read(fd, &buffer, buffer.count)
            return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != ENOTCONN)
        }.count
    }

    /// Closes every connection from this side.
    public func closeAll() {
        for fd in sockets { close(fd) }
        sockets.removeAll()
    }

    deinit {
        closeAll()
    }
}
